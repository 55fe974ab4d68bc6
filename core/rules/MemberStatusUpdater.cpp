// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/MemberStatusUpdater.h"

#include "db/Database.h"
#include "db/PageCacheScope.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk {

namespace {

// " AND <column> = :member" when one member is asked for.
QString memberFilter(const QString& column, qint64 onlyMember, bool where) {
    if (onlyMember <= 0)
        return {};
    return QStringLiteral(" %1 %2 = :member")
        .arg(where ? QStringLiteral("WHERE") : QStringLiteral("AND"), column);
}

QVariantMap memberBind(qint64 onlyMember, QVariantMap binds = {}) {
    if (onlyMember > 0)
        binds.insert(QStringLiteral(":member"), onlyMember);
    return binds;
}

QVariant dayOrNull(const QDate& day) {
    return day.isValid() ? QVariant(time::dayToStorage(day))
                         : QVariant(QMetaType::fromType<QString>());
}

} // namespace

Result<QHash<qint64, MemberFacts>>
MemberStatusUpdater::facts(const Database& db, const QDate& today, qint64 onlyMember) {
    const QSqlDatabase conn = db.connection();
    time::LocalDays days(SettingsStore(db).timeZone());
    QHash<qint64, MemberFacts> all;

    auto ids = sql::exec(conn,
                         QStringLiteral("SELECT id FROM members") +
                             memberFilter(QStringLiteral("id"), onlyMember, true),
                         memberBind(onlyMember));
    if (!ids)
        return ids.error();
    while (ids->next())
        all.insert(ids->value(0).toLongLong(), MemberFacts{});

    auto joins = sql::exec(conn,
                           QStringLiteral("SELECT member_id, MIN(joined_at) FROM memberships "
                                          "WHERE left_at IS NULL") +
                               memberFilter(QStringLiteral("member_id"), onlyMember, false) +
                               QStringLiteral(" GROUP BY member_id"),
                           memberBind(onlyMember));
    if (!joins)
        return joins.error();
    while (joins->next()) {
        if (auto it = all.find(joins->value(0).toLongLong()); it != all.end())
            it->firstJoined = days.dayOf(joins->value(1).toString());
    }

    auto activity = sql::exec(
        conn,
        QStringLiteral("SELECT member_id, MAX(day), SUM(messages), COUNT(DISTINCT CASE WHEN day > "
                       ":since THEN day END) FROM member_day_activity WHERE day <= :today") +
            memberFilter(QStringLiteral("member_id"), onlyMember, false) +
            QStringLiteral(" GROUP BY member_id"),
        memberBind(onlyMember, {{QStringLiteral(":since"), time::dayToStorage(today.addDays(-30))},
                                {QStringLiteral(":today"), time::dayToStorage(today)}}));
    if (!activity)
        return activity.error();
    while (activity->next()) {
        if (auto it = all.find(activity->value(0).toLongLong()); it != all.end()) {
            it->lastMessage = time::dayFromStorage(activity->value(1).toString());
            it->messages = activity->value(2).toLongLong();
            it->activeDays30 = activity->value(3).toInt();
        }
    }

    auto orders = sql::exec(conn,
                            QStringLiteral("SELECT member_id, COUNT(*), MAX(ordered_at), "
                                           "SUM(amount_cents) FROM "
                                           "orders WHERE member_id IS NOT NULL") +
                                memberFilter(QStringLiteral("member_id"), onlyMember, false) +
                                QStringLiteral(" GROUP BY member_id"),
                            memberBind(onlyMember));
    if (!orders)
        return orders.error();
    while (orders->next()) {
        if (auto it = all.find(orders->value(0).toLongLong()); it != all.end()) {
            it->orders = orders->value(1).toInt();
            it->lastOrder = days.dayOf(orders->value(2).toString());
            it->revenueCents = orders->value(3).toLongLong();
        }
    }

    auto referrals = sql::exec(conn,
                               QStringLiteral("SELECT referrer_id, COUNT(*) FROM members "
                                              "WHERE referrer_id IS NOT NULL") +
                                   memberFilter(QStringLiteral("referrer_id"), onlyMember, false) +
                                   QStringLiteral(" GROUP BY referrer_id"),
                               memberBind(onlyMember));
    if (!referrals)
        return referrals.error();
    while (referrals->next()) {
        if (auto it = all.find(referrals->value(0).toLongLong()); it != all.end())
            it->referrals = referrals->value(1).toInt();
    }
    return all;
}

