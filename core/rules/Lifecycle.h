// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "store/SettingsStore.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace qundesk {

// What the rules need to know about one member on one day (all days in the workspace zone).
struct MemberFacts {
    QDate firstJoined;       // earliest join of a current stay; invalid when in no group
    QDate lastMessage;       // invalid when the member never posted
    int orders = 0;          // all orders ever
    QDate lastOrder;         // invalid when none
    int referrals = 0;       // members this member invited
    int activeDays30 = 0;    // days with at least one message in the 30 days ending today
    qint64 messages = 0;     // all messages ever, in every group
    qint64 revenueCents = 0; // all orders ever
    // The 4th and 12th most recent days with a message (up to today); invalid when fewer. They
    // tell until when a 30-day activity count stays at 4 or 12 without further messages.
    QDate fourthActiveDay;
    QDate twelfthActiveDay;
};

// User lifecycle stages (用户生命周期), stored and exported by key.
enum class LifecycleStage { New, Growing, Mature, Extending, Declining };

namespace lifecycle {
QString key(LifecycleStage stage); // new, growing, mature, extending, declining
LifecycleStage fromKey(const QString& key);
QString label(LifecycleStage stage); // translated
QString label(const QString& key);   // of a stored key; empty for none
QStringList keys();

// The day a member's silence began: the last message, or the join when the member never
// posted; invalid when unknown.
QDate silentSince(const MemberFacts& facts);
// Days since silentSince(); -1 when unknown.
int silentDays(const MemberFacts& facts, const QDate& today);

// DESIGN.md "Metrics", first rule that matches wins: Declining if silent >= silentDays and no
// order in declineOrderDays; Extending if >= extendingOrders orders or >= 1 referral; Mature
// if >= 1 order; New if joined < newMemberDays ago; otherwise Growing.
LifecycleStage classify(const MemberFacts& facts, const Thresholds& t, const QDate& today);
} // namespace lifecycle

} // namespace qundesk
