// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace qundesk {

class Database;

namespace sop {

// One open task as the Today page and `task list` show it: names resolved, script rendered.
struct AgendaTask {
    qint64 id = 0;
    qint64 runId = 0;
    qint64 templateId = 0;
    qint64 memberId = 0; // 0 = group-wide
    qint64 groupId = 0;
    QDate occurrence;
    QDateTime dueAt;
    QDate dueDay; // the workspace day of dueAt
    QString status;
    QString holdReason; // stored key; FatigueGuard::describe() gives the words
    QString memberName;
    QString groupName;
    QString sopName;
    QString stepTitle;
    QString channel;
    QString script; // rendered
    QStringList checklist;
    bool touched = false; // its touch is recorded already (Copy)
};

class TaskAgenda {
public:
    // Open (pending, postponed) tasks of active runs due on or before `day` (workspace zone),
    // ordered by group name, then due time. Simulated runs only when asked (trainer mode).
    static Result<QList<AgendaTask>> dueBy(const Database& db, const QDate& day,
                                           bool includeSimulated = false);
    static Result<AgendaTask> one(const Database& db, qint64 taskId);

private:
    static Result<QList<AgendaTask>> select(const Database& db, const QString& where,
                                            const QVariantMap& binds);
};

} // namespace sop

} // namespace qundesk
