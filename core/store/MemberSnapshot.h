// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace qundesk {

class Database;

// Every stored row that belongs to a set of members, captured so that deleting them can be
// undone exactly: the members rows, their identities, memberships, tags, status, daily
// activity, touches, member-targeted SOP runs and tasks (rows deleted by ON DELETE CASCADE),
// and the references that deleting them sets to NULL elsewhere (messages, orders, referrals,
// person links, touches of SOP tasks). restore() puts everything back with the same ids.
class MemberSnapshot {
    Q_DECLARE_TR_FUNCTIONS(MemberSnapshot)

public:
    // A column of another row that deleting the members clears; restore() sets it back.
    struct Reference {
        QString table;
        QString column;
        qint64 rowId = 0;
        QVariant value;
    };

    static Result<MemberSnapshot> capture(const Database& db, const QList<qint64>& memberIds);

    // Deletes the members (MemberStore::remove, person links re-rooted) in one transaction.
    static Status remove(const Database& db, const QList<qint64>& memberIds);
    // Captures, then deletes; the snapshot restores what was deleted.
    static Result<MemberSnapshot> captureAndRemove(const Database& db,
                                                   const QList<qint64>& memberIds);

    // Inserts the captured rows again (the members must not exist) and sets the references
    // back, in one transaction: all or nothing.
    Status restore(const Database& db) const;

    const QList<qint64>& memberIds() const { return m_memberIds; }
    // Captured rows of one table (column name -> value), in rowid order.
    QList<QVariantMap> rows(const QString& table) const { return m_rows.value(table); }
    const QList<Reference>& references() const { return m_references; }

    // The tables whose rows a snapshot holds, in the order restore() inserts them.
    static QStringList tables();

private:
    QList<qint64> m_memberIds;
    QHash<QString, QList<QVariantMap>> m_rows;
    QList<Reference> m_references;
};

// The assignments of one tag to some members (member_tags rows with origin and time), so that
// untagging can be undone without losing how and when each tag was given.
class MemberTagRows {
public:
    static Result<MemberTagRows> capture(const Database& db, const QList<qint64>& memberIds,
                                         qint64 tagId);
    // Inserts the captured assignments that are missing now; existing ones stay as they are.
    Status restore(const Database& db) const;
    QList<qint64> memberIds() const;

private:
    QList<QVariantMap> m_rows;
};

} // namespace qundesk
