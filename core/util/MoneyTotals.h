// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QString>

namespace qundesk::money {

// The currency of a workspace when none is set (SettingsStore::currency).
inline const QString kDefaultCurrency = QStringLiteral("CNY");

// A sum of money that never adds different currencies: the amount in the workspace currency,
// and the amounts in any other currency apart, each in its own cents.
struct Totals {
    QString currency = kDefaultCurrency; // the workspace currency (ISO 4217 code)
    qint64 cents = 0;                    // in `currency`
    QMap<QString, qint64> other;         // other currency code -> cents; no zero entries

    // Adds `amount` cents in `code` (upper-cased) to the right sum.
    void add(const QString& code, qint64 amount);
    bool hasOther() const { return !other.isEmpty(); }
    bool isZero() const { return cents == 0 && other.isEmpty(); }
};

// "¥1,234.00", or "¥1,234.00 (also $12.50, €3.00)" when other currencies hold amounts.
QString format(const Totals& totals, const QLocale& locale = QLocale());

// The other currencies in currency units, for JSON: {"USD": 12.5}; empty when there are none.
QJsonObject otherToJson(const Totals& totals);

} // namespace qundesk::money
