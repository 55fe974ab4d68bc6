// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/MemberStatusRow.h"

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

Error statusError(const QString& why) {
    return Error{
        QCoreApplication::translate("MemberStatusUpdater", "Cannot update member status: %1")
            .arg(why),
        {},
        0};
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
        .arg(QString::number(k), julianDay(QStringLiteral("day")), QString::number(k - 1));
}

// ":m0, :m1, …" for `count` members.
QString memberMarks(qsizetype count) {
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral(":m%1").arg(i);
    return marks.join(QStringLiteral(", "));
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

QString readStatement(qsizetype onlyMembers, bool refreshSearchText) {
    const QString one = onlyMembers > 0
                            ? QStringLiteral(" AND member_id IN (%1)").arg(memberMarks(onlyMembers))
                            : QString();
    // The search text is rebuilt when asked for and for members without one (no status row
    // yet, or a row from before schema 3); else the stored text stands. memberstatus::searchText
    // builds the same text from the same fields.
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
               "SUM(CASE WHEN currency = :currency THEN amount_cents ELSE 0 END) AS revenue FROM "
               "orders WHERE member_id IS NOT NULL%6 GROUP BY "
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

Status readInputs(const QSqlDatabase& db, const QTimeZone& zone, const QDate& today,
                  const ReadScope& scope, const std::function<bool(MemberStatusInput&)>& each) {
    const QList<qint64>& onlyMembers = scope.onlyMembers;
    QVariantMap binds{{QStringLiteral(":since"), time::dayToStorage(today.addDays(-30))},
                      {QStringLiteral(":today"), time::dayToStorage(today)},
                      {QStringLiteral(":currency"), scope.currency}};
    for (qsizetype i = 0; i < onlyMembers.size(); ++i)
        binds.insert(QStringLiteral(":m%1").arg(i), onlyMembers.at(i));
    RowReader q(db);
    if (auto s = q.exec(readStatement(onlyMembers.size(), scope.refreshSearchText), binds); !s)
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

void settle(MemberStatusRow& row, const FanLevelState& stored, const Thresholds& thresholds,
            const QDate& today) {
    row.stage = lifecycle::classify(row.facts, thresholds, today);
    row.fan = fanlevel::update(stored, row.facts, today);
}

QString searchText(const QString& name, const QString& notes, const QString& phone,
                   const QList<std::pair<QString, QString>>& identities) {
    // As the read's SQL builds it (inputStatement), lower-cased.
    QString text = name + QLatin1Char(' ') + notes + QLatin1Char(' ') + phone;
    for (const auto& [handle, nickname] : identities)
        text += QLatin1Char(' ') + handle + QLatin1Char(' ') + nickname;
    return text.toLower();
}

} // namespace memberstatus

} // namespace qundesk
