// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/BatchInsert.h"
#include "rules/MemberStatusRow.h"

#include <QSqlQuery>

namespace qundesk {

// Writes member_status rows, stamped as computed on one day: a row that replaces a stored one
// (not isNew) deletes it first, then every row goes in by multi-row inserts (an upsert per row
// would make SQLite open a statement journal for every execution). Runs inside the caller's
// transaction, which a failure must undo whole: the inserts are INSERT OR FAIL, which keeps
// the rows of a batch written before the failing one. Rows are buffered, so flush() before
// anything reads them.
class MemberStatusWriter {
public:
    MemberStatusWriter(const QSqlDatabase& db, const QDate& today);

    // Status rows refer to members: `parent`'s batch of members is written before each batch.
    void writeAfter(BatchInsert* parent) { m_insert.writeAfter(parent); }

    Status add(const MemberStatusRow& row);
    Status flush();

private:
    Status writePending();

    QSqlDatabase m_db;
    QString m_today;
    BatchInsert m_insert;
    QList<MemberStatusRow> m_pending; // rows whose stored row may still need deleting
    QSqlQuery m_remove;
    int m_removePrepared = 0; // members the prepared delete takes
};

} // namespace qundesk
