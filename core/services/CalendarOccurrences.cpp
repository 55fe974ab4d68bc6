// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// CalendarService's edits of single occurrences of a series: move, skip, remove, edit, each
// for "this one", "this and following" or "all".
#include "calendar/Recurrence.h"
#include "calendar/RuleText.h"
#include "services/CalendarSeries.h"
#include "services/CalendarService.h"
#include "services/ServiceTransaction.h"
#include "store/ContentStore.h"

namespace qundesk {

namespace {

using calendarSeries::load;
using calendarSeries::shiftExceptions;

QString key(const QDateTime& wallClock) {
    return localTime::toStorage(wallClock);
}

// The exception of `original` in `state`, or a fresh one.
ContentException exceptionOf(const CalendarItemState& state, const QDateTime& original) {
    for (const ContentException& e : state.exceptions)
        if (key(e.originalStart) == key(original))
            return e;
    ContentException e;
    e.itemId = state.item.id;
    e.originalStart = original;
    return e;
}

bool isEmpty(const ContentException& e) {
    return !e.newStart.isValid() && e.status.isEmpty() && e.title.isEmpty() && e.body.isEmpty() &&
           e.durationMin < 0;
}

// Stores `e`, or removes the exception when nothing is left in it.
Status store(ContentStore& store, const CalendarItemState& state, const ContentException& e) {
    if (!isEmpty(e))
        return store.putException(e);
    for (const ContentException& old : state.exceptions)
        if (key(old.originalStart) == key(e.originalStart))
            return store.removeException(state.item.id, e.originalStart);
    return {};
}

Status checkOccurrence(const CalendarItemState& state, const QDateTime& original) {
    if (calendar::isStart(state.item.rrule, state.item.startsAt, original))
        return {};
    return Error{CalendarService::tr("“%1” has no occurrence at %2.")
                     .arg(state.item.title, localTime::toStorage(original)),
                 {},
                 0};
}

// The series ends just before `original`: its COUNT becomes the starts before it, or its
// UNTIL the minute before it. Exceptions from `original` on are dropped from it.
Status endBefore(ContentStore& s, const CalendarItemState& state, const QDateTime& original) {
    ContentItem old = state.item;
    const int before = calendar::startsBefore(old.rrule, old.startsAt, original);
    old.rrule = calendar::ruleText::count(old.rrule) > 0
                    ? calendar::ruleText::withCount(old.rrule, before)
                    : calendar::ruleText::withUntil(old.rrule, original.addSecs(-60));
    if (Status u = s.update(old); !u)
        return u;
    QList<ContentException> kept;
    for (const ContentException& e : state.exceptions)
        if (e.originalStart < original)
            kept << e;
    return s.replaceExceptions(old.id, kept);
}

Result<CalendarChange> editSeries(const Database& db, CalendarItemState state,
                                  const QDateTime& original, const ContentItem& edited,
                                  EditScope scope) {
    ContentStore s(db);
    const ContentItem& item = state.item;
    const CalendarChange change{{state}, {}};
    if (item.rrule.isEmpty()) {
        ContentItem single = edited;
        single.id = item.id;
        single.uid = item.uid;
        if (Status u = s.update(single); !u)
            return u.error();
        return change;
    }
    if (Status ok = checkOccurrence(state, original); !ok)
        return ok.error();
    const qint64 shift = original.secsTo(edited.startsAt);
    if (scope == EditScope::ThisAndFollowing && key(original) == key(item.startsAt))
        scope = EditScope::All;

    if (scope == EditScope::All) {
        ContentItem series = edited;
        series.id = item.id;
        series.uid = item.uid;
        series.startsAt = item.startsAt.addSecs(shift);
        if (Status u = s.update(series); !u)
            return u.error();
        QList<ContentException> others;
        for (const ContentException& e : state.exceptions)
            if (key(e.originalStart) != key(original))
                others << e;
        if (Status r = s.replaceExceptions(
                item.id, shiftExceptions(others, series.rrule, series.startsAt, shift));
            !r)
            return r.error();
        return change;
    }

    if (scope == EditScope::ThisOne) {
        const bool detach = edited.groupId != item.groupId || edited.channel != item.channel ||
                            edited.contentLine != item.contentLine ||
                            edited.owner.trimmed() != item.owner ||
                            edited.attachments != item.attachments;
        ContentException e = exceptionOf(state, original);
        if (detach) {
            ContentItem single = edited;
            single.id = 0;
            single.uid.clear();
            single.rrule.clear();
            auto id = s.create(single);
            if (!id)
                return id.error();
            e = exceptionOf(state, original);
            e.status = QStringLiteral("skipped");
            if (Status p = s.putException(e); !p)
                return p.error();
            return CalendarChange{{state}, {id.value()}};
        }
        e.newStart = key(edited.startsAt) == key(original) ? QDateTime() : edited.startsAt;
        e.status = edited.status == item.status ? QString() : edited.status;
        e.title = edited.title.trimmed() == item.title ? QString() : edited.title.trimmed();
        e.body = edited.body == item.body ? QString() : edited.body;
        e.durationMin = edited.durationMin == item.durationMin ? -1 : edited.durationMin;
        if (Status p = store(s, state, e); !p)
            return p.error();
        return change;
    }

    // This and following: the series ends before the occurrence, a new one starts there.
    const int oldCount = calendar::ruleText::count(item.rrule);
    const int before = calendar::startsBefore(item.rrule, item.startsAt, original);
    ContentItem next = edited;
    next.id = 0;
    next.uid.clear();
    if (oldCount > 0 && calendar::ruleText::count(next.rrule) == oldCount)
        next.rrule = calendar::ruleText::withCount(next.rrule, qMax(1, oldCount - before));
    auto nextId = s.create(next);
    if (!nextId)
        return nextId.error();
    QList<ContentException> following;
    for (const ContentException& e : state.exceptions)
        if (e.originalStart > original)
            following << e;
    if (Status r = s.replaceExceptions(
            nextId.value(), shiftExceptions(following, next.rrule, next.startsAt, shift));
        !r)
        return r.error();
    if (Status end = endBefore(s, state, original); !end)
        return end.error();
    return CalendarChange{{state}, {nextId.value()}};
}

} // namespace

Result<CalendarChange> CalendarService::editOccurrence(const Database& db, qint64 itemId,
                                                       const QDateTime& originalStart,
                                                       const ContentItem& edited, EditScope scope) {
    return services::inTransaction(db, [&]() -> Result<CalendarChange> {
        auto state = load(ContentStore(db), itemId);
        if (!state)
            return state.error();
        return editSeries(db, state.value(), originalStart, edited, scope);
    });
}

Result<CalendarChange> CalendarService::moveOccurrence(const Database& db, qint64 itemId,
                                                       const QDateTime& originalStart,
                                                       const QDateTime& newStart, EditScope scope) {
    return services::inTransaction(db, [&]() -> Result<CalendarChange> {
        ContentStore s(db);
        auto state = load(s, itemId);
        if (!state)
            return state.error();
        if (!newStart.isValid())
            return Error{tr("A calendar item needs a start time."), {}, 0};
        if (state->item.rrule.isEmpty() || scope != EditScope::ThisOne) {
            ContentItem edited = state->item;
            edited.startsAt = newStart.addSecs(0);
            return editSeries(db, state.value(), originalStart, edited, scope);
        }
        if (Status ok = checkOccurrence(state.value(), originalStart); !ok)
            return ok.error();
        // Only the start changes; what else the occurrence has of its own stays.
        ContentException e = exceptionOf(state.value(), originalStart);
        e.newStart = key(newStart) == key(originalStart) ? QDateTime() : newStart;
        if (Status p = store(s, state.value(), e); !p)
            return p.error();
        return CalendarChange{{state.value()}, {}};
    });
}

Result<CalendarChange> CalendarService::skipOccurrence(const Database& db, qint64 itemId,
                                                       const QDateTime& originalStart) {
    return services::inTransaction(db, [&]() -> Result<CalendarChange> {
        ContentStore s(db);
        auto state = load(s, itemId);
        if (!state)
            return state.error();
        if (state->item.rrule.isEmpty()) {
            ContentItem single = state->item;
            single.status = QStringLiteral("skipped");
            if (Status u = s.update(single); !u)
                return u.error();
            return CalendarChange{{state.value()}, {}};
        }
        if (Status ok = checkOccurrence(state.value(), originalStart); !ok)
            return ok.error();
        ContentException e = exceptionOf(state.value(), originalStart);
        e.status = QStringLiteral("skipped");
        if (Status p = s.putException(e); !p)
            return p.error();
        return CalendarChange{{state.value()}, {}};
    });
}

Result<CalendarChange> CalendarService::removeOccurrence(const Database& db, qint64 itemId,
                                                         const QDateTime& originalStart,
                                                         EditScope scope) {
    return services::inTransaction(db, [&]() -> Result<CalendarChange> {
        ContentStore s(db);
        auto state = load(s, itemId);
        if (!state)
            return state.error();
        const bool whole = scope == EditScope::All || state->item.rrule.isEmpty() ||
                           (scope == EditScope::ThisAndFollowing &&
                            key(originalStart) == key(state->item.startsAt));
        if (whole) {
            if (Status r = s.remove(itemId); !r)
                return r.error();
            return CalendarChange{{state.value()}, {}};
        }
        if (Status ok = checkOccurrence(state.value(), originalStart); !ok)
            return ok.error();
        if (scope == EditScope::ThisOne) {
            ContentException e = exceptionOf(state.value(), originalStart);
            e.status = QStringLiteral("skipped");
            if (Status p = s.putException(e); !p)
                return p.error();
        } else if (Status end = endBefore(s, state.value(), originalStart); !end) {
            return end.error();
        }
        return CalendarChange{{state.value()}, {}};
    });
}

} // namespace qundesk
