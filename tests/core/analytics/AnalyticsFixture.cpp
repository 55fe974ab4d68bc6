// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "AnalyticsFixture.h"

#include "db/Sql.h"
#include "db/Transaction.h"
#include "rules/ActivityAggregates.h"
#include "rules/DayRebuild.h"
#include "util/Time.h"

namespace qundesk::test {

QDate day(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

void AnalyticsFixture::exec(const QString& statement, const QVariantMap& binds) {
    auto q = sql::exec(db().connection(), statement, binds);
    ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
}

// Rows (UTC) and where they fall in Berlin:
// members: 1 douyin, 2 douyin, 3 taobao, 4 none (referred by 3), 5 and 6 referral (by 1).
// stays: Alpha 1 since 03-01; Alpha 2 joined 03-27 22:30Z (27th 23:30), left 03-29 22:30Z
//   (30th 00:30 CEST); Alpha 3 joined 03-28 23:30Z (29th 00:30 CET); Alpha 5 joined 03-31;
//   Beta 1 since 03-02; Beta 4 joined 03-30, left 04-01; Beta 6 joined 03-29 01:30Z (03:30).
// messages (local day, hour): Alpha: 1 03-27 h10; 1 03-29 h0 (UTC 28th); 2 03-29 h1; 2 03-29
//   h3 (01:30Z, after the jump); 3 03-29 h23; 3 03-30 h0 (UTC 29th); 1 03-30 h10; 5 03-31 h12;
//   5 04-02 h20. Beta: 1 03-29 h12; 6 03-29 h12; 4 03-30 h11; 1 04-01 h8.
// orders: 1 Alpha 03-10 100.00; 1 Alpha 03-30 50.00; 3 Alpha 03-30 00:30 local 20.00; 6 Beta
//   03-29 300.00; 4 Beta 04-01 10.00 USD; a guest Alpha 03-31 7.00; 5 Alpha 03-29 00:30 local
//   (UTC 28th) 8.00.
void AnalyticsFixture::SetUp() {
    time::setFixedNow(QDateTime(QDate(2026, 4, 5), QTime(12, 0), QTimeZone::utc()));
    exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('time_zone', "
                        "'Europe/Berlin')"));
    exec(QStringLiteral("INSERT INTO chat_groups (id, name, created_at) VALUES (1, 'Alpha', "
                        "'2026-01-01T00:00:00Z'), (2, 'Beta', '2026-01-01T00:00:00Z')"));
    const char* sources[] = {"douyin", "douyin", "taobao", nullptr, "referral", "referral"};
    const int referrers[] = {0, 0, 0, 3, 1, 1};
    for (int id = 1; id <= 6; ++id)
        exec(QStringLiteral("INSERT INTO members (id, display_name, source_channel, referrer_id, "
                            "created_at, updated_at) VALUES (:id, :name, :source, :referrer, "
                            "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
             {{QStringLiteral(":id"), id},
              {QStringLiteral(":name"), QStringLiteral("成员%1").arg(id)},
              {QStringLiteral(":source"), sources[id - 1]
                                              ? QVariant(QString::fromLatin1(sources[id - 1]))
                                              : QVariant(QMetaType::fromType<QString>())},
              {QStringLiteral(":referrer"), referrers[id - 1] > 0
                                                ? QVariant(referrers[id - 1])
                                                : QVariant(QMetaType::fromType<int>())}});
    exec(QStringLiteral(
        "INSERT INTO memberships (group_id, member_id, joined_at, left_at, leave_kind) VALUES "
        "(1, 1, '2026-03-01T08:00:00Z', NULL, NULL), "
        "(1, 2, '2026-03-27T22:30:00Z', '2026-03-29T22:30:00Z', 'left'), "
        "(1, 3, '2026-03-28T23:30:00Z', NULL, NULL), "
        "(1, 5, '2026-03-31T10:00:00Z', NULL, NULL), "
        "(2, 1, '2026-03-02T08:00:00Z', NULL, NULL), "
        "(2, 4, '2026-03-30T08:00:00Z', '2026-04-01T08:00:00Z', 'left'), "
        "(2, 6, '2026-03-29T01:30:00Z', NULL, NULL)"));
    const QList<std::tuple<int, int, const char*>> messages{
        {1, 1, "2026-03-27T09:00:00Z"}, {1, 1, "2026-03-28T23:30:00Z"},
        {1, 2, "2026-03-29T00:30:00Z"}, {1, 2, "2026-03-29T01:30:00Z"},
        {1, 3, "2026-03-29T21:30:00Z"}, {1, 3, "2026-03-29T22:30:00Z"},
        {1, 1, "2026-03-30T08:00:00Z"}, {1, 5, "2026-03-31T10:30:00Z"},
        {1, 5, "2026-04-02T18:00:00Z"}, {2, 1, "2026-03-29T10:00:00Z"},
        {2, 6, "2026-03-29T10:05:00Z"}, {2, 4, "2026-03-30T09:00:00Z"},
        {2, 1, "2026-04-01T06:00:00Z"}};
    int source = 0;
    for (const auto& [group, member, at] : messages)
        exec(QStringLiteral("INSERT INTO messages (group_id, member_id, sent_at, day, source_id) "
                            "VALUES (:g, :m, :at, '0000-00-00', :source)"),
             {{QStringLiteral(":g"), group},
              {QStringLiteral(":m"), member},
              {QStringLiteral(":at"), QString::fromLatin1(at)},
              {QStringLiteral(":source"), QStringLiteral("s%1").arg(++source)}});
    exec(QStringLiteral(
        "INSERT INTO orders (member_id, group_id, ordered_at, amount_cents, currency, "
        "created_at) VALUES "
        "(1, 1, '2026-03-10T10:00:00Z', 10000, 'CNY', '2026-03-10T10:00:00Z'), "
        "(1, 1, '2026-03-30T10:00:00Z', 5000, 'CNY', '2026-03-30T10:00:00Z'), "
        "(3, 1, '2026-03-29T22:30:00Z', 2000, 'CNY', '2026-03-29T22:30:00Z'), "
        "(6, 2, '2026-03-29T12:00:00Z', 30000, 'CNY', '2026-03-29T12:00:00Z'), "
        "(4, 2, '2026-04-01T07:00:00Z', 1000, 'USD', '2026-04-01T07:00:00Z'), "
        "(NULL, 1, '2026-03-31T10:00:00Z', 700, 'CNY', '2026-03-31T10:00:00Z'), "
        "(5, 1, '2026-03-28T23:30:00Z', 800, 'CNY', '2026-03-28T23:30:00Z')"));

    // The aggregates, built as the import and a zone change build them.
    const QTimeZone berlin("Europe/Berlin");
    Transaction tx(db().connection());
    ASSERT_TRUE(dayrebuild::messageDays(db().connection(), berlin, {}).ok());
    ASSERT_TRUE(dayrebuild::dailyActivity(db().connection()).ok());
    ASSERT_TRUE(activityaggregates::rebuild(db().connection(), berlin).ok());
    ASSERT_TRUE(tx.commit().ok());
}

void AnalyticsFixture::TearDown() {
    time::setFixedNow({});
}

} // namespace qundesk::test
