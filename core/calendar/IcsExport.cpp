// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/IcsExport.h"

#include "Version.h"
#include "calendar/IcalGlue.h"
#include "calendar/IcsFields.h"
#include "calendar/IcsZone.h"
#include "calendar/Recurrence.h"
#include "calendar/RuleText.h"
#include "db/Database.h"
#include "export/FileSave.h"
#include "store/ContentStore.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"
#include "util/TargetPath.h"
#include "util/Time.h"

#include <QUrl>

#include <algorithm>
#include <cstdlib>

namespace qundesk::calendar {

namespace {

icalproperty* zoned(icalproperty* p, const QTimeZone& zone) {
    icalproperty_add_parameter(p, icalparameter_new_tzid(zone.id().constData()));
    return p;
}

icaltimetype utcTime(const QDateTime& instant) {
    icaltimetype t = ical::floating(instant.toUTC());
    t.second = instant.toUTC().time().second();
    t.zone = icaltimezone_get_utc_timezone();
    return t;
}

void addText(icalcomponent* c, icalproperty* p, const QString& text) {
    if (text.isEmpty()) {
        icalproperty_free(p);
        return;
    }
    icalproperty_set_value(p, icalvalue_new_text(text.toUtf8().constData()));
    icalcomponent_add_property(c, p);
}

// The fields an item and an edited occurrence share.
void addFields(icalcomponent* e, const ContentItem& item, const QString& title, const QString& body,
               const QString& status, const QDateTime& start, int minutes,
               const QHash<qint64, QString>& groupNames, const QTimeZone& zone) {
    icalcomponent_add_property(e, icalproperty_new_uid(item.uid.toUtf8().constData()));
    icalcomponent_add_property(e, zoned(icalproperty_new_dtstart(ical::floating(start)), zone));
    icalcomponent_add_property(
        e,
        zoned(icalproperty_new_dtend(ical::floating(start.addSecs(qint64(minutes) * 60))), zone));
    addText(e, icalproperty_new_summary(""), title);
    addText(e, icalproperty_new_description(""), body);
    addText(e, icalproperty_new_categories(""), contentLine::label(item.contentLine));
    icalcomponent_add_property(e, icalproperty_new_status(icsfields::icalStatus(status)));
    icsfields::addX(e, icsfields::kChannel, item.channel);
    icsfields::addX(e, icsfields::kLine, item.contentLine);
    icsfields::addX(e, icsfields::kStatus, status);
    if (item.groupId > 0)
        icsfields::addX(e, icsfields::kGroup, groupNames.value(item.groupId));
    icsfields::addX(e, icsfields::kOwner, item.owner);
    for (const QString& path : item.attachments) {
        icalattach* a = icalattach_new_from_url(
            QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8().constData());
        icalcomponent_add_property(e, icalproperty_new_attach(a));
        icalattach_unref(a);
    }
}

// The rule for a reader: an UNTIL in local time becomes UTC, as RFC 5545 asks when DTSTART
// has a TZID.
QString exportedRule(const QString& rrule, const QTimeZone& zone) {
    const QDateTime until = ruleText::until(rrule);
    if (!until.isValid() || ruleText::untilIsUtc(rrule))
        return rrule;
    return ruleText::withUntil(rrule, time::fromWallClock(until.date(), until.time(), zone), true);
}

void addItem(icalcomponent* cal, const CalendarItemState& state,
             const QHash<qint64, QString>& groupNames, const QTimeZone& zone,
             const QDateTime& stamp) {
    const ContentItem& item = state.item;
    icalcomponent* e = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(e, icalproperty_new_dtstamp(utcTime(stamp)));
    if (item.createdAt.isValid())
        icalcomponent_add_property(e, icalproperty_new_created(utcTime(item.createdAt)));
    if (item.updatedAt.isValid())
        icalcomponent_add_property(e, icalproperty_new_lastmodified(utcTime(item.updatedAt)));
    addFields(e, item, item.title, item.body, item.status, item.startsAt, item.durationMin,
              groupNames, zone);
    if (!item.rrule.isEmpty()) {
        icalrecurrencetype rule;
        if (ical::parseRule(exportedRule(item.rrule, zone), &rule))
            icalcomponent_add_property(e, icalproperty_new_rrule(rule));
    }
    QList<const ContentException*> edited;
    for (const ContentException& x : state.exceptions) {
        if (item.rrule.isEmpty())
            break;
        if (x.skipped())
            icalcomponent_add_property(
                e, zoned(icalproperty_new_exdate(ical::floating(x.originalStart)), zone));
        else
            edited << &x;
    }
    icalcomponent_add_component(cal, e);
    for (const ContentException* x : edited) {
        icalcomponent* o = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(o, icalproperty_new_dtstamp(utcTime(stamp)));
        icalcomponent_add_property(
            o, zoned(icalproperty_new_recurrenceid(ical::floating(x->originalStart)), zone));
        addFields(o, item, x->title.isEmpty() ? item.title : x->title,
                  x->body.isEmpty() ? item.body : x->body,
                  x->status.isEmpty() ? item.status : x->status,
                  x->newStart.isValid() ? x->newStart : x->originalStart,
                  x->durationMin >= 0 ? x->durationMin : item.durationMin, groupNames, zone);
        icalcomponent_add_component(cal, o);
    }
}

} // namespace

QByteArray IcsExport::toIcs(const QList<CalendarItemState>& items,
                            const QHash<qint64, QString>& groupNames, const QTimeZone& zone,
                            const QDateTime& stamp) {
    ical::init();
    ical::Component cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    const QByteArray prodId = QByteArray("-//QunDesk//QunDesk ") + kVersion + "//EN";
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid(prodId.constData()));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icsfields::addX(cal.get(), "X-WR-CALNAME", tr("QunDesk content calendar"));
    icsfields::addX(cal.get(), "X-WR-TIMEZONE", QString::fromLatin1(zone.id()));
    int firstYear = stamp.date().year();
    int lastYear = firstYear + 2;
    for (const CalendarItemState& s : items) {
        firstYear = std::min(firstYear, s.item.startsAt.date().year());
        lastYear = std::max(lastYear, s.item.startsAt.date().year() + 2);
    }
    icalcomponent_add_component(cal.get(), icszone::vtimezone(zone, firstYear - 1, lastYear));
    for (const CalendarItemState& s : items)
        addItem(cal.get(), s, groupNames, zone, stamp);
    char* text = icalcomponent_as_ical_string_r(cal.get());
    QByteArray out(text);
    std::free(text);
    return out;
}

