// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/MemberStatusRow.h"

#include "db/BatchInsert.h"
#include "db/RowReader.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace qundesk {

namespace {

// SQLite's julianday() of a stored 'YYYY-MM-DD' is the midnight before Qt's Julian day number.
QString julianDay(const QString& column) {
    return QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(column);
}

QVariant dayOrNull(const QDate& day) {
    return day.isValid() ? QVariant(time::dayToStorage(day))
                         : QVariant(QMetaType::fromType<QString>());
}

Error statusError(const QString& why) {
    return Error{
        QCoreApplication::translate("MemberStatusUpdater", "Cannot update member status: %1")
            .arg(why),
        {},
        0};
}

Error databaseError(const QSqlQuery& query) {
    return statusError(query.lastError().text());
}

Error statusError(const Error& error) {
    return statusError(error.message);
}

// The k-th most recent day with a message up to today, for members with at least k such days
// in the last 30 (the only ones whose fan level needs it): one short walk down the member's
// activity index.
QString kthActiveDay(int k) {
    return QStringLiteral("CASE WHEN a.days30 >= %1 THEN (SELECT %2 FROM (SELECT DISTINCT day "
                          "FROM member_day_activity WHERE member_id = m.id AND day <= :today "
                          "ORDER BY day DESC LIMIT 1 OFFSET %3)) END")
        .arg(k)
        .arg(julianDay(QStringLiteral("day")))
        .arg(k - 1);
}

// ":m0, :m1, …" for `count` members.
QString memberMarks(qsizetype count) {
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral(":m%1").arg(i);
    return marks.join(QStringLiteral(", "));
}

QString inputStatement(qsizetype onlyMembers, bool refreshSearchText) {
    const QString one = onlyMembers > 0
                            ? QStringLiteral(" AND member_id IN (%1)").arg(memberMarks(onlyMembers))
                            : QString();
    // The search text is rebuilt when asked for and for members without one (no status row
    // yet, or a row from before schema 3); else the stored text stands.
    const QString search =
        QStringLiteral(
            "CASE WHEN %1 OR s.member_id IS NULL OR s.search_text IS NULL THEN "
            "ifnull(m.display_name, '') || ' ' || "
            "ifnull(m.notes, '') || ' ' || ifnull(m.phone, '') || ifnull((SELECT group_concat(' ' "
            "|| "
            "ifnull(handle, '') || ' ' || ifnull(nickname, ''), '') FROM member_identities WHERE "
            "member_id = m.id), '') END")
            .arg(refreshSearchText ? 1 : 0);
    return QStringLiteral(
               "SELECT m.id, %8, "
               "(SELECT MIN(joined_at) FROM memberships WHERE member_id = m.id AND left_at IS "
               "NULL), a.last_day, a.messages, a.days30, o.orders, o.last_at, o.revenue, "
               "(SELECT COUNT(*) FROM members r WHERE r.referrer_id = m.id), "
               "s.member_id IS NOT NULL, s.stage, s.fan_level, %1, %2, %3, s.messages, "
               "s.active_days_30, s.orders, s.revenue_cents, %4, s.referrals, "
               "s.search_text, %9 "
               "FROM members m "
               "LEFT JOIN (SELECT member_id, %5 AS last_day, SUM(messages) AS messages, "
               "COUNT(DISTINCT CASE WHEN day > :since THEN day END) AS days30 FROM "
               "member_day_activity WHERE day <= :today%6 GROUP BY member_id) a ON a.member_id = "
               "m.id "
               "LEFT JOIN (SELECT member_id, COUNT(*) AS orders, MAX(ordered_at) AS last_at, "
               "SUM(amount_cents) AS revenue FROM orders WHERE member_id IS NOT NULL%6 GROUP BY "
               "member_id) o ON o.member_id = m.id "
               "LEFT JOIN member_status s ON s.member_id = m.id%7 ORDER BY m.id")
        .arg(julianDay(QStringLiteral("s.fan_level_earned_on")),
             julianDay(QStringLiteral("s.first_joined_day")),
             julianDay(QStringLiteral("s.last_message_day")),
             julianDay(QStringLiteral("s.last_order_day")), julianDay(QStringLiteral("MAX(day)")),
             one,
             onlyMembers > 0 ? QStringLiteral(" WHERE m.id IN (%1)").arg(memberMarks(onlyMembers))
                             : QString(),
             search, kthActiveDay(4) + QStringLiteral(", ") + kthActiveDay(12));
}

} // namespace

bool MemberStatusRow::sameStatus(const MemberStatusRow& o) const {
    const MemberFacts& a = facts;
    const MemberFacts& b = o.facts;
    return stage == o.stage && fan.level == o.fan.level &&
           fan.earnedThrough == o.fan.earnedThrough && a.firstJoined == b.firstJoined &&
           a.lastMessage == b.lastMessage && a.messages == b.messages &&
           a.activeDays30 == b.activeDays30 && a.orders == b.orders &&
           a.revenueCents == b.revenueCents && a.lastOrder == b.lastOrder &&
           a.referrals == b.referrals && searchText == o.searchText;
}

