// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/IcsReader.h"

#include "calendar/IcalGlue.h"
#include "calendar/IcsFields.h"
#include "calendar/IcsZone.h"
#include "calendar/Recurrence.h"
#include "calendar/RuleText.h"
#include "util/Time.h"

#include <QCryptographicHash>
#include <QHash>
#include <QUrl>

#include <algorithm>
#include <cstdlib>

namespace qundesk::calendar {

namespace {

// Lines of each BEGIN:VEVENT, in order (libical keeps no line numbers).
QList<qint64> eventLines(const QByteArray& text) {
    QList<qint64> lines;
    qint64 line = 1;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        if (text.mid(at, end - at).trimmed().compare("BEGIN:VEVENT", Qt::CaseInsensitive) == 0)
            lines << line;
        ++line;
        at = end + 1;
    }
    return lines;
}

QString textOf(icalcomponent* e, icalproperty_kind kind) {
    icalproperty* p = icalcomponent_get_first_property(e, kind);
    if (!p)
        return {};
    const char* v = icalvalue_as_ical_string(icalproperty_get_value(p));
    if (kind == ICAL_SUMMARY_PROPERTY)
        v = icalproperty_get_summary(p);
    else if (kind == ICAL_DESCRIPTION_PROPERTY)
        v = icalproperty_get_description(p);
    else if (kind == ICAL_UID_PROPERTY)
        v = icalproperty_get_uid(p);
    return v ? QString::fromUtf8(v).trimmed() : QString();
}

// The content line a CATEGORIES value names (a key or its label), or empty.
QString lineFromCategories(icalcomponent* e) {
    for (icalproperty* p = icalcomponent_get_first_property(e, ICAL_CATEGORIES_PROPERTY); p;
         p = icalcomponent_get_next_property(e, ICAL_CATEGORIES_PROPERTY)) {
        const QString value = QString::fromUtf8(icalproperty_get_categories(p));
        for (const QString& part : value.split(QLatin1Char(','))) {
            for (const QString& key : contentLine::keys())
                if (part.trimmed().compare(key, Qt::CaseInsensitive) == 0 ||
                    part.trimmed() == contentLine::label(key))
                    return key;
        }
    }
    return {};
}

QDateTime wallClockOf(icalproperty* p, const QTimeZone& zone) {
    const QDateTime instant = icszone::instantOf(p, zone);
    return instant.isValid() ? time::wallClock(instant, zone) : QDateTime();
}

// Minutes from DTSTART to DTEND (or DURATION); 0 for an all-day event or none given.
int minutesOf(icalcomponent* e, const QTimeZone& zone) {
    icalproperty* start = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
    if (icszone::isDateOnly(start))
        return 0;
    qint64 secs = 0;
    if (icalproperty* end = icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY)) {
        secs = icszone::instantOf(start, zone).secsTo(icszone::instantOf(end, zone));
    } else if (icalproperty* d = icalcomponent_get_first_property(e, ICAL_DURATION_PROPERTY)) {
        secs = icaldurationtype_as_int(icalproperty_get_duration(d));
    }
    return int(std::clamp<qint64>(secs / 60, 0, ContentItem::kMaxDurationMin));
}

QString statusOf(icalcomponent* e) {
    const QString own = icsfields::x(e, icsfields::kStatus);
    if (contentStatus::isValid(own))
        return own;
    icalproperty* p = icalcomponent_get_first_property(e, ICAL_STATUS_PROPERTY);
    return icsfields::statusFrom(p ? icalproperty_get_status(p) : ICAL_STATUS_NONE);
}

// The rule with an UTC UNTIL turned into the workspace's wall-clock time.
QString ruleOf(icalcomponent* e, const QTimeZone& zone) {
    icalproperty* p = icalcomponent_get_first_property(e, ICAL_RRULE_PROPERTY);
    if (!p)
        return {};
    icalrecurrencetype r = icalproperty_get_rrule(p);
    char* text = icalrecurrencetype_as_string_r(&r);
    QString rule = QString::fromUtf8(text);
    std::free(text);
    if (ruleText::untilIsUtc(rule)) {
        const QDateTime until = ruleText::until(rule);
        rule = ruleText::withUntil(rule, time::wallClock(until, zone));
    }
    return rule;
}

