// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "demo/DemoNames.h"
#include "demo/DemoSteps.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <tuple>

namespace qundesk::demo {

namespace {

constexpr int kChinesePerScale = 1150;
constexpr int kEnglishPerScale = 350;

// When people join: office hours and evenings, rarely at night (weights per local hour).
const std::vector<double> kJoinHours = {0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8,
                                        1.5, 2.0, 2.2,  2.0,  1.8,  1.8, 1.9, 1.9,
                                        1.8, 1.7, 1.8,  2.2,  2.6,  2.4, 1.4, 0.6};

QDate randomDay(DemoRandom& r, const QDate& from, const QDate& to) {
    if (to <= from)
        return from;
    return from.addDays(r.between(0, int(from.daysTo(to))));
}

QDate joinDayFor(DemoContext& ctx, const GroupSpec& g) {
    DemoRandom& r = ctx.random;
    if (g.createdOn >= ctx.firstDay) {
        // A young (campaign) group fills fast right after it opens.
        const double u = std::pow(r.unit(), 1.8);
        return g.createdOn.addDays(int(u * double(g.createdOn.daysTo(ctx.today))));
    }
    if (r.chance(0.28))
        return randomDay(r, ctx.firstDay, ctx.today);
    return randomDay(r, g.createdOn, ctx.firstDay.addDays(-1));
}

QString chineseName(DemoRandom& r) {
    if (r.chance(0.55))
        return r.pick(names::chineseSurnames()) + r.pick(names::chineseGivenNames());
    QString nick = r.pick(names::wechatNicknames());
    const int decoration = r.between(0, 5);
    if (decoration == 1)
        nick += QStringLiteral("🌸");
    else if (decoration == 2)
        nick += QString::number(r.between(1, 99));
    return nick;
}

QString sourceFor(DemoRandom& r, bool english) {
    static const QStringList chinese = {QStringLiteral("douyin"),      QStringLiteral("taobao"),
                                        QStringLiteral("xiaohongshu"), QStringLiteral("weibo"),
                                        QStringLiteral("offline"),     QStringLiteral("referral"),
                                        QStringLiteral("wechat")};
    static const std::vector<double> chineseWeights = {22, 18, 16, 6, 12, 20, 6};
    static const QStringList overseas = {QStringLiteral("instagram"), QStringLiteral("facebook"),
                                         QStringLiteral("website"), QStringLiteral("referral"),
                                         QStringLiteral("offline")};
    static const std::vector<double> overseasWeights = {25, 20, 20, 25, 10};
    return english ? overseas.at(r.weighted(overseasWeights))
                   : chinese.at(r.weighted(chineseWeights));
}

// Messages per present day: most people are lurkers, a few talk a lot (a long tail).
double talkFor(DemoRandom& r) {
    const double u = r.unit();
    if (u < 0.62)
        return 0.02 + r.unit() * 0.18;
    if (u < 0.90)
        return 0.2 + r.unit() * 0.8;
    if (u < 0.98)
        return 1.0 + r.unit() * 2.5;
    return 3.5 + r.unit() * 5.0;
}

void makePerson(DemoContext& ctx, bool english, const WeightedTable& joinHours) {
    DemoRandom& r = ctx.random;
    Person p;
    p.english = english;
    if (english) {
        const QString first = r.pick(names::englishFirstNames());
        const QString last = r.pick(names::englishLastNames());
        p.displayName = first + QLatin1Char(' ') + last;
        p.latinHandle = (first + QLatin1Char('_') + last.left(1)).toLower();
        p.city =
            QString(r.pick(names::overseasCities())).replace(QLatin1Char('_'), QLatin1Char(' '));
    } else {
        p.displayName = chineseName(r);
        p.latinHandle = QStringLiteral("wx");
        p.city = r.pick(names::chineseCities());
    }
    p.source = sourceFor(r, english);
    p.lurker = r.chance(english ? 0.40 : 0.46);
    p.talk = p.lurker ? 0.0 : talkFor(r);
    if (r.chance(0.45))
        p.birthday =
            QDate(ctx.today.year() - r.between(20, 55), r.between(1, 12), r.between(1, 28));

    // Groups of the person's language; a few Chinese customers also follow the tea club.
    std::vector<int> candidates;
    std::vector<double> weights;
    for (std::size_t i = 0; i < ctx.groups.size(); ++i) {
        if (ctx.groups[i].english == english) {
            candidates.push_back(int(i));
            weights.push_back(ctx.groups[i].share);
        }
    }
    std::vector<int> mine = {candidates[std::size_t(r.weighted(weights))]};
    const int extra = r.chance(english ? 0.18 : 0.24) ? (r.chance(0.25) ? 2 : 1) : 0;
    for (int tries = 0; int(mine.size()) < 1 + extra && tries < 20; ++tries) {
        const int g = candidates[std::size_t(r.weighted(weights))];
        if (std::find(mine.begin(), mine.end(), g) == mine.end())
            mine.push_back(g);
    }
    if (!english && r.chance(0.03))
        mine.push_back(4); // Tea Lovers Club: one person, two platforms

    const int personIndex = int(ctx.people.size());
    bool female = r.chance(english ? 0.55 : 0.62);
    p.firstJoin = std::numeric_limits<qint64>::max();
    for (int g : mine) {
        const GroupSpec& group = ctx.groups[std::size_t(g)];
        female = female || group.name == QStringLiteral("宝妈交流群");
        Stay s;
        s.group = g;
        s.person = personIndex;
        s.joinDay = joinDayFor(ctx, group);
        s.joinSecond = joinHours.draw(r) * 3600 + r.between(0, 3599);
        if (s.joinDay == group.createdOn) // the owner opens the group at 10:00 (assignRoles)
            s.joinSecond = std::max(s.joinSecond, 11 * 3600 + r.between(0, 3599));
        const bool lurksHere = p.lurker || (g != mine.front() && r.chance(0.15));
        s.rate = lurksHere ? 0.0 : p.talk * group.chatty * (0.6 + 0.8 * r.unit());
        s.nickname = p.displayName;
        if (!english && group.english)
            s.nickname = r.pick(names::englishFirstNames());
        else if (group.name == QStringLiteral("宝妈交流群") && r.chance(0.5))
            s.nickname =
                p.city + QLatin1Char('-') + p.displayName; // "city-name", the usual group card
        if (r.chance(group.leaveRate)) {
            s.leaveDay = randomDay(r, std::max(s.joinDay, ctx.firstDay.addDays(-60)), ctx.today);
            s.leaveSecond = r.between(0, 86399);
            if (s.leaveDay == s.joinDay && s.leaveSecond <= s.joinSecond) {
                if (s.joinSecond < 86000)
                    s.leaveSecond = r.between(s.joinSecond + 60, 86399);
                else
                    s.leaveDay = QDate();
            }
            s.removed = s.leaveDay.isValid() && r.chance(0.15);
        }
        ctx.stays.push_back(s);
    }
    p.gender =
        r.chance(0.05) ? QString() : (female ? QStringLiteral("female") : QStringLiteral("male"));
    ctx.people.push_back(p);
}

// The earliest members of each group run it: an owner from the day it opened, two admins
// and an assistant, all staying and talking; a few active members are KOCs or KOLs.
void assignRoles(DemoContext& ctx) {
    DemoRandom& r = ctx.random;
    for (std::size_t g = 0; g < ctx.groups.size(); ++g) {
        std::vector<std::size_t> mine;
        for (std::size_t i = 0; i < ctx.stays.size(); ++i)
            if (ctx.stays[i].group == int(g) &&
                !ctx.people[std::size_t(ctx.stays[i].person)].lurker)
                mine.push_back(i);
        std::stable_sort(mine.begin(), mine.end(), [&](std::size_t a, std::size_t b) {
            const Stay& x = ctx.stays[a];
            const Stay& y = ctx.stays[b];
            return std::pair(x.joinDay, x.joinSecond) < std::pair(y.joinDay, y.joinSecond);
        });
        static const QString staff[] = {QStringLiteral("owner"), QStringLiteral("admin"),
                                        QStringLiteral("admin"), QStringLiteral("assistant")};
        for (std::size_t k = 0; k < mine.size(); ++k) {
            Stay& s = ctx.stays[mine[k]];
            if (k < 4) {
                s.role = staff[k];
                s.joinDay = ctx.groups[g].createdOn.addDays(int(k));
                s.joinSecond = 10 * 3600 + int(k) * 600;
                s.leaveDay = QDate();
                s.removed = false;
                s.rate = 2.0 + r.unit() * 3.0;
            } else if (r.chance(0.025)) {
                s.role = r.chance(0.2) ? QStringLiteral("kol") : QStringLiteral("koc");
                s.rate = std::max(s.rate * 3.0, 3.0 + r.unit() * 6.0);
            }
        }
    }
}

// Orders people by their first join (ids follow it), then draws the referral trees: a
// referrer is always an earlier member of the same language, often one who was referred
// too, so trees grow several levels deep.
void orderAndRefer(DemoContext& ctx) {
    for (Stay& s : ctx.stays)
        ctx.people[std::size_t(s.person)].firstJoin = std::min(
            ctx.people[std::size_t(s.person)].firstJoin, ctx.epoch(s.joinDay, s.joinSecond));
    std::vector<int> order(ctx.people.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return ctx.people[std::size_t(a)].firstJoin < ctx.people[std::size_t(b)].firstJoin;
    });
    std::vector<int> newIndex(order.size());
    std::vector<Person> sorted;
    sorted.reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        newIndex[std::size_t(order[i])] = int(i);
        sorted.push_back(std::move(ctx.people[std::size_t(order[i])]));
    }
    ctx.people = std::move(sorted);
    for (Stay& s : ctx.stays)
        s.person = newIndex[std::size_t(s.person)];
    std::stable_sort(ctx.stays.begin(), ctx.stays.end(), [&](const Stay& a, const Stay& b) {
        return std::tuple(a.joinDay, a.joinSecond, a.person, a.group) <
               std::tuple(b.joinDay, b.joinSecond, b.person, b.group);
    });

