// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// Schema version 6: indexes for the dashboards (group health, the summary report) so that a
// workspace of a million messages opens as fast as the demo. The per-group day index of the
// daily activity grows to cover the member and the message count: "who was active in group G
// between two days" and "how many messages" become a range read of the index alone, never the
// table's rows. Orders get an index by time, for totals over a period across all groups.
// No data changes.
#include "db/Schema.h"

namespace qundesk::schema {

QStringList version6() {
    return {
        QStringLiteral("DROP INDEX idx_activity_day"),
        QStringLiteral("CREATE INDEX idx_activity_group_day ON "
                       "member_day_activity(group_id, day, member_id, messages)"),
        QStringLiteral("CREATE INDEX idx_orders_ordered ON orders(ordered_at)"),
    };
}

} // namespace qundesk::schema
