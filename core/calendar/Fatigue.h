// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "calendar/Recurrence.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTime>

namespace qundesk {
struct Thresholds;
}

// The fatigue checks of the content calendar (DESIGN.md item 5 and 7, "Metrics"): pure
// functions over a planned period, so the window, the CLI and tests get the same warnings.
namespace qundesk::calendar {

struct FatigueLimits {
    int maxPostsPerGroupDay = 4;      // planned posts (every channel but private chat) a day
    QTime quietStart = QTime(22, 0);  // quiet hours for group messages and private chats
    QTime quietEnd = QTime(8, 0);     // (from start to end, across midnight when end < start)
    int maxMarketingPercent = 40;     // of a group's items in a week (Monday to Sunday)
    int maxPrivateTouchesPerWeek = 3; // per member in any 7 days, logged touches included

    static FatigueLimits from(const Thresholds& thresholds);
    bool isQuiet(const QTime& t) const;
};

// A member present in a group, with their do-not-disturb setting.
struct MemberReach {
    qint64 memberId = 0;
    bool dnd = false;
    QDate dndUntil; // invalid = no end (when dnd is set)

    bool quietOn(const QDate& day) const { return dnd && (!dndUntil.isValid() || day <= dndUntil); }
};

// What the checks read: the plan and who it reaches.
struct FatiguePlan {
    QDate from; // the period checked: from <= day < to (workspace days)
    QDate to;
    // Occurrences around the period (skipped ones are ignored): the whole weeks it touches
    // and six days either side, so weeks and 7-day windows are complete.
    QList<Occurrence> occurrences;
    QList<qint64> groupIds;                    // the groups an "all groups" item posts to
    QHash<qint64, QList<MemberReach>> members; // group -> members present
    QHash<qint64, QList<QDate>> loggedTouches; // member -> days of logged private touches
};

enum class FatigueRule { PostsPerDay, QuietHours, MarketingShare, PrivateTouches };

struct FatigueWarning {
    FatigueRule rule = FatigueRule::PostsPerDay;
    qint64 groupId = 0; // PrivateTouches: the group of the first planned item
    // PostsPerDay, QuietHours: the day; MarketingShare: the week's Monday; PrivateTouches: the
    // first day of the 7 days.
    QDate day;
    int count = 0;           // posts that day, marketing items that week, touches in the 7 days
    int total = 0;           // MarketingShare: every item of the week
    int limit = 0;           // the threshold (a percentage for MarketingShare)
    QList<qint64> memberIds; // PrivateTouches: the members over the cap
    QList<Occurrence> items; // the planned occurrences involved

    // Whether the warning concerns `day` (the day cells of the month view).
    bool covers(const QDate& d) const;
};

class Fatigue {
    Q_DECLARE_TR_FUNCTIONS(Fatigue)

public:
    // Every warning of the period, ordered by day, rule and group.
    static QList<FatigueWarning> check(const FatiguePlan& plan, const FatigueLimits& limits);
    // The warning in words, with group names from `groupNames`.
    static QString describe(const FatigueWarning& warning,
                            const QHash<qint64, QString>& groupNames);
    static QString ruleName(FatigueRule rule);
};

} // namespace qundesk::calendar
