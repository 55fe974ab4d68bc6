// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "sop/SopEngine.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace qundesk {

class Database;

// SOP playbooks as the user changes them: saving templates, applying one to a target, bringing
// the runs up to date, stopping a run. Each call is one transaction.
class SopService {
    Q_DECLARE_TR_FUNCTIONS(SopService)

public:
    struct Applied {
        qint64 runId = 0;
        bool reused = false; // the SOP already ran on that target: its run was brought up to date
        sop::RefreshCount count;
    };

    // Creates the template (id 0) or saves it with its steps; returns its id.
    static Result<qint64> saveTemplate(const Database& db, const SopTemplate& sop);
    static Status removeTemplate(const Database& db, qint64 templateId);

    // Applies a template to a group, segment or member (targetKind) from `startOn` (invalid =
    // today). Applying it again to the same target makes no new run and no task twice.
    // contextGroupId: the group a member run happens in ({group}), 0 = their first group.
    static Result<Applied> apply(const Database& db, qint64 templateId, const QString& targetKind,
                                 qint64 targetId, const QDate& startOn = {},
                                 bool simulated = false, qint64 contextGroupId = 0);
    // Brings every active run (groupId > 0: the runs on that group) up to `today` (invalid =
    // today in the workspace zone): new members, early exits, the rolling horizon.
    static Result<sop::RefreshCount> refresh(const Database& db, const QDate& today = {},
                                             qint64 groupId = 0);
    // Stops a run: its open tasks go, done and skipped ones stay for the statistics.
    static Status stopRun(const Database& db, qint64 runId);
};

} // namespace qundesk
