// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/Fatigue.h"

#include "store/SettingsStore.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace qundesk::calendar {

namespace {

bool isPost(const Occurrence& o) {
    return o.channel != QLatin1String("private");
}

QDate mondayOf(const QDate& day) {
    return day.addDays(1 - day.dayOfWeek());
}

// The groups an occurrence is planned in.
QList<qint64> groupsOf(const Occurrence& o, const FatiguePlan& plan) {
    return o.groupId > 0 ? QList<qint64>{o.groupId} : plan.groupIds;
}

QList<qint64> allGroups(const FatiguePlan& plan) {
    QList<qint64> groups = plan.groupIds;
    for (const Occurrence& o : plan.occurrences)
        if (o.groupId > 0 && !groups.contains(o.groupId))
            groups << o.groupId;
    std::sort(groups.begin(), groups.end());
    return groups;
}

void postsPerDay(const FatiguePlan& plan, const FatigueLimits& limits, QList<FatigueWarning>& out) {
    std::map<std::pair<qint64, QDate>, QList<Occurrence>> byGroupDay;
    for (const Occurrence& o : plan.occurrences) {
        const QDate day = o.start.date();
        if (o.skipped() || !isPost(o) || day < plan.from || day >= plan.to)
            continue;
        for (qint64 g : groupsOf(o, plan))
            byGroupDay[{g, day}] << o;
    }
    for (const auto& [key, items] : byGroupDay) {
        if (items.size() <= limits.maxPostsPerGroupDay)
            continue;
        FatigueWarning w;
        w.rule = FatigueRule::PostsPerDay;
        w.groupId = key.first;
        w.day = key.second;
        w.count = int(items.size());
        w.limit = limits.maxPostsPerGroupDay;
        w.items = items;
        out << w;
    }
}

void quietHours(const FatiguePlan& plan, const FatigueLimits& limits, QList<FatigueWarning>& out) {
    for (const Occurrence& o : plan.occurrences) {
        const QDate day = o.start.date();
        if (o.skipped() || day < plan.from || day >= plan.to)
            continue;
        if (o.channel != QLatin1String("group") && o.channel != QLatin1String("private"))
            continue; // Moments and live sessions are looked at, not pushed
        if (!limits.isQuiet(o.start.time()))
            continue;
        FatigueWarning w;
        w.rule = FatigueRule::QuietHours;
        w.groupId = o.groupId;
        w.day = day;
        w.count = 1;
        w.items = {o};
        out << w;
    }
}

void marketingShare(const FatiguePlan& plan, const FatigueLimits& limits,
                    QList<FatigueWarning>& out) {
    std::map<std::pair<qint64, QDate>, QList<Occurrence>> byGroupWeek;
    const QDate firstWeek = mondayOf(plan.from);
    for (const Occurrence& o : plan.occurrences) {
        const QDate monday = mondayOf(o.start.date());
        if (o.skipped() || monday < firstWeek || monday >= plan.to)
            continue;
        for (qint64 g : groupsOf(o, plan))
            byGroupWeek[{g, monday}] << o;
    }
    for (const auto& [key, items] : byGroupWeek) {
        QList<Occurrence> marketing;
        for (const Occurrence& o : items)
            if (o.contentLine == QLatin1String("marketing"))
                marketing << o;
        if (marketing.size() * 100 <= limits.maxMarketingPercent * items.size())
            continue;
        FatigueWarning w;
        w.rule = FatigueRule::MarketingShare;
        w.groupId = key.first;
        w.day = key.second;
        w.count = int(marketing.size());
        w.total = int(items.size());
        w.limit = limits.maxMarketingPercent;
        w.items = marketing;
        out << w;
    }
}

void privateTouches(const FatiguePlan& plan, const FatigueLimits& limits,
                    QList<FatigueWarning>& out) {
    // Per member: touches per day, planned (with the occurrence) and logged.
    struct Day {
        int touches = 0;
        QList<const Occurrence*> planned;
    };
    QHash<qint64, std::map<QDate, Day>> perMember;
    for (const Occurrence& o : plan.occurrences) {
        if (o.skipped() || o.channel != QLatin1String("private"))
            continue;
        const QDate day = o.start.date();
        QSet<qint64> reached; // an "all groups" item touches a member of two groups once
        for (qint64 g : groupsOf(o, plan)) {
            for (const MemberReach& m : plan.members.value(g)) {
                if (m.quietOn(day) || reached.contains(m.memberId))
                    continue;
                reached.insert(m.memberId);
                Day& d = perMember[m.memberId][day];
                ++d.touches;
                d.planned << &o;
            }
        }
    }
    for (auto it = plan.loggedTouches.begin(); it != plan.loggedTouches.end(); ++it) {
        if (!perMember.contains(it.key()))
            continue; // nothing planned for them
        for (const QDate& day : it.value())
            ++perMember[it.key()][day].touches;
    }
    // One warning per member (their fullest 7 days with a planned touch inside the period),
    // then members with the same days and items merged into one warning.
    std::map<std::tuple<QDate, int, QList<qint64>>, FatigueWarning> merged;
    for (auto m = perMember.begin(); m != perMember.end(); ++m) {
        const std::map<QDate, Day>& days = m.value();
        FatigueWarning best;
        for (QDate start = plan.from.addDays(-6); start < plan.to; start = start.addDays(1)) {
            int touches = 0;
            QList<Occurrence> items;
            for (auto d = days.lower_bound(start); d != days.end() && d->first < start.addDays(7);
                 ++d) {
                touches += d->second.touches;
                for (const Occurrence* o : d->second.planned)
                    if (d->first >= plan.from && d->first < plan.to)
                        items << *o;
            }
            if (touches > limits.maxPrivateTouchesPerWeek && !items.isEmpty() &&
                touches > best.count) {
                best.rule = FatigueRule::PrivateTouches;
                best.groupId = items.first().groupId;
                best.day = start;
                best.count = touches;
                best.limit = limits.maxPrivateTouchesPerWeek;
                best.items = items;
            }
        }
        if (best.count == 0)
            continue;
        QList<qint64> itemKey;
        for (const Occurrence& o : best.items)
            itemKey << o.itemId << o.originalStart.toSecsSinceEpoch();
        FatigueWarning& w = merged[{best.day, best.count, itemKey}];
        if (w.memberIds.isEmpty())
            w = best;
        w.memberIds << m.key();
    }
    for (auto& [key, w] : merged) {
        std::sort(w.memberIds.begin(), w.memberIds.end());
        out << w;
    }
}

} // namespace

