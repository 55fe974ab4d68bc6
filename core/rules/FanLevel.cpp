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

FanLevelState update(const FanLevelState& previous, const MemberFacts& facts, const QDate& today,
                     int graceDays) {
    const FanLevel now = earned(facts, today);
    if (now >= previous.level || !previous.earnedOn.isValid())
        return {now, today};
    if (previous.earnedOn.daysTo(today) >= graceDays)
        return {now, today};
    return previous;
}

} // namespace qundesk::fanlevel
