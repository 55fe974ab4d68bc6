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

// The workspace's calendar day of an instant in `zone` (DST-safe: converts, never adds hours).
QDate localDay(const QDateTime& instant, const QTimeZone& zone);

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
