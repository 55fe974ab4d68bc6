// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/OrderCsvMapping.h"

namespace qundesk {

namespace {

struct Synonyms {
    OrderField field;
    QStringList names; // lower-case, compared after trimming
};

const QList<Synonyms>& synonyms() {
    static const QList<Synonyms> list = {
        {OrderField::ExternalId,
         {QStringLiteral("order_id"), QStringLiteral("order id"), QStringLiteral("order no"),
          QStringLiteral("order number"), QStringLiteral("订单号"), QStringLiteral("订单编号"),
          QStringLiteral("訂單號"), QStringLiteral("訂單編號")}},
        {OrderField::Date,
         {QStringLiteral("date"), QStringLiteral("order date"), QStringLiteral("ordered at"),
          QStringLiteral("time"), QStringLiteral("日期"), QStringLiteral("下单时间"),
          QStringLiteral("下单日期"), QStringLiteral("付款时间"), QStringLiteral("下單時間")}},
        {OrderField::Member,
         {QStringLiteral("member"), QStringLiteral("name"), QStringLiteral("buyer"),
          QStringLiteral("customer"), QStringLiteral("成员"), QStringLiteral("姓名"),
          QStringLiteral("昵称"), QStringLiteral("买家"), QStringLiteral("客户"),
          QStringLiteral("成員"), QStringLiteral("買家")}},
        {OrderField::Handle,
         {QStringLiteral("handle"), QStringLiteral("user id"), QStringLiteral("wxid"),
          QStringLiteral("账号"), QStringLiteral("微信号"), QStringLiteral("帳號")}},
        {OrderField::Phone,
         {QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("手机"),
          QStringLiteral("手机号"), QStringLiteral("电话"), QStringLiteral("手機")}},
        {OrderField::Amount,
         {QStringLiteral("amount"), QStringLiteral("total"), QStringLiteral("price"),
          QStringLiteral("金额"), QStringLiteral("实付金额"), QStringLiteral("订单金额"),
          QStringLiteral("金額")}},
        {OrderField::Currency,
         {QStringLiteral("currency"), QStringLiteral("币种"), QStringLiteral("貨幣"),
          QStringLiteral("幣種")}},
        {OrderField::Product,
         {QStringLiteral("product"), QStringLiteral("item"), QStringLiteral("商品"),
          QStringLiteral("商品名称"), QStringLiteral("产品"), QStringLiteral("產品")}},
        {OrderField::Group,
         {QStringLiteral("group"), QStringLiteral("社群"), QStringLiteral("群"),
          QStringLiteral("群名"), QStringLiteral("群名称")}},
    };
    return list;
}

} // namespace

QList<OrderField> OrderCsvMapping::allFields() {
    QList<OrderField> fields;
    for (const Synonyms& s : synonyms())
        fields << s.field;
    return fields;
}

QString OrderCsvMapping::fieldKey(OrderField field) {
    static const QStringList keys = {
        QStringLiteral("order_id"), QStringLiteral("date"),    QStringLiteral("member"),
        QStringLiteral("handle"),   QStringLiteral("phone"),   QStringLiteral("amount"),
        QStringLiteral("currency"), QStringLiteral("product"), QStringLiteral("group")};
    return keys.at(int(field));
}

QString OrderCsvMapping::fieldLabel(OrderField field) {
    switch (field) {
    case OrderField::ExternalId:
        return tr("Order number");
    case OrderField::Date:
        return tr("Date");
    case OrderField::Member:
        return tr("Member name");
    case OrderField::Handle:
        return tr("Handle");
    case OrderField::Phone:
        return tr("Phone");
    case OrderField::Amount:
        return tr("Amount");
    case OrderField::Currency:
        return tr("Currency");
    case OrderField::Product:
        return tr("Product");
    case OrderField::Group:
        return tr("Group");
    }
    return {};
}

OrderCsvMapping OrderCsvMapping::guess(const QStringList& header) {
    OrderCsvMapping mapping;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        for (const Synonyms& s : synonyms()) {
            if (!mapping.columns.contains(s.field) && s.names.contains(name)) {
                mapping.columns.insert(s.field, i);
                break;
            }
        }
    }
    return mapping;
}

Status OrderCsvMapping::validate() const {
    QStringList missing;
    if (!has(OrderField::Date))
        missing << tr("the date (“date” or “日期”)");
    if (!has(OrderField::Amount))
        missing << tr("the amount (“amount” or “金额”)");
    if (!has(OrderField::Member) && !has(OrderField::Handle) && !has(OrderField::Phone))
        missing << tr("the buyer (“member”/“成员”, “handle”/“账号” or “phone”/“手机”)");
    if (missing.isEmpty())
        return {};
    return Error{tr("No column holds %1. Name the columns so, or map them in the import dialog.")
                     .arg(missing.join(QStringLiteral("; "))),
                 {},
                 1};
}

} // namespace qundesk
