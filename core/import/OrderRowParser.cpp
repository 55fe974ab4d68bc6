// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/OrderRowParser.h"

#include "import/CsvReader.h"

namespace qundesk {

namespace {

// Currency words and symbols operators write, longest first where one starts another.
const QList<std::pair<QString, QString>>& currencyWords() {
    static const QList<std::pair<QString, QString>> words = {
        {QStringLiteral("us$"), QStringLiteral("USD")},
        {QStringLiteral("hk$"), QStringLiteral("HKD")},
        {QStringLiteral("nt$"), QStringLiteral("TWD")},
        {QStringLiteral("jp¥"), QStringLiteral("JPY")},
        {QStringLiteral("rmb"), QStringLiteral("CNY")},
        {QStringLiteral("人民币"), QStringLiteral("CNY")},
        {QStringLiteral("人民幣"), QStringLiteral("CNY")},
        {QStringLiteral("美元"), QStringLiteral("USD")},
        {QStringLiteral("港币"), QStringLiteral("HKD")},
        {QStringLiteral("港幣"), QStringLiteral("HKD")},
        {QStringLiteral("新台币"), QStringLiteral("TWD")},
        {QStringLiteral("新台幣"), QStringLiteral("TWD")},
        {QStringLiteral("日元"), QStringLiteral("JPY")},
        {QStringLiteral("欧元"), QStringLiteral("EUR")},
        {QStringLiteral("歐元"), QStringLiteral("EUR")},
        {QStringLiteral("英镑"), QStringLiteral("GBP")},
        {QStringLiteral("元"), QStringLiteral("CNY")},
        {QStringLiteral("¥"), QStringLiteral("CNY")},
        {QStringLiteral("￥"), QStringLiteral("CNY")},
        {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("£"), QStringLiteral("GBP")},
    };
    return words;
}

bool isDigits(QStringView text) {
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

OrderRowParser::OrderRowParser(const OrderCsvMapping& mapping, DateOrder order,
                               const QTimeZone& zone, const QString& defaultCurrency)
    : m_mapping(mapping)
    , m_dates(order)
    , m_zone(zone)
    , m_defaultCurrency(defaultCurrency) {}

QString OrderRowParser::parseCurrency(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    for (const auto& [word, code] : currencyWords()) {
        if (t == word)
            return code;
    }
    if (t.size() == 3 && std::all_of(t.cbegin(), t.cend(), [](QChar c) {
            return c >= QLatin1Char('a') && c <= QLatin1Char('z');
        }))
        return t.toUpper();
    return {};
}

qint64 OrderRowParser::parseAmount(const QString& text, QString* currencyFromSymbol) {
    QString t = text.trimmed();
    QString symbolCurrency;
    // One currency word or symbol before or after the number.
    for (const auto& [word, code] : currencyWords()) {
        if (t.startsWith(word, Qt::CaseInsensitive)) {
            t = t.mid(word.size()).trimmed();
            symbolCurrency = code;
            break;
        }
        if (t.endsWith(word, Qt::CaseInsensitive)) {
            t.chop(word.size());
            t = t.trimmed();
            symbolCurrency = code;
            break;
        }
    }
    if (symbolCurrency.isEmpty() && t.size() > 3) {
        // A code after the number: "12.50 USD".
        const QString code = parseCurrency(t.right(3));
        if (!code.isEmpty() && t.at(t.size() - 4).isSpace()) {
            symbolCurrency = code;
            t = t.left(t.size() - 3).trimmed();
        }
    }
    t.remove(QLatin1Char(' '));
    // Thousands separators: a comma before a dot, or commas each followed by three digits.
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    if (t.contains(QLatin1Char(','))) {
        const QStringList parts = t.left(dot < 0 ? t.size() : dot).split(QLatin1Char(','));
        bool grouping = !parts.first().isEmpty() && parts.first().size() <= 3;
        for (qsizetype i = 1; grouping && i < parts.size(); ++i)
            grouping = parts.at(i).size() == 3;
        if (grouping) {
            t.remove(QLatin1Char(','));
        } else if (dot < 0 && t.count(QLatin1Char(',')) == 1) {
            t.replace(QLatin1Char(','), QLatin1Char('.')); // a decimal comma: 12,5
        } else {
            return -1;
        }
    }
    const qsizetype point = t.indexOf(QLatin1Char('.'));
    const QStringView whole = QStringView(t).left(point < 0 ? t.size() : point);
    const QStringView fraction = point < 0 ? QStringView() : QStringView(t).mid(point + 1);
    if (!isDigits(whole) || whole.size() > 13 || (point >= 0 && !isDigits(fraction)) ||
        fraction.size() > 2)
        return -1;
    qint64 cents = whole.toLongLong() * 100;
    if (!fraction.isEmpty())
        cents += fraction.toInt() * (fraction.size() == 1 ? 10 : 1);
    if (currencyFromSymbol)
        *currencyFromSymbol = symbolCurrency;
    return cents;
}

std::variant<OrderRow, OrderRowProblem> OrderRowParser::parse(const CsvRecord& record) const {
    const auto field = [&](OrderField f) {
        const int c = m_mapping.column(f);
        return c >= 0 && c < record.fields.size() ? record.fields.at(c).trimmed() : QString();
    };
    OrderRow row;
    row.externalId = field(OrderField::ExternalId);
    row.memberName = field(OrderField::Member);
    row.handle = field(OrderField::Handle);
    row.phone = field(OrderField::Phone);
    row.product = field(OrderField::Product);
    row.groupName = field(OrderField::Group);
    if (row.memberName.isEmpty() && row.handle.isEmpty() && row.phone.isEmpty())
        return OrderRowProblem{tr("No buyer: the member, handle and phone cells are empty."),
                               QStringLiteral("missing_cell")};
    const QString date = field(OrderField::Date);
    if (date.isEmpty())
        return OrderRowProblem{tr("The date cell is empty."), QStringLiteral("missing_cell")};
    row.orderedAt = m_dates.parseDateTime(date, m_zone);
    if (!row.orderedAt.isValid())
        return OrderRowProblem{tr("The date “%1” is not a date.").arg(date),
                               QStringLiteral("invalid_date")};
    const QString amount = field(OrderField::Amount);
    if (amount.isEmpty())
        return OrderRowProblem{tr("The amount cell is empty."), QStringLiteral("missing_cell")};
    QString symbolCurrency;
    row.amountCents = parseAmount(amount, &symbolCurrency);
    if (row.amountCents < 0)
        return OrderRowProblem{tr("The amount “%1” is not an amount.").arg(amount),
                               QStringLiteral("invalid_amount")};
    const QString currency = field(OrderField::Currency);
    row.currency = currency.isEmpty() ? symbolCurrency : parseCurrency(currency);
    if (!currency.isEmpty() && row.currency.isEmpty())
        return OrderRowProblem{tr("The currency “%1” is not a currency such as CNY.").arg(currency),
                               QStringLiteral("invalid_currency")};
    if (!symbolCurrency.isEmpty() && symbolCurrency != row.currency)
        return OrderRowProblem{
            tr("The amount “%1” is in another currency than “%2”.").arg(amount, currency),
            QStringLiteral("invalid_currency")};
    if (row.currency.isEmpty())
        row.currency = m_defaultCurrency;
    return row;
}

} // namespace qundesk
