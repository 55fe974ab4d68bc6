// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Sql.h"
#include "demo/DemoSteps.h"

#include <set>

namespace qundesk::demo {

namespace {

QString ageBand(const QDate& birthday, const QDate& today) {
    if (!birthday.isValid())
        return {};
    const int age = today.year() - birthday.year();
    if (age < 25)
        return QStringLiteral("18-24");
    if (age < 35)
        return QStringLiteral("25-34");
    if (age < 45)
        return QStringLiteral("35-44");
    if (age < 55)
        return QStringLiteral("45-54");
    return QStringLiteral("55+");
}

// Member tier by spend (CNY cents over all orders).
QString tierFor(qint64 spentCents) {
    if (spentCents >= 200000)
        return QStringLiteral("gold");
    if (spentCents >= 50000)
        return QStringLiteral("silver");
    if (spentCents > 0)
        return QStringLiteral("regular");
    return {};
}

QString noteFor(DemoRandom& r, const Person& p) {
    static const QStringList chinese = {
        QStringLiteral("喜欢红茶，偏好小包装"), QStringLiteral("双胞胎妈妈"),
        QStringLiteral("对价格敏感，等活动再买"), QStringLiteral("线下门店老顾客"),
        QStringLiteral("帮忙拉了好几个朋友进群")};
    static const QStringList english = {QStringLiteral("Prefers green tea"),
                                        QStringLiteral("Ships to a PO box"),
                                        QStringLiteral("Asked about wholesale prices")};
    if (!r.chance(0.06))
        return {};
    return r.pick(p.english ? english : chinese);
}

QString uidFor(const QString& platform, const Person& p, int index) {
    if (platform == QLatin1String("telegram"))
        return QString::number(500000000 + qint64(index) * 7919);
    if (platform == QLatin1String("whatsapp"))
        return QStringLiteral("+65%1").arg(80000000 + qint64(index) * 13);
    if (platform == QLatin1String("qq"))
        return QString::number(100000000 + qint64(index) * 3571);
    if (platform == QLatin1String("wecom"))
        return QStringLiteral("wm_demo%1").arg(index, 6, 10, QLatin1Char('0'));
    return QStringLiteral("wxid_%1demo%2")
        .arg(p.latinHandle, QStringLiteral("%1").arg(index, 6, 10, QLatin1Char('0')));
}

} // namespace

Status insertPeople(DemoContext& ctx) {
    PreparedInsert member;
    PreparedInsert identity;
    PreparedInsert stay;
    if (auto s = member.prepare(
            ctx.db,
            QStringLiteral(
                "INSERT INTO members (display_name, gender, birthday, age_band, city, phone, "
                "source_channel, referrer_id, tier, notes, dnd, dnd_until, created_at, updated_at) "
                "VALUES (:name, :gender, :birthday, :age, :city, :phone, :source, :referrer, "
                ":tier, "
                ":notes, :dnd, :dnd_until, :created, :updated)"));
        !s)
        return s;
    if (auto s = identity.prepare(
            ctx.db, QStringLiteral("INSERT INTO member_identities (member_id, platform, "
                                   "platform_uid, handle, nickname) "
                                   "VALUES (:member, :platform, :uid, :handle, :nickname)"));
        !s)
        return s;
    if (auto s = stay.prepare(
            ctx.db, QStringLiteral("INSERT INTO memberships (group_id, member_id, role, joined_at, "
                                   "left_at, leave_kind) "
                                   "VALUES (:group, :member, :role, :joined, :left, :kind)"));
        !s)
        return s;

    DemoRandom& r = ctx.random;
    const QVariant noText(QMetaType::fromType<QString>());
    for (std::size_t i = 0; i < ctx.people.size(); ++i) {
        Person& p = ctx.people[i];
        const QString created = formatEpoch(p.firstJoin);
        const bool dnd = r.chance(0.03);
        const QString phone =
            (!p.english && r.chance(0.3))
                ? QStringLiteral("1%1****%2").arg(r.between(30, 89)).arg(r.between(1000, 9999))
                : QString();
        if (auto s = member.run(
                {p.displayName, sql::nullIfEmpty(p.gender),
                 p.birthday.isValid() ? QVariant(DemoContext::day(p.birthday)) : noText,
                 sql::nullIfEmpty(ageBand(p.birthday, ctx.today)), p.city, sql::nullIfEmpty(phone),
                 p.source,
                 p.referrer >= 0 ? QVariant(ctx.people[std::size_t(p.referrer)].id)
                                 : QVariant(QMetaType::fromType<qint64>()),
                 sql::nullIfEmpty(tierFor(p.spentCents)), sql::nullIfEmpty(noteFor(r, p)),
                 dnd ? 1 : 0,
                 dnd ? QVariant(DemoContext::day(ctx.today.addDays(r.between(3, 30)))) : noText,
                 created, created});
            !s)
            return s;
        p.id = member.lastId();
        if (i % 500 == 0 && !ctx.progress(4 + int(4 * i / ctx.people.size())))
            return ctx.cancelledError();
    }

    // One identity per platform the person is on (stays are in join order, so the first
    // stay on a platform names the identity).
    std::set<std::pair<int, QString>> done;
    for (const Stay& s : ctx.stays) {
        const Person& p = ctx.people[std::size_t(s.person)];
        const QString& platform = ctx.groups[std::size_t(s.group)].platform;
        if (!done.insert({s.person, platform}).second)
            continue;
        const QString handle =
            platform == QLatin1String("telegram") ? QLatin1Char('@') + p.latinHandle : QString();
        if (auto st = identity.run({p.id, platform, uidFor(platform, p, s.person),
                                    sql::nullIfEmpty(handle), s.nickname});
            !st)
            return st;
    }

    for (Stay& s : ctx.stays) {
        const bool left = s.leaveDay.isValid();
        if (auto st = stay.run(
                {ctx.groups[std::size_t(s.group)].id, ctx.people[std::size_t(s.person)].id, s.role,
                 ctx.instant(s.joinDay, s.joinSecond),
                 left ? QVariant(ctx.instant(s.leaveDay, s.leaveSecond)) : noText,
                 left ? QVariant(s.removed ? QStringLiteral("removed") : QStringLiteral("left"))
                      : noText});
            !st)
            return st;
        s.id = stay.lastId();
    }
    ctx.stats.members = int(ctx.people.size());
    return ctx.progress(10) ? Status{} : Status{ctx.cancelledError()};
}

} // namespace qundesk::demo
