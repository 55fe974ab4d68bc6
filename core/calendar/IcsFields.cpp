// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/IcsFields.h"

#include <cstring>

namespace qundesk::calendar::icsfields {

void addX(icalcomponent* c, const char* name, const QString& value) {
    if (value.isEmpty())
        return;
    icalproperty* p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(c, p);
}

QString x(icalcomponent* c, const char* name) {
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY)) {
        const char* n = icalproperty_get_x_name(p);
        if (n && qstricmp(n, name) == 0) {
            const char* v = icalproperty_get_x(p);
            return v ? QString::fromUtf8(v) : QString();
        }
    }
    return {};
}

icalproperty_status icalStatus(const QString& status) {
    if (status == QLatin1String("idea") || status == QLatin1String("draft"))
        return ICAL_STATUS_TENTATIVE;
    if (status == QLatin1String("skipped"))
        return ICAL_STATUS_CANCELLED;
    return ICAL_STATUS_CONFIRMED;
}

QString statusFrom(icalproperty_status status) {
    switch (status) {
    case ICAL_STATUS_TENTATIVE:
        return QStringLiteral("draft");
    case ICAL_STATUS_CANCELLED:
        return QStringLiteral("skipped");
    default:
        return QStringLiteral("scheduled");
    }
}

} // namespace qundesk::calendar::icsfields
