// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace qundesk {

class Database;

namespace sop {

// What the Today page warns about, worked out for one workspace day.
struct TodayAlerts {
    struct OperatorLoad {
        QString operatorName;
        int groups = 0;
    };
    QList<OperatorLoad> overloadedOperators; // more than seven active groups
    QStringList unwelcomed; // joined in the last three days, no touch since (names, up to 20)
    int unwelcomedCount = 0;
    QStringList decliningBuyers; // buyers whose silence just made them Declining (up to 20)
    int decliningBuyersCount = 0;
    QStringList birthdays; // members whose birthday is today
    int heldTasks = 0;     // open tasks due by today held by do-not-disturb or the touch cap

    bool isEmpty() const {
        return overloadedOperators.isEmpty() && unwelcomedCount == 0 && decliningBuyersCount == 0 &&
               birthdays.isEmpty() && heldTasks == 0;
    }

    static constexpr int kMaxGroupsPerOperator = 7;
    static constexpr int kWelcomeDays = 3;
    static constexpr int kNames = 20;

    static Result<TodayAlerts> compute(const Database& db, const QDate& today);
};

} // namespace sop

} // namespace qundesk
