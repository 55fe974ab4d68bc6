// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QLocale>
#include <QString>

// Money is stored as integer cents with an ISO 4217 code (see model/Order.h); every place that
// shows an amount writes it the same way.
namespace qundesk::money {

// The symbol operators read for a currency: ¥ for CNY, JP¥, $ for USD, HK$, NT$, €, £;
// other codes are shown as the code itself.
QString symbol(const QString& code);

// Cents as an amount in `locale`'s digits with the currency's symbol: "¥1,234.50".
QString format(qint64 cents, const QString& code = QStringLiteral("CNY"),
               const QLocale& locale = QLocale());

} // namespace qundesk::money
