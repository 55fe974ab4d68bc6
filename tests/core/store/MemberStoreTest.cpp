// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/MemberStore.h"

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "store/GroupStore.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

Member sampleMember(const QString& name) {
    Member m;
    m.displayName = name;
    m.gender = QStringLiteral("female");
    m.birthday = QDate(1992, 5, 3);
    m.ageBand = QStringLiteral("25-34");
    m.city = QStringLiteral("杭州");
    m.phone = QStringLiteral("13800000000");
    m.sourceChannel = QStringLiteral("xiaohongshu");
    m.tier = QStringLiteral("gold");
    m.notes = QStringLiteral("喜欢母婴产品，周末有空");
    return m;
}

qint64 addMember(MemberStore& store, const QString& name, qint64 referrer = 0) {
    Member m = sampleMember(name);
    m.referrerId = referrer;
    auto id = store.create(m);
    EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
    return id.ok() ? id.value() : 0;
}

int countRows(Database& db, const QString& statement, qint64 id) {
    return sql::scalar(db.connection(), statement, {{QStringLiteral(":id"), id}}, 0)->toInt();
}

QList<qint64> idsOf(const QList<Member>& members) {
    QList<qint64> ids;
    for (const Member& m : members)
        ids << m.id;
    return ids;
}

MemberIdentity identity(qint64 member, const QString& uid, const QString& nickname) {
    return MemberIdentity{
        0, member, QStringLiteral("wechat"), uid, QStringLiteral("h_") + uid, nickname};
}

} // namespace

TEST(MemberStore, CreateAndGetRoundTripsChineseProfile) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    Member m = sampleMember(QStringLiteral("王小美"));
    m.dnd = true;
    m.dndUntil = QDateTime(QDate(2026, 7, 1), QTime(0, 0), QTimeZone::utc());
    const qint64 id = store.create(m).value();
    auto got = store.get(id);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(got->displayName, QStringLiteral("王小美"));
    EXPECT_EQ(got->gender, QStringLiteral("female"));
    EXPECT_EQ(got->birthday, QDate(1992, 5, 3));
    EXPECT_EQ(got->city, QStringLiteral("杭州"));
    EXPECT_EQ(got->sourceChannel, QStringLiteral("xiaohongshu"));
    EXPECT_EQ(got->tier, QStringLiteral("gold"));
    EXPECT_EQ(got->notes, QStringLiteral("喜欢母婴产品，周末有空"));
    EXPECT_TRUE(got->dnd);
    EXPECT_EQ(got->dndUntil, m.dndUntil);
    EXPECT_FALSE(got->isErased());
    EXPECT_TRUE(got->createdAt.isValid());

    got->city = QStringLiteral("上海");
    got->birthday = QDate();
    ASSERT_TRUE(store.update(*got).ok());
    EXPECT_EQ(store.get(id)->city, QStringLiteral("上海"));
    EXPECT_FALSE(store.get(id)->birthday.isValid());
}

TEST(MemberStore, RejectsEmptyNameAndReportsMissingRows) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    EXPECT_FALSE(store.create(sampleMember(QStringLiteral("   "))).ok());
    EXPECT_EQ(store.count().value(), 0);
    Member ghost = sampleMember(QStringLiteral("不存在"));
    ghost.id = 42;
    EXPECT_FALSE(store.update(ghost).ok());
    EXPECT_FALSE(store.remove(42).ok());
    auto missing = store.get(42);
    ASSERT_FALSE(missing.ok());
    EXPECT_FALSE(missing.error().message.isEmpty());
}

TEST(MemberStore, ListOrdersByNameWithLimitAndOffset) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    addMember(store, QStringLiteral("C"));
    addMember(store, QStringLiteral("A"));
    addMember(store, QStringLiteral("B"));
    auto all = store.list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).displayName, QStringLiteral("A"));
    EXPECT_EQ(all->at(2).displayName, QStringLiteral("C"));
    auto page = store.list(1, 1);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 1);
    EXPECT_EQ(page->first().displayName, QStringLiteral("B"));
    EXPECT_EQ(store.list(-1, 2)->size(), 1);
}

