// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/DateParser.h"
#include "import/OrderCsvMapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <variant>

namespace qundesk {

struct CsvRecord;

// One order row as the importer understood it (before the buyer is looked up).
struct OrderRow {
    QString externalId;
    QDateTime orderedAt; // instant
    QString memberName;
    QString handle;
    QString phone;
    qint64 amountCents = 0;
    QString currency; // ISO 4217, upper case
    QString product;
    QString groupName;
};

// Why a row is invalid: a sentence for the operator and a kind for the counts.
struct OrderRowProblem {
    QString reason;
    QString kind; // invalid_date, invalid_amount, invalid_currency, missing_cell
};

// Reads one CSV record of an order list into an OrderRow, or says why it is invalid. Pure: no
// workspace, so it is cheap to test and to fuzz.
class OrderRowParser {
    Q_DECLARE_TR_FUNCTIONS(OrderRowParser)

public:
    OrderRowParser(const OrderCsvMapping& mapping, DateOrder order, const QTimeZone& zone,
                   const QString& defaultCurrency);

    std::variant<OrderRow, OrderRowProblem> parse(const CsvRecord& record) const;

    // "¥1,234.50", "1234.5元", "$ 12" → cents, and the currency a symbol or word names (empty
    // when none); -1 when the text is not an amount (negative amounts are not).
    static qint64 parseAmount(const QString& text, QString* currencyFromSymbol = nullptr);
    // "CNY", "rmb", "人民币", "¥", "美元" → ISO code; empty when not a currency.
    static QString parseCurrency(const QString& text);

private:
    OrderCsvMapping m_mapping;
    DateParser m_dates;
    QTimeZone m_zone;
    QString m_defaultCurrency;
};

} // namespace qundesk