Result<IcsEvent> eventOf(icalcomponent* e, const QTimeZone& zone) {
    IcsEvent ev;
    ContentItem& item = ev.item;
    item.startsAt = wallClockOf(icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY), zone);
    if (!item.startsAt.isValid())
        return Error{IcsReader::tr("The event has no start time it can read."), {}, 0};
    item.title = textOf(e, ICAL_SUMMARY_PROPERTY);
    if (item.title.isEmpty())
        item.title = IcsReader::tr("(untitled)");
    item.uid = textOf(e, ICAL_UID_PROPERTY);
    if (item.uid.isEmpty()) // no UID: one made from what the event says, the same each time
        item.uid = QString::fromLatin1(
            QCryptographicHash::hash((item.title + localTime::toStorage(item.startsAt)).toUtf8(),
                                     QCryptographicHash::Sha1)
                .toHex());
    item.body = textOf(e, ICAL_DESCRIPTION_PROPERTY);
    item.durationMin = minutesOf(e, zone);
    item.status = statusOf(e);
    const QString channel = icsfields::x(e, icsfields::kChannel);
    item.channel = channel::isValid(channel) ? channel : QStringLiteral("group");
    const QString line = icsfields::x(e, icsfields::kLine);
    item.contentLine = contentLine::isValid(line) ? line : lineFromCategories(e);
    if (item.contentLine.isEmpty())
        item.contentLine = QStringLiteral("daily");
    item.owner = icsfields::x(e, icsfields::kOwner);
    ev.groupName = icsfields::x(e, icsfields::kGroup);
    for (icalproperty* p = icalcomponent_get_first_property(e, ICAL_ATTACH_PROPERTY); p;
         p = icalcomponent_get_next_property(e, ICAL_ATTACH_PROPERTY)) {
        icalattach* a = icalproperty_get_attach(p);
        if (a && icalattach_get_is_url(a)) {
            const QUrl url(QString::fromUtf8(icalattach_get_url(a)));
            item.attachments << (url.isLocalFile() ? url.toLocalFile() : url.toString());
        }
    }
    item.rrule = ruleOf(e, zone);
    if (!item.rrule.isEmpty()) {
        if (Status ok = checkRule(item.rrule); !ok)
            return ok.error();
        for (icalproperty* p = icalcomponent_get_first_property(e, ICAL_EXDATE_PROPERTY); p;
             p = icalcomponent_get_next_property(e, ICAL_EXDATE_PROPERTY)) {
            ContentException x;
            x.originalStart = wallClockOf(p, zone);
            if (icszone::isDateOnly(p)) // a date alone: the occurrence of that day
                x.originalStart.setTime(item.startsAt.time());
            x.status = QStringLiteral("skipped");
            if (x.originalStart.isValid())
                ev.exceptions << x;
        }
    }
    return ev;
}

// An edited occurrence (a VEVENT with RECURRENCE-ID) as an exception of `series`.
ContentException overrideOf(icalcomponent* e, const ContentItem& series, const QTimeZone& zone) {
    ContentException x;
    x.originalStart =
        wallClockOf(icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY), zone);
    const QDateTime start =
        wallClockOf(icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY), zone);
    if (start.isValid() && localTime::toStorage(start) != localTime::toStorage(x.originalStart))
        x.newStart = start;
    const QString title = textOf(e, ICAL_SUMMARY_PROPERTY);
    if (!title.isEmpty() && title != series.title)
        x.title = title;
    const QString body = textOf(e, ICAL_DESCRIPTION_PROPERTY);
    if (body != series.body)
        x.body = body;
    const int minutes = minutesOf(e, zone);
    if (minutes != series.durationMin)
        x.durationMin = minutes;
    const QString status = statusOf(e);
    if (status != series.status)
        x.status = status;
    return x;
}

} // namespace

Result<IcsReadResult> IcsReader::read(const QByteArray& text, const QTimeZone& zone) {
    ical::init();
    if (!text.trimmed().startsWith("BEGIN:VCALENDAR"))
        return Error{tr("This is not an iCalendar file (it does not begin with "
                        "BEGIN:VCALENDAR)."),
                     {},
                     0};
    ical::Component root(icalparser_parse_string(text.constData()));
    if (!root)
        return Error{tr("libical cannot read this iCalendar file."), {}, 0};
    QList<icalcomponent*> events;
    const auto collect = [&](icalcomponent* cal) {
        for (icalcomponent* e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
            events << e;
    };
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        collect(root.get());
    } else {
        for (icalcomponent* c =
                 icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
             c; c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            collect(c);
    }
    const QList<qint64> lines = eventLines(text);
    IcsReadResult result;
    QHash<QString, qsizetype> byUid;
    QList<qsizetype> overrides;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const qint64 line = i < lines.size() ? lines.at(i) : 0;
        if (icalcomponent_get_first_property(events[i], ICAL_RECURRENCEID_PROPERTY)) {
            overrides << i;
            continue;
        }
        auto ev = eventOf(events[i], zone);
        if (!ev) {
            result.problems.skip(line, ev.error().message);
            continue;
        }
        ev->line = line;
        if (byUid.contains(ev->item.uid)) {
            result.problems.skip(line, tr("A second event with the UID “%1”.").arg(ev->item.uid));
            continue;
        }
        byUid.insert(ev->item.uid, result.events.size());
        result.events << ev.value();
    }
    for (qsizetype i : overrides) {
        const qint64 line = i < lines.size() ? lines.at(i) : 0;
        const QString uid = textOf(events[i], ICAL_UID_PROPERTY);
        if (!byUid.contains(uid) || result.events[byUid.value(uid)].item.rrule.isEmpty()) {
            result.problems.skip(line, tr("A changed occurrence of a series that is not in the "
                                          "file (UID “%1”).")
                                           .arg(uid));
            continue;
        }
        IcsEvent& series = result.events[byUid.value(uid)];
        const ContentException x = overrideOf(events[i], series.item, zone);
        if (!x.originalStart.isValid()) {
            result.problems.skip(line, tr("The changed occurrence has no RECURRENCE-ID it can "
                                          "read."));
            continue;
        }
        series.exceptions << x;
    }
    return result;
}

} // namespace qundesk::calendar
