// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "rules/Lifecycle.h"

namespace qundesk {

// Engagement levels for fans, in the spirit of the Orbit model: presence and recency.
// Ordered: a higher value is a closer fan.
enum class FanLevel { Observer = 1, Participant = 2, Contributor = 3, Advocate = 4 };

// A member's level as it was last decided, and the last day the facts then known earn it
// (today or later while the member keeps it up; invalid for Observer, which needs nothing).
// Storing "earned through" rather than "last seen earning" keeps the value still from day to
// day, so a daily recompute rewrites only members whose level really moved.
struct FanLevelState {
    FanLevel level = FanLevel::Observer;
    QDate earnedThrough;
};

namespace fanlevel {
QString key(FanLevel level); // observer, participant, contributor, advocate
FanLevel fromKey(const QString& key);
QString label(FanLevel level);
QString label(const QString& key); // of a stored key; empty for none
QStringList keys();

// Levels earned by the facts of one day, without history:
// Advocate: active on >= 12 of the last 30 days, or invited >= 2 members;
// Contributor: active on >= 4 of the last 30 days;
// Participant: posted within the last 90 days;
// Observer: present but silent (never posted, or not for 90 days).
FanLevel earned(const MemberFacts& facts, const QDate& today);

// The last day `level` is earned by these facts if nothing new happens: a message keeps
// Participant for 90 days, the 4th (12th) most recent active day keeps Contributor (Advocate)
// for 30 days, two referrals keep Advocate for good (QDate's last day). Invalid for Observer.
QDate earnedThrough(FanLevel level, const MemberFacts& facts);

// Upgrades at once; downgrades only after `graceDays` past the last day the held level was
// earned.
FanLevelState update(const FanLevelState& previous, const MemberFacts& facts, const QDate& today,
                     int graceDays = 30);
} // namespace fanlevel

} // namespace qundesk
