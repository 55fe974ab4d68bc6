// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

// The one place that includes libical for the calendar's .cpp files: conversions between our
// wall-clock QDateTimes (model/ContentItem.h, "UTC carrier") and icaltimetype, and owners that
// free libical's objects. Not part of any public header.

#include <QDateTime>
#include <QString>

#include <libical/ical.h>
#include <memory>

namespace qundesk::calendar::ical {

// Makes libical's errors values instead of aborts (once per process; cheap to call again).
void init();

// A floating (zone-less) date-time with the wall-clock fields of `wallClock`.
icaltimetype floating(const QDateTime& wallClock);
// The wall-clock fields of `t` in the UTC carrier, whatever zone `t` names (none converted).
QDateTime wallClockOf(const icaltimetype& t);

// Parses an RRULE value; false (and a reason) when libical cannot read it.
bool parseRule(const QString& rrule, icalrecurrencetype* out, QString* reason = nullptr);

struct IteratorFree {
    void operator()(icalrecur_iterator* it) const { icalrecur_iterator_free(it); }
};
using Iterator = std::unique_ptr<icalrecur_iterator, IteratorFree>;

struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

} // namespace qundesk::calendar::ical