TEST(MemberStore, RemoveCascadesAndClearsReferrerOfInvitees) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    GroupStore groups(ws.db());
    Group g;
    g.name = QStringLiteral("宝妈群");
    const qint64 groupId = groups.create(g).value();
    const qint64 referrer = addMember(store, QStringLiteral("推荐人"));
    const qint64 invitee = addMember(store, QStringLiteral("被邀请人"), referrer);
    ASSERT_TRUE(
        store.addIdentity(identity(referrer, QStringLiteral("u1"), QStringLiteral("小A"))).ok());
    auto conn = ws.db().connection();
    ASSERT_TRUE(sql::exec(conn,
                          QStringLiteral("INSERT INTO memberships (group_id, member_id, "
                                         "joined_at) VALUES (:g, :m, '2026-01-01T00:00:00Z')"),
                          {{QStringLiteral(":g"), groupId}, {QStringLiteral(":m"), referrer}})
                    .ok());
    ASSERT_TRUE(
        sql::exec(conn, QStringLiteral("INSERT INTO tags (id, name) VALUES (1, '高意向')")).ok());
    ASSERT_TRUE(sql::exec(conn,
                          QStringLiteral("INSERT INTO member_tags (member_id, tag_id, "
                                         "created_at) VALUES (:m, 1, 'x')"),
                          {{QStringLiteral(":m"), referrer}})
                    .ok());

    ASSERT_TRUE(store.remove(referrer).ok());
    EXPECT_EQ(countRows(ws.db(),
                        QStringLiteral("SELECT COUNT(*) FROM memberships WHERE member_id = :id"),
                        referrer),
              0);
    EXPECT_EQ(countRows(ws.db(),
                        QStringLiteral("SELECT COUNT(*) FROM member_tags WHERE member_id = :id"),
                        referrer),
              0);
    EXPECT_EQ(
        countRows(ws.db(),
                  QStringLiteral("SELECT COUNT(*) FROM member_identities WHERE member_id = :id"),
                  referrer),
        0);
    EXPECT_EQ(store.get(invitee)->referrerId, 0);
    EXPECT_EQ(store.count().value(), 1);
}

TEST(MemberStore, IdentitiesAddFindAndRemove) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    const qint64 a = addMember(store, QStringLiteral("李雷"));
    const qint64 b = addMember(store, QStringLiteral("韩梅梅"));
    auto idA = store.addIdentity(identity(a, QStringLiteral("wx_lilei"), QStringLiteral("雷雷")));
    ASSERT_TRUE(idA.ok());
    ASSERT_TRUE(
        store.addIdentity({0, a, QStringLiteral("telegram"), QStringLiteral("123"), {}, {}}).ok());
    // The same platform uid cannot belong to two members.
    EXPECT_FALSE(
        store.addIdentity(identity(b, QStringLiteral("wx_lilei"), QStringLiteral("x"))).ok());
    EXPECT_FALSE(store.addIdentity({0, b, QStringLiteral("qq"), {}, {}, {}}).ok());

    auto list = store.identities(a);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(1).platform, QStringLiteral("wechat"));
    EXPECT_EQ(list->at(1).nickname, QStringLiteral("雷雷"));

    auto found = store.findByIdentity(QStringLiteral("wechat"), QStringLiteral("wx_lilei"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ(found->value().id, a);
    EXPECT_FALSE(
        store.findByIdentity(QStringLiteral("qq"), QStringLiteral("wx_lilei"))->has_value());

    ASSERT_TRUE(store.removeIdentity(idA.value()).ok());
    EXPECT_FALSE(store.removeIdentity(idA.value()).ok());
    EXPECT_FALSE(
        store.findByIdentity(QStringLiteral("wechat"), QStringLiteral("wx_lilei"))->has_value());
}

TEST(MemberStore, FindByNicknameReturnsEveryMatch) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    const qint64 a = addMember(store, QStringLiteral("张三"));
    const qint64 b = addMember(store, QStringLiteral("张三丰"));
    const qint64 c = addMember(store, QStringLiteral("路人"));
    ASSERT_TRUE(store.addIdentity(identity(a, QStringLiteral("u1"), QStringLiteral("阳光"))).ok());
    ASSERT_TRUE(store.addIdentity(identity(b, QStringLiteral("u2"), QStringLiteral("阳光"))).ok());
    ASSERT_TRUE(
        store.addIdentity({0, c, QStringLiteral("telegram"), {}, {}, QStringLiteral("阳光")}).ok());

    auto ambiguous = store.findByNickname(QStringLiteral("wechat"), QStringLiteral("阳光"));
    ASSERT_TRUE(ambiguous.ok());
    EXPECT_EQ(idsOf(*ambiguous), (QList<qint64>{a, b}));
    EXPECT_EQ(idsOf(*store.findByNickname(QStringLiteral("telegram"), QStringLiteral("阳光"))),
              QList<qint64>{c});
    EXPECT_TRUE(store.findByNickname(QStringLiteral("wechat"), QStringLiteral("月亮"))->isEmpty());
}

