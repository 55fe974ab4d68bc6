// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace qundesk {

class Database;

// Kinds of timeline events (stored nowhere; keys let the UI pick icons and colours).
namespace timelineKind {
QStringList keys(); // join, leave, messages, touch, order, note
QString label(const QString& key);
} // namespace timelineKind

// One thing that happened to a member. `at` is an instant (UTC); `text` is translated.
struct TimelineEvent {
    QDateTime at;
    QString kind;
    QString text;
    qint64 groupId = 0; // the group it concerns; 0 = none
};

// The story of one member as plain data: joins and leaves per group (memberships), one event
// per ISO week with messages (member_day_activity, all groups summed; `at` = Monday 00:00 of
// that week in the workspace zone), touches, orders, and the notes as one entry stamped with the
// member's last update. Oldest first; events at the same instant keep the order of the kinds.
class MemberTimeline {
    Q_DECLARE_TR_FUNCTIONS(MemberTimeline)

public:
    static Result<QList<TimelineEvent>> build(const Database& db, qint64 memberId);
    // As build(), with days bucketed in `zone` (tests, or a zone already known).
    static Result<QList<TimelineEvent>> build(const Database& db, qint64 memberId,
                                              const QTimeZone& zone);
};

} // namespace qundesk
