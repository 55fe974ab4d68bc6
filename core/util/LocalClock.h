// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QTimeZone>

namespace qundesk {

// Fast conversions between instants (seconds since the epoch, UTC) and one zone's wall clock,
// for imports and rebuilds that convert a time per row: the zone's offset is looked up once
// per quarter hour (every real zone changes its offset on a quarter-hour boundary) and cached.
// Days and hours agree with time::localDay / time::fromWallClock.
class LocalClock {
public:
    explicit LocalClock(QTimeZone zone)
        : m_zone(std::move(zone)) {}

    // The wall-clock seconds (counted as if UTC) `zone` shows at `utcSeconds`.
    qint64 toLocal(qint64 utcSeconds);
    // The instant at which the zone's clocks show `wallSeconds` (a skipped time counts from the
    // start of its day, as time::fromWallClock).
    qint64 toUtc(qint64 wallSeconds);

    // Day and hour of wall-clock seconds.
    static QDate dayOf(qint64 wallSeconds);
    static int hourOf(qint64 wallSeconds);
    // Storage forms (time::toStorage, time::dayToStorage) written by hand.
    static QString instantToStorage(qint64 utcSeconds);
    static QString dayToStorage(qint64 wallSeconds);
    // Seconds of a stored instant ("2026-05-03T12:00:00Z"), or false when it is no such text.
    static bool instantFromStorage(const QString& text, qint64* utcSeconds);

private:
    QTimeZone m_zone;
    QHash<qint64, int> m_offsets;     // UTC quarter hour -> offset
    QHash<qint64, int> m_wallOffsets; // wall-clock quarter hour -> offset
};

} // namespace qundesk
