// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"

#include <memory>

namespace qundesk {
class Database;
}

namespace qundesk::bench {

// A step on day `day` after the join, due from 00:00 to 21:00, with a script that uses four
// placeholders.
SopStep welcomeStep(int day, const QString& channelKey);

// A fresh workspace (zone Asia/Shanghai) with one group of `members` members who all joined now.
std::unique_ptr<Database> groupOfNewcomers(int members, qint64& groupId);

} // namespace qundesk::bench