Result<int> MemberStatusUpdater::recompute(const Database& db, const Options& options) {
    const QSqlDatabase conn = db.connection();
    const SettingsStore settings(db);
    const QDate today = options.today.isValid() ? options.today : time::today(settings.timeZone());
    const Thresholds thresholds = settings.thresholds();

    auto all = facts(db, today, options.onlyMember);
    if (!all)
        return all.error();

    // The stored rows: the fan-level state the hysteresis continues from, and a signature of
    // every value, so only members whose status really changed are written again.
    QHash<qint64, FanLevelState> previous;
    QHash<qint64, QString> storedSignature;
    auto prev = sql::exec(conn,
                          QStringLiteral("SELECT member_id, fan_level, fan_level_earned_on, stage, "
                                         "first_joined_day, last_message_day, messages, "
                                         "active_days_30, orders, revenue_cents, last_order_day, "
                                         "referrals, silent_days, search_text FROM member_status") +
                              memberFilter(QStringLiteral("member_id"), options.onlyMember, true),
                          memberBind(options.onlyMember));
    if (!prev)
        return prev.error();
    while (prev->next()) {
        const qint64 id = prev->value(0).toLongLong();
        previous.insert(id, {fanlevel::fromKey(prev->value(1).toString()),
                             time::dayFromStorage(prev->value(2).toString())});
        QStringList parts;
        parts << prev->value(3).toString() << prev->value(1).toString()
              << prev->value(2).toString();
        for (int c = 4; c <= 13; ++c)
            parts << (prev->value(c).isNull() ? QStringLiteral("\\N") : prev->value(c).toString());
        storedSignature.insert(id, parts.join(QLatin1Char('\x1f')));
    }

    const PageCacheScope cache(conn, 32 * 1024);
    Transaction tx(conn);
    if (!tx.isActive())
        return tx.beginError();
    // Lower-cased search text per member (name, notes, phone, handles, nicknames).
    QHash<qint64, QString> searchText;
    {
        auto people =
            sql::exec(conn,
                      QStringLiteral("SELECT id, display_name, notes, phone FROM members") +
                          memberFilter(QStringLiteral("id"), options.onlyMember, true),
                      memberBind(options.onlyMember));
        if (!people)
            return people.error();
        while (people->next()) {
            searchText.insert(people->value(0).toLongLong(),
                              QStringList{people->value(1).toString(), people->value(2).toString(),
                                          people->value(3).toString()}
                                  .join(QLatin1Char(' '))
                                  .toLower());
        }
        auto handles =
            sql::exec(conn,
                      QStringLiteral("SELECT member_id, handle, nickname FROM "
                                     "member_identities") +
                          memberFilter(QStringLiteral("member_id"), options.onlyMember, true),
                      memberBind(options.onlyMember));
        if (!handles)
            return handles.error();
        while (handles->next()) {
            QString& text = searchText[handles->value(0).toLongLong()];
            text += QLatin1Char(' ') + handles->value(1).toString().toLower() + QLatin1Char(' ') +
                    handles->value(2).toString().toLower();
        }
    }

    // Changed rows are replaced (delete, then a plain insert): an upsert per row makes SQLite
    // open a statement journal for every execution, which costs seconds at 100,000 members.
    QSqlQuery remove(conn);
    if (!remove.prepare(QStringLiteral("DELETE FROM member_status WHERE member_id = ?")))
        return Error{tr("Cannot update member status."), {}, 0};
    QSqlQuery insert(conn);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO member_status (member_id, stage, fan_level, fan_level_earned_on, "
            "first_joined_day, last_message_day, messages, active_days_30, orders, revenue_cents, "
            "last_order_day, referrals, silent_days, computed_on, search_text) VALUES (?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Error{tr("Cannot update member status."), {}, 0};

    const QString todayText = time::dayToStorage(today);
    int done = 0;
    const int total = int(all->size());
    for (auto it = all->cbegin(); it != all->cend(); ++it) {
        const MemberFacts& f = it.value();
        const LifecycleStage stage = lifecycle::classify(f, thresholds, today);
        const FanLevelState fan = fanlevel::update(previous.value(it.key()), f, today);
        const int silent = lifecycle::silentDays(f, today);
        const QVariant values[] = {it.key(),
                                   lifecycle::key(stage),
                                   fanlevel::key(fan.level),
                                   dayOrNull(fan.earnedOn),
                                   dayOrNull(f.firstJoined),
                                   dayOrNull(f.lastMessage),
                                   f.messages,
                                   f.activeDays30,
                                   f.orders,
                                   f.revenueCents,
                                   dayOrNull(f.lastOrder),
                                   f.referrals,
                                   silent >= 0 ? QVariant(silent)
                                               : QVariant(QMetaType::fromType<int>()),
                                   todayText,
                                   searchText.value(it.key())};
        QStringList parts{values[1].toString(), values[2].toString(), values[3].toString()};
        for (int c : {4, 5, 6, 7, 8, 9, 10, 11, 12, 14})
            parts << (values[c].isNull() ? QStringLiteral("\\N") : values[c].toString());
        const auto stored = storedSignature.constFind(it.key());
        const bool exists = stored != storedSignature.cend();
        if (!exists || stored.value() != parts.join(QLatin1Char('\x1f'))) {
            if (exists) {
                remove.bindValue(0, it.key());
                if (!remove.exec())
                    return Error{tr("Cannot update member status."), {}, 0};
            }
            for (int i = 0; i < int(std::size(values)); ++i)
                insert.bindValue(i, values[i]);
            if (!insert.exec())
                return Error{tr("Cannot update member status."), {}, 0};
        }
        if (options.progress && ++done % 2000 == 0 && !options.progress(done * 100 / total))
            return Error{tr("Cancelled."), {}, 0};
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    if (options.progress)
        options.progress(100);
    return total;
}

} // namespace qundesk
