// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/Lifecycle.h"

#include <QCoreApplication>

namespace qundesk::lifecycle {

QString key(LifecycleStage stage) {
    switch (stage) {
    case LifecycleStage::New:
        return QStringLiteral("new");
    case LifecycleStage::Growing:
        return QStringLiteral("growing");
    case LifecycleStage::Mature:
        return QStringLiteral("mature");
    case LifecycleStage::Extending:
        return QStringLiteral("extending");
    case LifecycleStage::Declining:
        return QStringLiteral("declining");
    }
    return QStringLiteral("growing");
}

QStringList keys() {
    return {QStringLiteral("new"), QStringLiteral("growing"), QStringLiteral("mature"),
            QStringLiteral("extending"), QStringLiteral("declining")};
}

LifecycleStage fromKey(const QString& k) {
    for (auto stage : {LifecycleStage::New, LifecycleStage::Growing, LifecycleStage::Mature,
                       LifecycleStage::Extending, LifecycleStage::Declining}) {
        if (key(stage) == k)
            return stage;
    }
    return LifecycleStage::Growing;
}

QString label(const QString& key) {
    return key.isEmpty() ? QString() : label(fromKey(key));
}

QString label(LifecycleStage stage) {
    switch (stage) {
    case LifecycleStage::New:
        return QCoreApplication::translate("Lifecycle", "New");
    case LifecycleStage::Growing:
        return QCoreApplication::translate("Lifecycle", "Growing");
    case LifecycleStage::Mature:
        return QCoreApplication::translate("Lifecycle", "Mature");
    case LifecycleStage::Extending:
        return QCoreApplication::translate("Lifecycle", "Extending");
    case LifecycleStage::Declining:
        return QCoreApplication::translate("Lifecycle", "Declining");
    }
    return {};
}

QDate silentSince(const MemberFacts& facts) {
    return facts.lastMessage.isValid() ? facts.lastMessage : facts.firstJoined;
}

int silentDays(const MemberFacts& facts, const QDate& today) {
    const QDate since = silentSince(facts);
    if (!since.isValid())
        return -1;
    return int(since.daysTo(today));
}

LifecycleStage classify(const MemberFacts& facts, const Thresholds& t, const QDate& today) {
    const int silent = silentDays(facts, today);
    const bool recentOrder =
        facts.lastOrder.isValid() && facts.lastOrder.daysTo(today) < t.declineOrderDays;
    if (silent >= t.silentDays && !recentOrder)
        return LifecycleStage::Declining;
    if (facts.orders >= t.extendingOrders || facts.referrals >= 1)
        return LifecycleStage::Extending;
    if (facts.orders >= 1)
        return LifecycleStage::Mature;
    if (facts.firstJoined.isValid() && facts.firstJoined.daysTo(today) < t.newMemberDays)
        return LifecycleStage::New;
    return LifecycleStage::Growing;
}

} // namespace qundesk::lifecycle
