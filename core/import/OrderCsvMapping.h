// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace qundesk {

// The order fields an order-list CSV can fill.
enum class OrderField { ExternalId, Date, Member, Handle, Phone, Amount, Currency, Product, Group };

// Which CSV column (0-based) fills which order field; a field absent from the map is not read.
class OrderCsvMapping {
    Q_DECLARE_TR_FUNCTIONS(OrderCsvMapping)

public:
    QHash<OrderField, int> columns;

    int column(OrderField field) const { return columns.value(field, -1); }
    bool has(OrderField field) const { return columns.contains(field); }

    // Recognises header names in English and Chinese (order_id/订单号, date/日期,
    // member/成员/姓名, handle/账号, phone/手机, amount/金额, currency/币种, product/商品,
    // group/社群 and a few more spellings).
    static OrderCsvMapping guess(const QStringList& header);

    // A date, an amount and something naming the buyer (member, handle or phone) are required;
    // the error names the columns that are missing and the names they may have.
    Status validate() const;

    static QList<OrderField> allFields();
    static QString fieldKey(OrderField field);   // order_id, date, … (stable)
    static QString fieldLabel(OrderField field); // translated
};

} // namespace qundesk
