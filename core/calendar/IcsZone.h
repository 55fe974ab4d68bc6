// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

// The VTIMEZONE of the workspace zone for an .ics file, and reading the zones of a file QunDesk
// imports. Internal to core/calendar (includes libical).

#include "calendar/IcalGlue.h"

#include <QDateTime>
#include <QTimeZone>

namespace qundesk::calendar::icszone {

// A VTIMEZONE for `zone` (TZID = its IANA id) with every offset change from the start of
// `firstYear` to the end of `lastYear`, each as its own STANDARD or DAYLIGHT observance, so a
// reader needs no rules of its own; a zone without changes gets one STANDARD observance.
icalcomponent* vtimezone(const QTimeZone& zone, int firstYear, int lastYear);

// The instant a date-time property of an imported event names: UTC ("…Z"), with a TZID (an
// IANA id, a Windows zone name, or a VTIMEZONE of the file that libical resolved), or floating
// (read in `workspaceZone`). A date alone is taken at `allDayTime`. Invalid when unreadable.
QDateTime instantOf(icalproperty* property, const QTimeZone& workspaceZone,
                    const QTime& allDayTime = QTime(9, 0));

// Whether the property holds a date without a time (an all-day event).
bool isDateOnly(icalproperty* property);

} // namespace qundesk::calendar::icszone
