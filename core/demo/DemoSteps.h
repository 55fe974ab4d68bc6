// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "demo/DemoContext.h"

namespace qundesk::demo {

struct DemoOrder {
    int person = 0;
    int group = 0;
    qint64 epoch = 0;
    qint64 amountCents = 0;
    QString product;
};

// The generation steps, in the order DemoWorkspace runs them. Each one reads what the steps
// before it left in the context; the make* steps only draw, the insert* steps only write.
Status insertSettingsAndGroups(DemoContext& ctx);                            // DemoGroups.cpp
void makePeople(DemoContext& ctx);                                           // DemoPeople.cpp
std::vector<DemoOrder> makeOrders(DemoContext& ctx);                         // DemoOrders.cpp
Status insertPeople(DemoContext& ctx);                                       // DemoPeopleInsert.cpp
Status insertOrders(DemoContext& ctx, const std::vector<DemoOrder>& orders); // DemoOrders.cpp
Status insertActivity(DemoContext& ctx, int fromPercent, int toPercent);     // DemoActivity.cpp
Status insertTags(DemoContext& ctx);                                         // DemoTags.cpp
Status insertContent(DemoContext& ctx);                                      // DemoPlans.cpp
Status insertSops(DemoContext& ctx);                                         // DemoSops.cpp

} // namespace qundesk::demo
