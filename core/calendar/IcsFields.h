// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

// QunDesk's own fields in an .ics file and the STATUS mapping, shared by export and import.
// Internal to core/calendar (includes libical).

#include "calendar/IcalGlue.h"

#include <QString>

namespace qundesk::calendar::icsfields {

inline constexpr const char* kChannel = "X-QUNDESK-CHANNEL";
inline constexpr const char* kLine = "X-QUNDESK-LINE";
inline constexpr const char* kStatus = "X-QUNDESK-STATUS";
inline constexpr const char* kGroup = "X-QUNDESK-GROUP";
inline constexpr const char* kOwner = "X-QUNDESK-OWNER";

// Adds "NAME:value" (nothing for an empty value).
void addX(icalcomponent* c, const char* name, const QString& value);
// The value of the first X property `name`; empty when absent.
QString x(icalcomponent* c, const char* name);

// idea, draft -> TENTATIVE; scheduled, published -> CONFIRMED; skipped -> CANCELLED.
icalproperty_status icalStatus(const QString& status);
// Back, for files of other programs: TENTATIVE -> draft, CANCELLED -> skipped, else scheduled.
QString statusFrom(icalproperty_status status);

} // namespace qundesk::calendar::icsfields