TEST(MemberStore, ReferralsAndChainUpwards) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    const qint64 root = addMember(store, QStringLiteral("团长"));
    const qint64 mid = addMember(store, QStringLiteral("中间人"), root);
    const qint64 leaf1 = addMember(store, QStringLiteral("新人一"), mid);
    const qint64 leaf2 = addMember(store, QStringLiteral("新人二"), mid);
    EXPECT_EQ(idsOf(*store.referrals(mid)), (QList<qint64>{leaf1, leaf2}));
    EXPECT_EQ(idsOf(*store.referrals(root)), QList<qint64>{mid});
    EXPECT_EQ(idsOf(*store.referralChain(leaf2)), (QList<qint64>{mid, root}));
    EXPECT_TRUE(store.referralChain(root)->isEmpty());
}

TEST(MemberStore, ReferralChainWithCycleTerminates) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    const qint64 a = addMember(store, QStringLiteral("甲"));
    const qint64 b = addMember(store, QStringLiteral("乙"), a);
    const qint64 c = addMember(store, QStringLiteral("丙"), b);
    // A cycle written behind the store's back (e.g. by an old import): a -> c -> b -> a.
    ASSERT_TRUE(sql::exec(ws.db().connection(),
                          QStringLiteral("UPDATE members SET referrer_id = :c WHERE id = :a"),
                          {{QStringLiteral(":c"), c}, {QStringLiteral(":a"), a}})
                    .ok());
    auto chain = store.referralChain(c);
    ASSERT_TRUE(chain.ok());
    EXPECT_EQ(idsOf(*chain), (QList<qint64>{b, a}));

    // The tree down from a stops at the depth asked for, however the cycle runs.
    auto tree = store.referralTree(a, 5);
    ASSERT_TRUE(tree.ok());
    ASSERT_EQ(tree->size(), 5);
    EXPECT_EQ(tree->at(0).id, b);
    EXPECT_EQ(tree->at(2).id, a) << "a member seen again deeper is the caller's to skip";
    EXPECT_EQ(tree->last().depth, 5);
}

