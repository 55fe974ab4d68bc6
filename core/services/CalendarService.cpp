// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/CalendarService.h"

#include "calendar/Recurrence.h"
#include "services/CalendarSeries.h"
#include "services/ServiceTransaction.h"
#include "store/ContentStore.h"

#include <QSet>

namespace qundesk {

QList<qint64> CalendarChange::touchedIds() const {
    QList<qint64> ids = created;
    for (const CalendarItemState& s : before)
        if (!ids.contains(s.item.id))
            ids << s.item.id;
    return ids;
}

namespace calendarSeries {

Result<CalendarItemState> load(const ContentStore& store, qint64 itemId) {
    auto item = store.get(itemId);
    if (!item)
        return item.error();
    auto exceptions = store.exceptionsFor(itemId);
    if (!exceptions)
        return exceptions.error();
    return CalendarItemState{item.value(), exceptions.value()};
}

QList<ContentException> shiftExceptions(const QList<ContentException>& exceptions,
                                        const QString& rrule, const QDateTime& dtstart,
                                        qint64 shiftSecs) {
    QList<ContentException> kept;
    if (rrule.isEmpty())
        return kept;
    for (ContentException e : exceptions) {
        e.originalStart = e.originalStart.addSecs(shiftSecs);
        if (calendar::isStart(rrule, dtstart, e.originalStart))
            kept << e;
    }
    return kept;
}

} // namespace calendarSeries

Result<qint64> CalendarService::create(const Database& db, const ContentItem& item) {
    return services::inTransaction(db, [&]() -> Result<qint64> {
        ContentItem fresh = item;
        fresh.id = 0;
        return ContentStore(db).create(fresh);
    });
}

Result<CalendarChange> CalendarService::update(const Database& db, const ContentItem& item) {
    return services::inTransaction(db, [&]() -> Result<CalendarChange> {
        ContentStore store(db);
        auto before = calendarSeries::load(store, item.id);
        if (!before)
            return before.error();
        const qint64 shift = before->item.startsAt.secsTo(item.startsAt);
        if (Status s = store.update(item); !s)
            return s.error();
        const QList<ContentException> kept = calendarSeries::shiftExceptions(
            before->exceptions, item.rrule.trimmed(), item.startsAt, shift);
        if (Status s = store.replaceExceptions(item.id, kept); !s)
            return s.error();
        return CalendarChange{{before.value()}, {}};
    });
}

Result<CalendarChange> CalendarService::remove(const Database& db, qint64 itemId) {
    return services::inTransaction(db, [&]() -> Result<CalendarChange> {
        ContentStore store(db);
        auto before = calendarSeries::load(store, itemId);
        if (!before)
            return before.error();
        if (Status s = store.remove(itemId); !s)
            return s.error();
        return CalendarChange{{before.value()}, {}};
    });
}

Result<QList<CalendarItemState>> CalendarService::states(const Database& db,
                                                         const QList<qint64>& itemIds) {
    ContentStore store(db);
    QList<CalendarItemState> out;
    for (qint64 id : itemIds) {
        auto item = store.get(id);
        if (!item)
            continue; // removed: nothing to write back
        auto exceptions = store.exceptionsFor(id);
        if (!exceptions)
            return exceptions.error();
        out << CalendarItemState{item.value(), exceptions.value()};
    }
    return out;
}

Status CalendarService::writeBack(const Database& db, const QList<CalendarItemState>& states,
                                  const QList<qint64>& removeIds) {
    return services::inTransaction(db, [&]() -> Status {
        ContentStore store(db);
        QSet<qint64> kept;
        for (const CalendarItemState& s : states)
            kept.insert(s.item.id);
        for (qint64 id : removeIds) {
            if (kept.contains(id))
                continue;
            if (auto exists = store.get(id); exists)
                if (Status s = store.remove(id); !s)
                    return s;
        }
        for (const CalendarItemState& s : states) {
            if (Status r = store.restore(s.item); !r)
                return r;
            if (Status r = store.replaceExceptions(s.item.id, s.exceptions); !r)
                return r;
        }
        return {};
    });
}

} // namespace qundesk