namespace memberstatus {

Status readInputs(const QSqlDatabase& db, const QTimeZone& zone, const QDate& today,
                  const ReadScope& scope, const std::function<bool(MemberStatusInput&)>& each) {
    const QList<qint64>& onlyMembers = scope.onlyMembers;
    QVariantMap binds{{QStringLiteral(":since"), time::dayToStorage(today.addDays(-30))},
                      {QStringLiteral(":today"), time::dayToStorage(today)}};
    for (qsizetype i = 0; i < onlyMembers.size(); ++i)
        binds.insert(QStringLiteral(":m%1").arg(i), onlyMembers.at(i));
    RowReader q(db);
    if (auto s = q.exec(inputStatement(onlyMembers.size(), scope.refreshSearchText), binds); !s)
        return statusError(s.error());

    time::LocalDays days(zone);
    const auto day = [&q](int column) {
        return q.isNull(column) ? QDate() : QDate::fromJulianDay(q.integer(column));
    };
    const auto localDay = [&q, &days](int column) {
        return q.isNull(column) ? QDate() : days.dayOf(q.text(column));
    };
    MemberStatusInput in;
    for (;;) {
        auto row = q.next();
        if (!row)
            return statusError(row.error());
        if (!*row)
            break;
        MemberStatusRow& c = in.current;
        c.memberId = q.integer(0);
        MemberFacts& f = c.facts;
        f.firstJoined = localDay(2);
        f.lastMessage = day(3);
        f.messages = q.integer(4);
        f.activeDays30 = int(q.integer(5));
        f.orders = int(q.integer(6));
        f.lastOrder = localDay(7);
        f.revenueCents = q.integer(8);
        f.referrals = int(q.integer(9));
        f.fourthActiveDay = day(23);
        f.twelfthActiveDay = day(24);

        in.hasStored = q.integer(10) != 0;
        if (in.hasStored) {
            MemberStatusRow& s = in.stored;
            s.memberId = c.memberId;
            s.stage = lifecycle::fromKey(q.text(11));
            s.fan = {fanlevel::fromKey(q.text(12)), day(13)};
            s.facts = {day(14),
                       day(15),
                       int(q.integer(18)),
                       day(20),
                       int(q.integer(21)),
                       int(q.integer(17)),
                       q.integer(16),
                       q.integer(19),
                       QDate(),
                       QDate()};
            s.searchText = q.text(22);
        }
        c.searchText = q.isNull(1) ? in.stored.searchText : q.text(1).toLower();
        if (!each(in))
            return {};
    }
    return {};
}

Status writeRows(const QSqlDatabase& db, const QList<MemberStatusRow>& rows, const QDate& today) {
    // Changed rows are replaced (delete, then a plain insert): an upsert per row makes SQLite
    // open a statement journal for every execution. Both go in batches.
    constexpr int kBatch = 100;
    const QString todayText = time::dayToStorage(today);
    BatchInsert insert(db,
                       QStringLiteral("INSERT INTO member_status (member_id, stage, fan_level, "
                                      "fan_level_earned_on, first_joined_day, last_message_day, "
                                      "messages, active_days_30, orders, revenue_cents, "
                                      "last_order_day, referrals, silent_since_day, computed_on, "
                                      "search_text)"),
                       15);
    QSqlQuery remove(db);
    int prepared = 0;
    for (qsizetype from = 0; from < rows.size(); from += kBatch) {
        const qsizetype to = qMin<qsizetype>(from + kBatch, rows.size());
        QVariantList stored;
        for (qsizetype i = from; i < to; ++i) {
            if (!rows.at(i).isNew)
                stored << rows.at(i).memberId;
        }
        if (!stored.isEmpty() && stored.size() != prepared) {
            QStringList marks;
            for (qsizetype i = 0; i < stored.size(); ++i)
                marks << QStringLiteral("?");
            if (!remove.prepare(QStringLiteral("DELETE FROM member_status WHERE member_id IN (%1)")
                                    .arg(marks.join(QLatin1Char(',')))))
                return databaseError(remove);
            prepared = int(stored.size());
        }
        for (qsizetype i = 0; i < stored.size(); ++i)
            remove.bindValue(int(i), stored.at(i));
        if (!stored.isEmpty() && !remove.exec())
            return databaseError(remove);
        for (qsizetype i = from; i < to; ++i) {
            const MemberStatusRow& r = rows.at(i);
            const MemberFacts& f = r.facts;
            if (auto s =
                    insert.add({r.memberId, lifecycle::key(r.stage), fanlevel::key(r.fan.level),
                                dayOrNull(r.fan.earnedThrough), dayOrNull(f.firstJoined),
                                dayOrNull(f.lastMessage), f.messages, f.activeDays30, f.orders,
                                f.revenueCents, dayOrNull(f.lastOrder), f.referrals,
                                dayOrNull(lifecycle::silentSince(f)), todayText, r.searchText});
                !s)
                return s;
        }
    }
    return insert.flush(); // every row's delete ran before its insert, whichever batch it is in
}

} // namespace memberstatus

} // namespace qundesk
