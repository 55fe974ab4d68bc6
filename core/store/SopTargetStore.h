// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

class Database;

// The members each SOP run covers (table sop_run_targets). No transaction of its own: the SOP
// service wraps the engine's writes in one.
class SopTargetStore {
    Q_DECLARE_TR_FUNCTIONS(SopTargetStore)

public:
    explicit SopTargetStore(const Database& db);

    Result<QList<SopRunTarget>> list(qint64 runId) const; // by member id
    Status add(const QList<SopRunTarget>& targets);
    // Ends (finished / exited) or reopens (active) one member's timeline in a run.
    Status setStatus(qint64 runId, qint64 memberId, const QString& status, const QDate& endedOn);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
