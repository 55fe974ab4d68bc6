// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "rules/MemberCondition.h"
#include "store/SettingsStore.h"

namespace qundesk {

// The segments every workspace has (DESIGN.md "Tags and segments"): the lists operators ask
// for most, each a plain MemberFilterDefinition so it counts, lists and exports like any other.
struct BuiltinSegment {
    QString key;   // never_posted, silent, recently_inactive, birthday_month, declining_buyers
    QString label; // translated
    QString description;
    MemberFilterDefinition definition;
};

namespace builtinsegments {
QList<BuiltinSegment> all(const Thresholds& thresholds);
std::optional<BuiltinSegment> byKey(const QString& key, const Thresholds& thresholds);
} // namespace builtinsegments

} // namespace qundesk
