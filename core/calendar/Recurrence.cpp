// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/Recurrence.h"

#include "calendar/IcalGlue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace qundesk::calendar {

namespace {

// An iterator over the rule's starts from dtstart; empty when the rule does not parse.
ical::Iterator iterate(const QString& rrule, const QDateTime& dtstart,
                       icalrecurrencetype* parsed = nullptr) {
    icalrecurrencetype rule;
    if (!dtstart.isValid() || !ical::parseRule(rrule, &rule))
        return {};
    if (parsed)
        *parsed = rule;
    return ical::Iterator(icalrecur_iterator_new(rule, ical::floating(dtstart)));
}

// Next start, or invalid at the end of the series.
QDateTime next(icalrecur_iterator* it) {
    const icaltimetype t = icalrecur_iterator_next(it);
    return icaltime_is_null_time(t) ? QDateTime() : ical::wallClockOf(t);
}

// Keyed by the minute-precision storage form, as exceptions are.
QString key(const QDateTime& wallClock) {
    return localTime::toStorage(wallClock);
}

Occurrence occurrenceOf(const ContentItem& item, const QDateTime& originalStart) {
    Occurrence o;
    o.itemId = item.id;
    o.groupId = item.groupId;
    o.originalStart = originalStart;
    o.start = originalStart;
    o.durationMin = item.durationMin;
    o.title = item.title;
    o.channel = item.channel;
    o.contentLine = item.contentLine;
    o.status = item.status;
    o.recurring = !item.rrule.isEmpty();
    return o;
}

void apply(Occurrence& o, const ContentException& e) {
    o.changed = true;
    if (e.newStart.isValid())
        o.start = e.newStart;
    if (!e.status.isEmpty())
        o.status = e.status;
    if (!e.title.isEmpty())
        o.title = e.title;
    if (e.durationMin >= 0)
        o.durationMin = e.durationMin;
}

bool shows(const Occurrence& o, const QDateTime& from, const QDateTime& to) {
    return o.start < to && (o.start >= from || o.end() > from);
}

} // namespace

Status checkRule(const QString& rrule) {
    icalrecurrencetype rule;
    QString reason;
    if (!ical::parseRule(rrule, &rule, &reason))
        return Error{QCoreApplication::translate("Recurrence",
                                                 "“%1” is not a recurrence rule QunDesk can read "
                                                 "(%2).")
                         .arg(rrule, reason),
                     {},
                     0};
    return {};
}

QList<QDateTime> ruleStarts(const QString& rrule, const QDateTime& dtstart, const QDateTime& from,
                            const QDateTime& to, int limit) {
    QList<QDateTime> starts;
    icalrecurrencetype rule;
    ical::Iterator it = iterate(rrule, dtstart, &rule);
    if (!it)
        return starts;
    // Without a COUNT, libical can jump to the window instead of walking from the first start.
    if (rule.count == 0 && from > dtstart)
        icalrecur_iterator_set_start(it.get(), ical::floating(from));
    // A bound on steps as well as on results: a rule whose starts all lie before `from` (or
    // that libical cannot advance) still ends.
    for (int steps = 0; steps < kMaxStarts * 4 && starts.size() < limit; ++steps) {
        const QDateTime start = next(it.get());
        if (!start.isValid() || start >= to)
            break;
        if (start >= from)
            starts << start;
    }
    return starts;
}

int startsBefore(const QString& rrule, const QDateTime& dtstart, const QDateTime& before) {
    return int(ruleStarts(rrule, dtstart, dtstart, before).size());
}

bool isStart(const QString& rrule, const QDateTime& dtstart, const QDateTime& at) {
    const QList<QDateTime> found = ruleStarts(rrule, dtstart, at, at.addSecs(60), 1);
    return !found.isEmpty() && key(found.first()) == key(at);
}

QDateTime lastStart(const QString& rrule, const QDateTime& dtstart) {
    icalrecurrencetype rule;
    ical::Iterator it = iterate(rrule, dtstart, &rule);
    if (!it || (rule.count == 0 && icaltime_is_null_time(rule.until)))
        return {};
    QDateTime last;
    for (int steps = 0; steps < kMaxStarts * 4; ++steps) {
        const QDateTime start = next(it.get());
        if (!start.isValid())
            break;
        last = start;
    }
    return last;
}

QList<Occurrence> expand(const ContentItem& item, const QList<ContentException>& exceptions,
                         const QDateTime& from, const QDateTime& to) {
    QList<Occurrence> out;
    if (item.rrule.isEmpty()) {
        const Occurrence o = occurrenceOf(item, item.startsAt);
        if (shows(o, from, to))
            out << o;
        return out;
    }
    QHash<QString, const ContentException*> byOriginal;
    for (const ContentException& e : exceptions)
        byOriginal.insert(key(e.originalStart), &e);

    // Originals that may show: an occurrence overlapping `from` started at most its duration
    // before it.
    const QDateTime earliest = from.addSecs(-qint64(item.durationMin) * 60);
    QSet<QString> seen;
    const QList<QDateTime> originals = ruleStarts(item.rrule, item.startsAt, earliest, to);
    out.reserve(originals.size());
    for (const QDateTime& original : originals) {
        Occurrence o = occurrenceOf(item, original);
        if (!exceptions.isEmpty()) { // keys only when there is something to look up
            const QString k = key(original);
            seen.insert(k);
            if (const ContentException* e = byOriginal.value(k))
                apply(o, *e);
        }
        if (shows(o, from, to))
            out << o;
    }
    // Occurrences moved into the window from outside it (still starts of the rule).
    for (const ContentException& e : exceptions) {
        if (!e.newStart.isValid() || seen.contains(key(e.originalStart)))
            continue;
        Occurrence o = occurrenceOf(item, e.originalStart);
        apply(o, e);
        if (shows(o, from, to) && isStart(item.rrule, item.startsAt, e.originalStart))
            out << o;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Occurrence& a, const Occurrence& b) { return a.start < b.start; });
    return out;
}

} // namespace qundesk::calendar