    DemoRandom& r = ctx.random;
    std::vector<int> seen[2];     // earlier people per language
    std::vector<int> referred[2]; // earlier referred people per language
    for (std::size_t i = 0; i < ctx.people.size(); ++i) {
        Person& p = ctx.people[i];
        const int lang = p.english ? 1 : 0;
        if (p.source == QLatin1String("referral")) {
            if (seen[lang].empty()) {
                p.source = QStringLiteral("offline");
            } else {
                const auto& pool =
                    (!referred[lang].empty() && r.chance(0.55)) ? referred[lang] : seen[lang];
                // Recent members invite more: draw among the latest 300 of the pool.
                const int low = std::max(0, int(pool.size()) - 300);
                p.referrer = pool[std::size_t(r.between(low, int(pool.size()) - 1))];
                referred[lang].push_back(int(i));
            }
        }
        seen[lang].push_back(int(i));
        if (p.english)
            p.latinHandle += QString::number(i % 97);
    }
}

} // namespace

void makePeople(DemoContext& ctx) {
    const WeightedTable joinHours(kJoinHours);
    const int chinese = kChinesePerScale * ctx.scale;
    const int english = kEnglishPerScale * ctx.scale;
    ctx.people.reserve(std::size_t(chinese + english));
    // Interleaved so the chance sequence does not depend on which language comes first.
    for (int i = 0; i < chinese + english; ++i)
        makePerson(ctx, i % 30 >= 23 && english > 0, joinHours);
    assignRoles(ctx);
    orderAndRefer(ctx);
}

} // namespace qundesk::demo
