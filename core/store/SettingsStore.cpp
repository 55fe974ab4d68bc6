// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/SettingsStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/MoneyTotals.h"

#include <QCoreApplication>

namespace qundesk {

namespace {
const QString kTimeZone = QStringLiteral("time_zone");
const QString kCurrency = QStringLiteral("currency");

bool isCurrencyCode(const QString& code) {
    if (code.size() != 3)
        return false;
    for (QChar c : code)
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    return true;
}

int intValue(const SettingsStore& store, const QString& key, int fallback) {
    bool ok = false;
    const int v = store.value(key).toInt(&ok);
    return ok ? v : fallback;
}
} // namespace

SettingsStore::SettingsStore(const Database& db)
    : m_db(db.connection()) {}

QString SettingsStore::value(const QString& key, const QString& fallback) const {
    auto v = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :key"),
                         {{QStringLiteral(":key"), key}});
    if (!v || v->isNull())
        return fallback;
    return v->toString();
}

Status SettingsStore::setValue(const QString& key, const QString& value) {
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {{QStringLiteral(":key"), key}, {QStringLiteral(":value"), value}});
    return q ? Status{} : Status{q.error()};
}

std::optional<QTimeZone> SettingsStore::storedTimeZone() const {
    const QByteArray id = value(kTimeZone).toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return std::nullopt;
    const QTimeZone zone(id);
    return zone.isValid() ? std::optional<QTimeZone>(zone) : std::nullopt;
}

QTimeZone SettingsStore::timeZone() const {
    return storedTimeZone().value_or(QTimeZone::systemTimeZone());
}

Status SettingsStore::setTimeZone(const QTimeZone& zone) {
    if (!zone.isValid() || zone.id().isEmpty())
        return Error{
            QCoreApplication::translate("SettingsStore", "This is not a known time zone."), {}, 0};
    return setValue(kTimeZone, QString::fromUtf8(zone.id()));
}

Status SettingsStore::storeMachineZoneIfUnset() {
    // An id this machine does not know (an older time zone database) is kept as it is.
    if (!value(kTimeZone).isEmpty())
        return {};
    QTimeZone machine = QTimeZone::systemTimeZone();
    // A machine whose zone has no IANA id of its own (rare) gets UTC rather than nothing.
    if (!machine.isValid() || !QTimeZone::isTimeZoneIdAvailable(machine.id()))
        machine = QTimeZone(QByteArrayLiteral("UTC"));
    return setTimeZone(machine);
}

QString SettingsStore::currency() const {
    const QString code = value(kCurrency).trimmed().toUpper();
    return isCurrencyCode(code) ? code : money::kDefaultCurrency;
}

Status SettingsStore::setCurrency(const QString& code) {
    const QString upper = code.trimmed().toUpper();
    if (!isCurrencyCode(upper))
        return Error{QCoreApplication::translate("SettingsStore",
                                                 "\"%1\" is not a currency code: use three "
                                                 "letters such as CNY or USD.")
                         .arg(code),
                     {},
                     0};
    return setValue(kCurrency, upper);
}

Thresholds SettingsStore::thresholds() const {
    Thresholds t;
    t.silentDays = intValue(*this, QStringLiteral("silent_days"), t.silentDays);
    t.newMemberDays = intValue(*this, QStringLiteral("new_member_days"), t.newMemberDays);
    t.declineOrderDays = intValue(*this, QStringLiteral("decline_order_days"), t.declineOrderDays);
    t.extendingOrders = intValue(*this, QStringLiteral("extending_orders"), t.extendingOrders);
    t.maxPrivateTouchesPerWeek =
        intValue(*this, QStringLiteral("max_private_touches_week"), t.maxPrivateTouchesPerWeek);
    t.maxPostsPerGroupDay =
        intValue(*this, QStringLiteral("max_posts_group_day"), t.maxPostsPerGroupDay);
    t.quietStart = value(QStringLiteral("quiet_start"), t.quietStart);
    t.quietEnd = value(QStringLiteral("quiet_end"), t.quietEnd);
    t.maxMarketingPercent =
        intValue(*this, QStringLiteral("max_marketing_percent"), t.maxMarketingPercent);
    return t;
}

Status SettingsStore::setThresholds(const Thresholds& t) {
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("silent_days"), QString::number(t.silentDays)},
        {QStringLiteral("new_member_days"), QString::number(t.newMemberDays)},
        {QStringLiteral("decline_order_days"), QString::number(t.declineOrderDays)},
        {QStringLiteral("extending_orders"), QString::number(t.extendingOrders)},
        {QStringLiteral("max_private_touches_week"), QString::number(t.maxPrivateTouchesPerWeek)},
        {QStringLiteral("max_posts_group_day"), QString::number(t.maxPostsPerGroupDay)},
        {QStringLiteral("quiet_start"), t.quietStart},
        {QStringLiteral("quiet_end"), t.quietEnd},
        {QStringLiteral("max_marketing_percent"), QString::number(t.maxMarketingPercent)},
    };
    for (const auto& [key, v] : values) {
        if (auto s = setValue(key, v); !s)
            return s;
    }
    return tx.commit();
}

} // namespace qundesk
