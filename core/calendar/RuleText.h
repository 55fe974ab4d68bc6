// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDateTime>
#include <QString>

// Edits of an RRULE value's end (COUNT / UNTIL) as text, keeping every other part as written:
// splitting a series must not lose parts the editor does not know.
namespace qundesk::calendar::ruleText {

// The COUNT of the rule; 0 when it has none.
int count(const QString& rrule);
// The UNTIL of the rule as a wall-clock time (a date alone = its end of day); invalid when
// none. A UTC UNTIL ("…Z") is returned as written, in the UTC carrier: callers convert.
QDateTime until(const QString& rrule);
bool untilIsUtc(const QString& rrule);
// The rule without COUNT and UNTIL.
QString withoutEnd(const QString& rrule);
QString withCount(const QString& rrule, int count);
// UNTIL as a floating local date-time ("20260601T195900"), or with `utc` a UTC one ("…Z").
QString withUntil(const QString& rrule, const QDateTime& until, bool utc = false);

} // namespace qundesk::calendar::ruleText