TEST(MemberStore, ReferralTreeListsEveryLevelInOneGo) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    const qint64 root = addMember(store, QStringLiteral("团长"));
    const qint64 mid = addMember(store, QStringLiteral("中间人"), root);
    const qint64 other = addMember(store, QStringLiteral("老朋友"), root);
    const qint64 leaf = addMember(store, QStringLiteral("新人"), mid);
    const qint64 deep = addMember(store, QStringLiteral("新新人"), leaf);
    addMember(store, QStringLiteral("路人"));
    auto tree = store.referralTree(root, 8);
    ASSERT_TRUE(tree.ok());
    QList<std::tuple<qint64, qint64, int, QString>> got;
    for (const ReferralNode& n : *tree)
        got.append({n.id, n.referrerId, n.depth, n.name});
    EXPECT_EQ(got, (QList<std::tuple<qint64, qint64, int, QString>>{
                       {mid, root, 1, QStringLiteral("中间人")},
                       {other, root, 1, QStringLiteral("老朋友")},
                       {leaf, mid, 2, QStringLiteral("新人")},
                       {deep, leaf, 3, QStringLiteral("新新人")}}));
    EXPECT_EQ(store.referralTree(root, 2)->size(), 3) << "two levels";
    EXPECT_TRUE(store.referralTree(deep, 8)->isEmpty());
}

TEST(MemberStore, UpdateRefusesReferralCycle) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    const qint64 a = addMember(store, QStringLiteral("甲"));
    const qint64 b = addMember(store, QStringLiteral("乙"), a);
    Member first = store.get(a).value();
    first.referrerId = b;
    EXPECT_FALSE(store.update(first).ok());
    first.referrerId = a;
    EXPECT_FALSE(store.update(first).ok());
    EXPECT_EQ(store.get(a)->referrerId, 0);
}

TEST(MemberStore, LinkUnlinkAndLinkedMembers) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    const qint64 wx = addMember(store, QStringLiteral("微信的她"));
    const qint64 tg = addMember(store, QStringLiteral("Telegram 的她"));
    const qint64 qq = addMember(store, QStringLiteral("QQ 的她"));
    EXPECT_FALSE(store.link(wx, wx).ok());
    ASSERT_TRUE(store.link(wx, tg).ok());
    EXPECT_EQ(store.get(tg)->personId, wx);
    ASSERT_TRUE(store.link(tg, qq).ok()); // linking to a follower joins its root's person
    EXPECT_EQ(store.get(qq)->personId, wx);
    EXPECT_EQ(idsOf(*store.linkedMembers(qq)), (QList<qint64>{wx, tg}));
    EXPECT_EQ(idsOf(*store.linkedMembers(wx)), (QList<qint64>{tg, qq}));

    ASSERT_TRUE(store.unlink(tg).ok());
    EXPECT_EQ(store.get(tg)->personId, 0);
    EXPECT_TRUE(store.linkedMembers(tg)->isEmpty());
    EXPECT_EQ(idsOf(*store.linkedMembers(wx)), QList<qint64>{qq});
    EXPECT_FALSE(store.link(wx, 999).ok());
}

TEST(MemberStore, LinkMovesWholePersonAndRemovingRootKeepsOthersLinked) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    const qint64 a = addMember(store, QStringLiteral("A"));
    const qint64 b = addMember(store, QStringLiteral("B"));
    const qint64 c = addMember(store, QStringLiteral("C"));
    const qint64 d = addMember(store, QStringLiteral("D"));
    ASSERT_TRUE(store.link(c, d).ok());
    ASSERT_TRUE(store.link(a, c).ok()); // c's person (c, d) joins a
    EXPECT_EQ(store.get(d)->personId, a);
    ASSERT_TRUE(store.link(a, b).ok());
    ASSERT_TRUE(store.remove(a).ok());
    // b, the smallest remaining id, becomes the root; c and d follow it.
    EXPECT_EQ(store.get(b)->personId, 0);
    EXPECT_EQ(store.get(c)->personId, b);
    EXPECT_EQ(idsOf(*store.linkedMembers(d)), (QList<qint64>{b, c}));
}

