// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTimeZone>

namespace qundesk::time {

// Storage forms (see db/SchemaV1.cpp): instants as UTC ISO 8601 with Z, days as YYYY-MM-DD.
QString toStorage(const QDateTime& instant);
QDateTime fromStorage(const QString& text);
QString dayToStorage(const QDate& day);
// The instant `day` begins in `zone` (its first moment, where DST skips midnight), as stored.
QString dayStartToStorage(const QDate& day, const QTimeZone& zone);
QDate dayFromStorage(const QString& text);

// THE function that turns an instant into a workspace day: its calendar day in `zone`, the
// workspace's stored time zone (DST-safe: converts, never adds hours). Day buckets, "today",
// silent days, stages and reports all come from it (LocalDays below is its fast batch form).
QDate localDay(const QDateTime& instant, const QTimeZone& zone);

// The wall-clock date and time `zone`'s clocks show at `instant`, labelled UTC so an editor
// (QDateTimeEdit) shows and edits exactly that, whatever the machine's own zone is.
QDateTime wallClock(const QDateTime& instant, const QTimeZone& zone);
// The instant at which `zone`'s clocks show `date` `time`. A time skipped by a daylight-saving
// change counts from the start of its day (02:30 on a day that jumps from 02:00 to 03:00 is
// 03:30).
QDateTime fromWallClock(const QDate& date, const QTime& time, const QTimeZone& zone);

// Now, or the fixed instant set for tests and the trainer's simulated clock.
QDateTime now();
QDate today(const QTimeZone& zone);
void setFixedNow(const QDateTime& instant); // invalid QDateTime = real clock again

// Calendar days of many stored instants in one zone, fast: parses the storage form by position
// and caches the zone's UTC offset per quarter hour (every real zone changes its offset on a
// quarter-hour boundary), so 100,000 conversions cost milliseconds, not a second.
class LocalDays {
public:
    explicit LocalDays(QTimeZone zone)
        : m_zone(std::move(zone)) {}
    QDate dayOf(const QString& storedInstant);

private:
    QTimeZone m_zone;
    QHash<qint64, int> m_offsets; // quarter-hour index since the epoch -> offset in seconds
};

} // namespace qundesk::time
