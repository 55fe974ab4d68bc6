// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace qundesk {

class Database;

namespace sop {

// Do-not-disturb and the private touch cap at planning time. Loaded once per refresh with the
// touches and planned private tasks of the 7 days before `from`, then asked about each task in
// turn; every task it admits on the private channel counts against the cap of the tasks after
// it. Group-channel (and Moments, live) tasks never count against the private cap.
class FatigueGuard {
    Q_DECLARE_TR_FUNCTIONS(FatigueGuard)

public:
    static Result<FatigueGuard> load(const Database& db, const QDateTime& from);

    // Why a task for `memberId` due at `dueAt` on `channel` is held, as a stored key ("dnd",
    // "dnd_until:2026-05-09", "cap:3"), or empty when it may go ahead (and then it counts).
    // The cap is on the rolling week up to the task: `cap` private touches in the 7 days before
    // it (itself excluded) hold it.
    QString admit(qint64 memberId, const QDateTime& dueAt, const QString& channel);

    // The do-not-disturb part of admit() alone ("dnd", "dnd_until:…" or empty); counts nothing.
    QString doNotDisturb(qint64 memberId, const QDateTime& dueAt) const;

    // The operator's words for a stored hold key.
    static QString describe(const QString& holdKey);

    int cap() const { return m_cap; }

private:
    struct Dnd {
        QDateTime until; // invalid = no end
    };
    int m_cap = 3;
    QTimeZone m_zone;
    QHash<qint64, Dnd> m_dnd;
    QHash<qint64, QList<QDateTime>> m_private; // per member, touches and planned private tasks
};

} // namespace sop

} // namespace qundesk
