// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/BuiltinSegments.h"

#include <QCoreApplication>

namespace qundesk::builtinsegments {

namespace {
MemberCondition cond(const char* field, const char* op, const QVariant& value) {
    return {QLatin1String(field), QLatin1String(op), value, 30};
}
} // namespace

QList<BuiltinSegment> all(const Thresholds& t) {
    return {
        {QStringLiteral("never_posted"),
         QCoreApplication::translate("BuiltinSegments", "Never posted"),
         QCoreApplication::translate("BuiltinSegments",
                                     "Members in a group who have never sent a message (lurkers)."),
         {true, {cond("never_posted", "=", true), cond("in_any_group", "=", true)}}},
        {QStringLiteral("silent"),
         QCoreApplication::translate("BuiltinSegments", "Silent %n day(s)", "", t.silentDays),
         QCoreApplication::translate("BuiltinSegments",
                                     "No message for the silent threshold, counted from joining "
                                     "for members who never posted."),
         {true, {cond("silent_days", ">=", t.silentDays)}}},
        {QStringLiteral("recently_inactive"),
         QCoreApplication::translate("BuiltinSegments", "Recently inactive"),
         QCoreApplication::translate(
             "BuiltinSegments",
             "Were in the top quarter by activity over 90 days, silent for 7 to 28 days."),
         {true,
          {cond("top_quarter_activity", "=", true), cond("silent_days", ">=", 7),
           cond("silent_days", "<=", 28)}}},
        {QStringLiteral("birthday_month"),
         QCoreApplication::translate("BuiltinSegments", "Birthday this month"),
         QCoreApplication::translate("BuiltinSegments",
                                     "Members whose birthday falls in the current month."),
         {true, {cond("birthday_month", "=", 0)}}},
        {QStringLiteral("declining_buyers"),
         QCoreApplication::translate("BuiltinSegments", "Declining buyers"),
         QCoreApplication::translate(
             "BuiltinSegments", "Members who bought before and are now in the Declining stage."),
         {true, {cond("stage", "=", QStringLiteral("declining")), cond("orders", ">=", 1)}}},
    };
}

std::optional<BuiltinSegment> byKey(const QString& key, const Thresholds& thresholds) {
    for (const BuiltinSegment& s : all(thresholds)) {
        if (s.key == key)
            return s;
    }
    return std::nullopt;
}

} // namespace qundesk::builtinsegments
