// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/IcsZone.h"

#include "util/Time.h"

namespace qundesk::calendar::icszone {

namespace {

icalcomponent* observance(bool daylight, const QDateTime& localStart, int fromSecs, int toSecs,
                          const QString& name) {
    icalcomponent* c =
        icalcomponent_new(daylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT);
    icalcomponent_add_property(c, icalproperty_new_dtstart(ical::floating(localStart)));
    icalcomponent_add_property(c, icalproperty_new_tzoffsetfrom(fromSecs));
    icalcomponent_add_property(c, icalproperty_new_tzoffsetto(toSecs));
    if (!name.isEmpty())
        icalcomponent_add_property(c, icalproperty_new_tzname(name.toUtf8().constData()));
    return c;
}

// Wall-clock reading of `instant` at `offsetSecs`, in the UTC carrier.
QDateTime atOffset(const QDateTime& instant, int offsetSecs) {
    const QDateTime shifted = instant.toUTC().addSecs(offsetSecs);
    return QDateTime(shifted.date(), shifted.time(), QTimeZone::utc());
}

} // namespace

icalcomponent* vtimezone(const QTimeZone& zone, int firstYear, int lastYear) {
    icalcomponent* tz = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    icalcomponent_add_property(tz, icalproperty_new_tzid(zone.id().constData()));
    const QDateTime begin(QDate(firstYear, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime end(QDate(lastYear + 1, 1, 1), QTime(0, 0), QTimeZone::utc());
    // The offset in force when the range begins, then every change in it.
    const QTimeZone::OffsetData first = zone.offsetData(begin);
    int offset = first.offsetFromUtc;
    icalcomponent_add_component(tz,
                                observance(first.daylightTimeOffset != 0, atOffset(begin, offset),
                                           offset, offset, first.abbreviation));
    for (const QTimeZone::OffsetData& t : zone.transitions(begin, end)) {
        icalcomponent_add_component(tz,
                                    observance(t.daylightTimeOffset != 0, atOffset(t.atUtc, offset),
                                               offset, t.offsetFromUtc, t.abbreviation));
        offset = t.offsetFromUtc;
    }
    return tz;
}

bool isDateOnly(icalproperty* property) {
    return property && icalvalue_get_datetime(icalproperty_get_value(property)).is_date;
}

QDateTime instantOf(icalproperty* property, const QTimeZone& workspaceZone,
                    const QTime& allDayTime) {
    if (!property)
        return {};
    icaltimetype t = icalvalue_get_datetime(icalproperty_get_value(property));
    if (icaltime_is_null_time(t))
        return {};
    const QDate date(t.year, t.month, t.day);
    if (!date.isValid())
        return {};
    const QTime time = t.is_date ? allDayTime : QTime(t.hour, t.minute, t.second);
    if (icaltime_is_utc(t))
        return QDateTime(date, time, QTimeZone::utc());
    icalparameter* tzidParam = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    if (!tzidParam || t.is_date)
        return time::fromWallClock(date, time, workspaceZone); // floating
    QByteArray tzid = icalparameter_get_tzid(tzidParam);
    // Outlook quotes some names; a few writers prefix a path ("/mozilla.org/…/Europe/Berlin").
    tzid = tzid.trimmed();
    if (tzid.startsWith('"') && tzid.endsWith('"') && tzid.size() > 1)
        tzid = tzid.mid(1, tzid.size() - 2);
    QTimeZone zone(tzid);
    if (!zone.isValid() && tzid.contains('/')) {
        const QList<QByteArray> parts = tzid.split('/');
        if (parts.size() >= 2)
            zone = QTimeZone(parts.at(parts.size() - 2) + '/' + parts.last());
    }
    if (!zone.isValid()) {
        const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid);
        if (!iana.isEmpty())
            zone = QTimeZone(iana);
    }
    if (zone.isValid())
        return time::fromWallClock(date, time, zone);
    // A zone only the file's own VTIMEZONE defines: libical resolves it.
    icalcomponent* event = icalproperty_get_parent(property);
    icalcomponent* calendar = event ? icalcomponent_get_parent(event) : nullptr;
    icaltimezone* fileZone =
        calendar ? icalcomponent_get_timezone(calendar, icalparameter_get_tzid(tzidParam))
                 : nullptr;
    if (fileZone) {
        const icaltimetype utc = icaltime_convert_to_zone(icaltime_set_timezone(&t, fileZone),
                                                          icaltimezone_get_utc_timezone());
        return QDateTime(QDate(utc.year, utc.month, utc.day),
                         QTime(utc.hour, utc.minute, utc.second), QTimeZone::utc());
    }
    return time::fromWallClock(date, time, workspaceZone);
}

} // namespace qundesk::calendar::icszone