Result<QList<CalendarItemState>> IcsExport::select(const Database& db,
                                                   const IcsExportOptions& options) {
    ContentStore store(db);
    auto items = store.listAll(options.groupId);
    if (!items)
        return items.error();
    QList<qint64> ids;
    for (const ContentItem& i : items.value())
        ids << i.id;
    auto exceptions = store.exceptionsForItems(ids);
    if (!exceptions)
        return exceptions.error();
    const bool ranged = options.from.isValid() && options.to.isValid();
    const QDateTime from(options.from, QTime(0, 0), QTimeZone::utc());
    const QDateTime to(options.to.addDays(1), QTime(0, 0), QTimeZone::utc());
    QList<CalendarItemState> out;
    for (const ContentItem& i : items.value()) {
        const QList<ContentException> x = exceptions->value(i.id);
        if (ranged && expand(i, x, from, to).isEmpty())
            continue;
        out << CalendarItemState{i, x};
    }
    return out;
}

Result<int> IcsExport::write(const Database& db, const IcsExportOptions& options,
                             const QString& path) {
    auto target = TargetPath::forWriting(path, db.path());
    if (!target)
        return target.error();
    auto items = select(db, options);
    if (!items)
        return items.error();
    auto names = GroupStore(db).names();
    if (!names)
        return names.error();
    const QByteArray text =
        toIcs(items.value(), names.value(), SettingsStore(db).timeZone(), time::now());
    if (Status written = filesave::writeAll(target.value(), text); !written)
        return Error{written.error().message, path, 0};
    return int(items->size());
}

} // namespace qundesk::calendar
