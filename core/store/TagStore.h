// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Tag.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

class Database;

// Tags (tags), their assignment to members (member_tags) and automatic tag rules (tag_rules).
// Removing a tag removes its assignments and rules (ON DELETE CASCADE).
class TagStore {
    Q_DECLARE_TR_FUNCTIONS(TagStore)

public:
    explicit TagStore(const Database& db);

    Result<qint64> create(const Tag& tag); // returns the new id
    Status update(const Tag& tag);
    Status remove(qint64 id);

    Result<Tag> get(qint64 id) const;
    Result<std::optional<Tag>> findByName(const QString& name) const;
    // The id of the tag named `wanted.name`, created from `wanted` when there is none yet;
    // `created` (optional) tells which.
    Result<qint64> findOrCreate(const Tag& wanted, bool* created = nullptr);
    Result<QList<Tag>> list() const; // ordered by category, then name

    // Bulk (un)tagging in one transaction: all members change or none. Returns how many
    // assignments were added or removed; existing assignments keep their origin. An empty
    // origin in unassign() removes the tag whatever its origin ("rule" removes only what rules
    // added, so the rule engine never takes away a tag the operator gave by hand).
    Result<int> assign(const QList<qint64>& memberIds, qint64 tagId,
                       const QString& origin = QStringLiteral("manual"));
    Result<int> unassign(const QList<qint64>& memberIds, qint64 tagId, const QString& origin = {});
    // The member's tags with the origin and time of each assignment, ordered by tag name.
    Result<QList<MemberTag>> tagsOfMember(qint64 memberId) const;
    Result<QList<qint64>> memberIdsWithTag(qint64 tagId) const; // ascending
    // How many members carry each tag, per origin (tag id -> tagOrigin key -> members), in one
    // query; tags nobody carries, and origins no member has a tag from, are absent.
    Result<QHash<qint64, QMap<QString, int>>> countsByOrigin() const;

    // Tag rules; the definition must be a JSON object (see jsonObjectProblem()).
    Result<qint64> createRule(const TagRule& rule);
    Status updateRule(const TagRule& rule);
    Status removeRule(qint64 id);
    Result<TagRule> rule(qint64 id) const;
    Result<QList<TagRule>> rules(bool enabledOnly = false) const; // ordered by name

private:
    Status checkTag(const Tag& tag) const;
    Status checkRule(const TagRule& rule) const;

    QSqlDatabase m_db;
};

} // namespace qundesk
