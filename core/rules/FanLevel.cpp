// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/FanLevel.h"

#include <QCoreApplication>

namespace qundesk::fanlevel {

QString key(FanLevel level) {
    switch (level) {
    case FanLevel::Observer:
        return QStringLiteral("observer");
    case FanLevel::Participant:
        return QStringLiteral("participant");
    case FanLevel::Contributor:
        return QStringLiteral("contributor");
    case FanLevel::Advocate:
        return QStringLiteral("advocate");
    }
    return QStringLiteral("observer");
}

QStringList keys() {
    return {QStringLiteral("observer"), QStringLiteral("participant"),
            QStringLiteral("contributor"), QStringLiteral("advocate")};
}

FanLevel fromKey(const QString& k) {
    for (auto level :
         {FanLevel::Observer, FanLevel::Participant, FanLevel::Contributor, FanLevel::Advocate}) {
        if (key(level) == k)
            return level;
    }
    return FanLevel::Observer;
}

QString label(const QString& key) {
    return key.isEmpty() ? QString() : label(fromKey(key));
}

QString label(FanLevel level) {
    switch (level) {
    case FanLevel::Observer:
        return QCoreApplication::translate("FanLevel", "Observer");
    case FanLevel::Participant:
        return QCoreApplication::translate("FanLevel", "Participant");
    case FanLevel::Contributor:
        return QCoreApplication::translate("FanLevel", "Contributor");
    case FanLevel::Advocate:
        return QCoreApplication::translate("FanLevel", "Advocate");
    }
    return {};
}

FanLevel earned(const MemberFacts& facts, const QDate& today) {
    if (facts.activeDays30 >= 12 || facts.referrals >= 2)
        return FanLevel::Advocate;
    if (facts.activeDays30 >= 4)
        return FanLevel::Contributor;
    if (facts.lastMessage.isValid() && facts.lastMessage.daysTo(today) < 90)
        return FanLevel::Participant;
    return FanLevel::Observer;
}

QDate earnedThrough(FanLevel level, const MemberFacts& facts) {
    const auto later = [](const QDate& a, const QDate& b) {
        return !a.isValid() ? b : (!b.isValid() || a > b ? a : b);
    };
    const auto plus = [](const QDate& day, int days) {
        return day.isValid() ? day.addDays(days) : QDate();
    };
    const QDate always(9999, 12, 31);
    const QDate advocate = facts.referrals >= 2 ? always : plus(facts.twelfthActiveDay, 29);
    switch (level) {
    case FanLevel::Observer:
        return {};
    case FanLevel::Participant:
        return later(later(plus(facts.lastMessage, 89), plus(facts.fourthActiveDay, 29)), advocate);
    case FanLevel::Contributor:
        return later(plus(facts.fourthActiveDay, 29), advocate);
    case FanLevel::Advocate:
        return advocate;
    }
    return {};
}

namespace {

// The latest day `level` could have been earned by what the facts still show, whatever the day:
// activity levels need a message within their window, Advocate by invitation needs the two
// invited members. A stored "earned through" beyond it (messages or invited members removed
// since) is cut back to it.
QDate earnableThrough(FanLevel level, const MemberFacts& facts) {
    const auto plus = [](const QDate& day, int days) {
        return day.isValid() ? day.addDays(days) : QDate();
    };
    if (level == FanLevel::Observer)
        return {};
    if (level == FanLevel::Participant)
        return facts.referrals >= 2 ? QDate(9999, 12, 31) : plus(facts.lastMessage, 89);
    return facts.referrals >= 2 ? QDate(9999, 12, 31) : plus(facts.lastMessage, 29);
}

} // namespace

FanLevelState update(const FanLevelState& previous, const MemberFacts& facts, const QDate& today,
                     int graceDays) {
    const FanLevel now = earned(facts, today);
    const QDate cap = earnableThrough(previous.level, facts);
    const QDate through = previous.earnedThrough.isValid() && cap.isValid()
                              ? qMin(previous.earnedThrough, cap)
                              : QDate();
    const bool holding =
        now < previous.level && through.isValid() && through.daysTo(today) < graceDays;
    return holding ? FanLevelState{previous.level, through}
                   : FanLevelState{now, earnedThrough(now, facts)};
}

} // namespace qundesk::fanlevel
