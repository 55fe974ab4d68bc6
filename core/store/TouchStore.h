// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Touch.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

class Database;

// The outreach log (table touches), read by the fatigue checks before a task or post is planned.
class TouchStore {
    Q_DECLARE_TR_FUNCTIONS(TouchStore)

public:
    explicit TouchStore(const Database& db);

    Result<qint64> add(const Touch& touch); // returns the new id; touchedAt defaults to now
    Status remove(qint64 id);

    // A member's touches, newest first.
    Result<QList<Touch>> listForMember(qint64 memberId) const;
    // Touches on the private channel with from <= touchedAt < to (the per-week fatigue cap).
    Result<qint64> countPrivateTouches(qint64 memberId, const QDateTime& from,
                                       const QDateTime& to) const;

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
