// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/Money.h"

#include <QHash>

namespace qundesk::money {

QString symbol(const QString& code) {
    static const QHash<QString, QString> symbols = {{QStringLiteral("CNY"), QStringLiteral("¥")},
                                                    {QStringLiteral("JPY"), QStringLiteral("JP¥")},
                                                    {QStringLiteral("USD"), QStringLiteral("$")},
                                                    {QStringLiteral("HKD"), QStringLiteral("HK$")},
                                                    {QStringLiteral("TWD"), QStringLiteral("NT$")},
                                                    {QStringLiteral("EUR"), QStringLiteral("€")},
                                                    {QStringLiteral("GBP"), QStringLiteral("£")}};
    const QString upper = code.trimmed().toUpper();
    return symbols.value(upper, upper);
}

QString format(qint64 cents, const QString& code, const QLocale& locale) {
    const double amount = static_cast<double>(cents) / 100.0;
    const QString sign = symbol(code);
    if (sign == code.trimmed().toUpper()) // no symbol known: "CHF 1,234.50"
        return QStringLiteral("%1 %2").arg(sign, locale.toString(amount, 'f', 2)).trimmed();
    return locale.toCurrencyString(amount, sign, 2);
}

} // namespace qundesk::money
