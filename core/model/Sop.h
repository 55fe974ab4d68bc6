// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace qundesk {

// Keys are the stored values; labels are translated.
namespace sopTarget {
QStringList keys(); // group, segment, member
QString label(const QString& key);
bool isValid(const QString& key);
} // namespace sopTarget

namespace sopScenario {
// new_member, festival, conversion, new_group, periodic, campaign, reactivation, birthday
QStringList keys();
QString label(const QString& key);
bool isValid(const QString& key);
} // namespace sopScenario

namespace sopAnchor {
QStringList keys(); // join (day 0 = the target joined), start (day 0 = the SOP started)
QString label(const QString& key);
bool isValid(const QString& key);
} // namespace sopAnchor

namespace sopTiming {
QStringList keys(); // day_offset, fixed_date, weekday
QString label(const QString& key);
bool isValid(const QString& key);
} // namespace sopTiming

namespace sopRunStatus {
QStringList keys(); // active, finished, stopped
QString label(const QString& key);
bool isValid(const QString& key);
} // namespace sopRunStatus

namespace sopTaskStatus {
QStringList keys(); // pending, done, skipped, postponed
QString label(const QString& key);
bool isValid(const QString& key);
} // namespace sopTaskStatus

// One timed step of a playbook. Which timing field counts depends on timingKind:
// day_offset -> dayOffset (days after the anchor, 0 = the anchor day), fixed_date -> fixedDate,
// weekday -> weekday (1 = Monday … 7 = Sunday). The send window is local wall-clock time.
struct SopStep {
    qint64 id = 0;
    qint64 templateId = 0;
    int position = 0; // 1-based; the store rewrites it from the order of the template's list
    QString title;
    QString timingKind = QStringLiteral("day_offset");
    int dayOffset = 0;
    QDate fixedDate;
    int weekday = 0; // 0 = none
    QTime windowStart = QTime(9, 0);
    QTime windowEnd = QTime(21, 0);
    QString channel = QStringLiteral("group");
    QString script; // with placeholders such as {nickname}, {group}, {operator}
    // A day_offset step with repeatDays > 0 comes back every repeatDays days after its first
    // day (open-ended, planned on a rolling horizon); weekday steps come back every week.
    int repeatDays = 0;
    QStringList checklist; // things to tick off before the step counts as done

    bool isOpenEnded() const {
        return timingKind == QLatin1String("weekday") ||
               (timingKind == QLatin1String("day_offset") && repeatDays > 0);
    }
};

// A playbook (SOP 剧本). stopCondition and endActions are JSON text interpreted in core/sop.
struct SopTemplate {
    qint64 id = 0;
    QString uid; // stable identity for sharing (JSON export/import); generated when empty
    QString name;
    QString scenario = QStringLiteral("new_member");
    QString description;
    QString language = QStringLiteral("zh_CN");
    QString targetKind = QStringLiteral("member");
    QString anchor = QStringLiteral("join");
    QString stopCondition;
    QString endActions;
    bool builtin = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<SopStep> steps; // in position order
};

// One application of a template to a target. Exactly one of groupId / segmentId / memberId is
// the target (per targetKind); a member run may also carry its group for the {group} placeholder.
struct SopRun {
    qint64 id = 0;
    qint64 templateId = 0;
    QString targetKind;
    qint64 groupId = 0;
    qint64 segmentId = 0;
    qint64 memberId = 0;
    QDate startedOn; // workspace day
    QString status = QStringLiteral("active");
    QDateTime endedAt;      // invalid while active
    bool simulated = false; // trainer mode / dry run: excluded from completion statistics
    QDateTime createdAt;
};

// One dated thing to do for one target of a run.
struct SopTask {
    qint64 id = 0;
    qint64 runId = 0;
    qint64 stepId = 0;   // 0 = its step was deleted from the template
    qint64 memberId = 0; // 0 = group-wide task
    qint64 groupId = 0;
    QDate occurrence; // the workspace day it is planned for (with run, step, member: its key)
    QDateTime dueAt;  // instant, UTC
    QString status = QStringLiteral("pending");
    QString holdReason; // pending but held (do-not-disturb, touch cap); empty = free to do
    QString reason; // why it was skipped or postponed
    QDateTime doneAt;
};

namespace sopTargetStatus {
QStringList keys(); // active, finished, exited
} // namespace sopTargetStatus

// One member covered by a run, with the day their timeline counts from (their join day or the
// day they entered the run). finished: every step settled; exited: the early-exit condition
// held, or they left the targeted group or segment.
struct SopRunTarget {
    qint64 runId = 0;
    qint64 memberId = 0;
    qint64 groupId = 0; // the group the member is cared for in (0 = none)
    QDate anchorDay;
    QString status = QStringLiteral("active");
    QDate endedOn;
};

// Completion of one step of a template over its (non-simulated) runs.
struct SopStepCompletion {
    qint64 stepId = 0;
    int position = 0;
    QString title;
    qint64 done = 0;
    qint64 total = 0;
};

} // namespace qundesk
