// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace qundesk {

// Keys are the stored values; labels are translated. The channel keys are shared by content
// items, SOP steps and touches.
namespace channel {
QStringList keys(); // group, private, moments, live
QString label(const QString& key);
bool isValid(const QString& key);
} // namespace channel

namespace contentLine {
QStringList keys(); // persona, marketing, feedback, activity, daily, topic
QString label(const QString& key);
bool isValid(const QString& key);
} // namespace contentLine

namespace contentStatus {
QStringList keys(); // idea, draft, scheduled, published, skipped
QString label(const QString& key);
bool isValid(const QString& key);
} // namespace contentStatus

// Local wall-clock times of the content calendar ("YYYY-MM-DDTHH:MM" in the workspace zone).
// Only date() and time() of the QDateTime carry meaning. fromStorage() returns them in a UTC
// carrier so that they never shift through the machine's own daylight-saving gaps; toStorage()
// ignores the time spec it is given.
namespace localTime {
QString toStorage(const QDateTime& local);
QDateTime fromStorage(const QString& text); // invalid when the text is not that form
// `date` `time` in the UTC carrier. Qt before 6.5 backs QTimeZone::utc() by the zone database
// (ICU), costly for the thousands of occurrences of a month: the UTC time spec is plain
// arithmetic and compares equal.
QDateTime carrier(const QDate& date, const QTime& time);
} // namespace localTime

// One planned post (table content_items). A non-empty rrule (RFC 5545 RRULE value without
// "RRULE:") makes it a series whose first occurrence is startsAt.
struct ContentItem {
    qint64 id = 0;
    QString uid;        // stable identity for iCalendar export; a UUID is generated when empty
    qint64 groupId = 0; // 0 = all groups: the item is planned in every group
    QString title;
    QString body;
    QString owner;           // who posts it (free text: the operator's or an assistant's name)
    QStringList attachments; // file paths, as the operator picked them
    QString channel = QStringLiteral("group");
    QString contentLine = QStringLiteral("daily");
    QString status = QStringLiteral("idea");
    QDateTime startsAt;   // local wall-clock time, minutes precision
    int durationMin = 30; // 0 .. kMaxDurationMin
    QString rrule;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Longest duration accepted (one week): bounds the overlap search to an indexed range.
    static constexpr int kMaxDurationMin = 7 * 24 * 60;
};

// One occurrence of a series moved or re-statused, keyed by the occurrence's original start.
struct ContentException {
    qint64 id = 0;
    qint64 itemId = 0;
    QDateTime originalStart; // local wall-clock time
    QDateTime newStart;      // local wall-clock time; invalid = not moved
    QString status;          // empty = the series' status; "skipped" removes the occurrence
    QString title;           // empty = the series' title
    QString body;            // empty = the series' body
    int durationMin = -1;    // -1 = the series' duration

    bool skipped() const { return status == QLatin1String("skipped"); }
};

} // namespace qundesk