FatigueLimits FatigueLimits::from(const Thresholds& t) {
    FatigueLimits limits;
    limits.maxPostsPerGroupDay = t.maxPostsPerGroupDay;
    limits.maxPrivateTouchesPerWeek = t.maxPrivateTouchesPerWeek;
    limits.maxMarketingPercent = t.maxMarketingPercent;
    const QTime start = QTime::fromString(t.quietStart, QStringLiteral("HH:mm"));
    const QTime end = QTime::fromString(t.quietEnd, QStringLiteral("HH:mm"));
    if (start.isValid() && end.isValid()) {
        limits.quietStart = start;
        limits.quietEnd = end;
    }
    return limits;
}

bool FatigueLimits::isQuiet(const QTime& t) const {
    if (quietStart == quietEnd)
        return false; // no quiet hours
    if (quietStart < quietEnd)
        return t >= quietStart && t < quietEnd;
    return t >= quietStart || t < quietEnd;
}

bool FatigueWarning::covers(const QDate& d) const {
    switch (rule) {
    case FatigueRule::PostsPerDay:
    case FatigueRule::QuietHours:
        return d == day;
    case FatigueRule::MarketingShare:
    case FatigueRule::PrivateTouches:
        return d >= day && d < day.addDays(7);
    }
    return false;
}

QList<FatigueWarning> Fatigue::check(const FatiguePlan& plan, const FatigueLimits& limits) {
    QList<FatigueWarning> out;
    if (!plan.from.isValid() || !plan.to.isValid())
        return out;
    FatiguePlan full = plan;
    full.groupIds = allGroups(plan);
    postsPerDay(full, limits, out);
    quietHours(full, limits, out);
    marketingShare(full, limits, out);
    privateTouches(full, limits, out);
    std::stable_sort(out.begin(), out.end(), [](const FatigueWarning& a, const FatigueWarning& b) {
        return std::tuple(a.day, int(a.rule), a.groupId) <
               std::tuple(b.day, int(b.rule), b.groupId);
    });
    return out;
}

} // namespace qundesk::calendar
