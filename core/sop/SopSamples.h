// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "sop/ScriptRenderer.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace qundesk {

class Database;

namespace sop {

struct SampleMember {
    qint64 memberId = 0;
    QString name;
    QString groupName; // the group they joined first among their current ones (empty: none)
};

// Real members to render scripts for in the editor and the dry run.
class SopSamples {
public:
    // Members in a group now, newest joins first, at most `limit`.
    static Result<QList<SampleMember>> members(const Database& db, int limit);
    // The placeholder values of one member in the group they joined first: their name, the
    // group's name and operator, {date} = `day` (invalid = today) and their days in the group.
    static Result<ScriptValues> values(const Database& db, qint64 memberId, const QDate& day);
};

} // namespace sop

} // namespace qundesk