TEST(MemberStore, ErasePersonalDataClearsValuesAndKeepsAggregates) {
    test::TempWorkspace ws;
    MemberStore store(ws.db());
    GroupStore groups(ws.db());
    Group g;
    g.name = QStringLiteral("VIP群");
    const qint64 groupId = groups.create(g).value();
    const qint64 other = addMember(store, QStringLiteral("另一个账号"));
    const qint64 id = addMember(store, QStringLiteral("陈女士"));
    ASSERT_TRUE(
        store.addIdentity(identity(id, QStringLiteral("wx_chen"), QStringLiteral("陈陈"))).ok());
    ASSERT_TRUE(store.link(other, id).ok());
    auto conn = ws.db().connection();
    const QVariantMap ids{{QStringLiteral(":g"), groupId}, {QStringLiteral(":m"), id}};
    ASSERT_TRUE(sql::exec(conn,
                          QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at) "
                                         "VALUES (:g, :m, '2026-01-01T00:00:00Z')"),
                          ids)
                    .ok());
    ASSERT_TRUE(sql::exec(conn,
                          QStringLiteral("INSERT INTO messages (group_id, member_id, sent_at, day, "
                                         "author_name, body, source_id) VALUES (:g, :m, "
                                         "'2026-01-02T00:00:00Z', '2026-01-02', '陈陈', "
                                         "'我的地址是…', 's1')"),
                          ids)
                    .ok());

    const int visibleBefore = store.count(false).value();
    ASSERT_TRUE(store.erasePersonalData(id).ok());
    EXPECT_EQ(store.count(false).value(), visibleBefore - 1) << "the erased row is not shown";
    EXPECT_EQ(store.count().value(), store.count(false).value() + 1) << "but the row stays";

    auto q = sql::exec(conn,
                       QStringLiteral("SELECT display_name, gender, birthday, age_band, city, "
                                      "phone, notes, person_id, erased_at, source_channel "
                                      "FROM members WHERE id = :id"),
                       {{QStringLiteral(":id"), id}});
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("Erased member #%1").arg(id));
    for (int column = 1; column <= 7; ++column)
        EXPECT_TRUE(q->value(column).isNull()) << "column " << column;
    EXPECT_FALSE(q->value(8).isNull());
    EXPECT_EQ(q->value(9).toString(), QStringLiteral("xiaohongshu"));
    EXPECT_EQ(
        countRows(ws.db(),
                  QStringLiteral("SELECT COUNT(*) FROM member_identities WHERE member_id = :id"),
                  id),
        0);
    EXPECT_EQ(countRows(ws.db(),
                        QStringLiteral("SELECT COUNT(*) FROM memberships WHERE member_id = :id"),
                        id),
              1);
    EXPECT_EQ(countRows(ws.db(),
                        QStringLiteral("SELECT COUNT(*) FROM messages WHERE member_id = :id "
                                       "AND body IS NULL AND author_name IS NULL"),
                        id),
              1);
    EXPECT_TRUE(store.get(id)->isErased());
    EXPECT_TRUE(store.get(id)->dnd);
    EXPECT_TRUE(store.linkedMembers(other)->isEmpty());
    EXPECT_TRUE(store.findByNickname(QStringLiteral("wechat"), QStringLiteral("陈陈"))->isEmpty());
    EXPECT_FALSE(store.erasePersonalData(999).ok());
}

TEST(MemberLabels, KnownKeysAreLabelledAndUnknownKeysShownAsTyped) {
    EXPECT_EQ(sourceChannel::keys().size(), 11);
    EXPECT_EQ(sourceChannel::label(QStringLiteral("offline")), QStringLiteral("Offline store"));
    EXPECT_EQ(sourceChannel::label(QStringLiteral("抖音直播")), QStringLiteral("抖音直播"));
    EXPECT_EQ(gender::label(QString()), QStringLiteral("Unknown"));
    EXPECT_EQ(role::label(QStringLiteral("koc")), QStringLiteral("KOC"));
    EXPECT_EQ(role::keys().size(), 6);
    EXPECT_EQ(tier::label(QStringLiteral("gold")), QStringLiteral("Gold"));
    for (const QString& key : tier::keys())
        EXPECT_FALSE(tier::label(key).isEmpty());
}
