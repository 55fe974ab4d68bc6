// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Member.h"
#include "store/MemberSnapshot.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace qundesk {

class Database;

// What adding a member by hand asks for.
struct NewMemberInput {
    QString name;
    QString platform; // platform::keys(); with a handle it becomes an identity
    QString handle;
    qint64 groupId = 0; // 0 = in no group yet
    QString role = QStringLiteral("member");
    QString source; // sourceChannel key, empty = unknown
};

// Creating, editing, deleting and restoring members. Each call is one transaction that also
// brings the members' stage, fan level and rule tags up to date (memberrefresh::afterEdit):
// it succeeds whole or leaves the workspace unchanged.
class MemberService {
    Q_DECLARE_TR_FUNCTIONS(MemberService)

public:
    // The new member's id: the member, its identity (with a handle) and its stay (with a group).
    static Result<qint64> create(const Database& db, const NewMemberInput& input);
    // Writes the profile fields of `member` (same id).
    static Status update(const Database& db, const Member& member);
    // Deletes the members; the snapshot restores them exactly (same ids, every row).
    static Result<MemberSnapshot> remove(const Database& db, const QList<qint64>& memberIds);
    // Puts deleted members back from their snapshot.
    static Status restore(const Database& db, const MemberSnapshot& snapshot);
    // Erases one member's personal data for good (MemberStore::erasePersonalData).
    static Status erasePersonalData(const Database& db, qint64 memberId);
};

} // namespace qundesk
