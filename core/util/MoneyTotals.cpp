// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/MoneyTotals.h"

#include "util/Money.h"

#include <QCoreApplication>
#include <QStringList>

namespace qundesk::money {

void Totals::add(const QString& code, qint64 amount) {
    const QString upper = code.trimmed().toUpper();
    if (upper == currency.trimmed().toUpper()) {
        cents += amount;
        return;
    }
    if (amount == 0)
        return;
    qint64& sum = other[upper];
    sum += amount;
    if (sum == 0)
        other.remove(upper);
}

QString format(const Totals& totals, const QLocale& locale) {
    const QString main = format(totals.cents, totals.currency, locale);
    if (totals.other.isEmpty())
        return main;
    QStringList others;
    for (auto it = totals.other.cbegin(); it != totals.other.cend(); ++it)
        others << format(it.value(), it.key(), locale);
    return QCoreApplication::translate("Money", "%1 (also %2)",
                                       "an amount in the workspace currency, then the amounts "
                                       "in other currencies, which are never added to it")
        .arg(main, others.join(QStringLiteral(", ")));
}

QJsonObject otherToJson(const Totals& totals) {
    QJsonObject json;
    for (auto it = totals.other.cbegin(); it != totals.other.cend(); ++it)
        json.insert(it.key(), double(it.value()) / 100.0);
    return json;
}

} // namespace qundesk::money
