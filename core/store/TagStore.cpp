// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/TagStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/Time.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace qundesk {

namespace {

const QString kTagColumns = QStringLiteral("t.id, t.name, t.color, t.category");
const QString kRuleColumns =
    QStringLiteral("r.id, r.tag_id, r.name, r.definition, r.enabled, r.updated_at");

Tag tagFromRow(const QSqlQuery& q) {
    return Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
               q.value(3).toString()};
}

TagRule ruleFromRow(const QSqlQuery& q) {
    return TagRule{q.value(0).toLongLong(), q.value(1).toLongLong(),
                   q.value(2).toString(),   q.value(3).toString(),
                   q.value(4).toInt() != 0, time::fromStorage(q.value(5).toString())};
}

Result<QList<Tag>> tagsOf(const QSqlDatabase& db, const QString& tail, const QVariantMap& binds) {
    auto q =
        sql::exec(db, QStringLiteral("SELECT %1 FROM tags t %2").arg(kTagColumns, tail), binds);
    if (!q)
        return q.error();
    QList<Tag> tags;
    while (q->next())
        tags << tagFromRow(*q);
    return tags;
}

Result<QList<TagRule>> rulesOf(const QSqlDatabase& db, const QString& tail,
                               const QVariantMap& binds) {
    auto q = sql::exec(db, QStringLiteral("SELECT %1 FROM tag_rules r %2").arg(kRuleColumns, tail),
                       binds);
    if (!q)
        return q.error();
    QList<TagRule> rules;
    while (q->next())
        rules << ruleFromRow(*q);
    return rules;
}

QVariantMap tagBindings(const Tag& t) {
    return {{QStringLiteral(":name"), t.name.trimmed()},
            {QStringLiteral(":color"), t.color.isEmpty() ? Tag().color : t.color},
            {QStringLiteral(":category"), sql::nullIfEmpty(t.category.trimmed())}};
}

QVariantMap ruleBindings(const TagRule& r) {
    return {{QStringLiteral(":tag"), r.tagId},
            {QStringLiteral(":name"), r.name.trimmed()},
            {QStringLiteral(":definition"), r.definition},
            {QStringLiteral(":enabled"), r.enabled ? 1 : 0},
            {QStringLiteral(":updated"), time::toStorage(time::now())}};
}

} // namespace

TagStore::TagStore(const Database& db)
    : m_db(db.connection()) {}

Status TagStore::checkTag(const Tag& tag) const {
    if (tag.name.trimmed().isEmpty())
        return Error{tr("A tag needs a name."), {}, 0};
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!tag.color.isEmpty() && !colorPattern.match(tag.color).hasMatch())
        return Error{tr("“%1” is not a colour of the form #rrggbb.").arg(tag.color), {}, 0};
    auto same = findByName(tag.name);
    if (!same)
        return same.error();
    if (same->has_value() && same->value().id != tag.id)
        return Error{tr("A tag named “%1” already exists.").arg(tag.name.trimmed()), {}, 0};
    return {};
}

Result<qint64> TagStore::create(const Tag& tag) {
    if (auto s = checkTag(tag); !s)
        return s.error();
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO tags (name, color, category) VALUES (:name, "
                                      ":color, :category)"),
                       tagBindings(tag));
    if (!q)
        return Error{tr("Cannot add the tag “%1”: %2").arg(tag.name, q.error().message), {}, 0};
    return q->lastInsertId().toLongLong();
}

Status TagStore::update(const Tag& tag) {
    if (auto s = checkTag(tag); !s)
        return s;
    QVariantMap binds = tagBindings(tag);
    binds.insert(QStringLiteral(":id"), tag.id);
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE tags SET name = :name, color = :color, category = "
                                      ":category WHERE id = :id"),
                       binds);
    if (!q)
        return Error{tr("Cannot save the tag “%1”: %2").arg(tag.name, q.error().message), {}, 0};
    if (q->numRowsAffected() == 0)
        return Error{tr("The tag no longer exists."), {}, 0};
    return {};
}

Status TagStore::remove(qint64 id) {
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM tags WHERE id = :id"),
                       {{QStringLiteral(":id"), id}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The tag no longer exists."), {}, 0};
    return {};
}

Result<Tag> TagStore::get(qint64 id) const {
    auto found = tagsOf(m_db, QStringLiteral("WHERE t.id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("The tag no longer exists."), {}, 0};
    return found->first();
}

Result<std::optional<Tag>> TagStore::findByName(const QString& name) const {
    auto found = tagsOf(m_db, QStringLiteral("WHERE t.name = :name"),
                        {{QStringLiteral(":name"), name.trimmed()}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Tag>{};
    return std::optional<Tag>{found->first()};
}

Result<qint64> TagStore::findOrCreate(const Tag& wanted, bool* created) {
    auto found = findByName(wanted.name);
    if (!found)
        return found.error();
    if (created)
        *created = !found->has_value();
    if (found->has_value())
        return (*found)->id;
    return create(wanted);
}

Result<QList<Tag>> TagStore::list() const {
    return tagsOf(m_db, QStringLiteral("ORDER BY COALESCE(t.category, ''), t.name"), {});
}

Result<int> TagStore::assign(const QList<qint64>& memberIds, qint64 tagId, const QString& origin) {
    if (!tagOrigin::keys().contains(origin))
        return Error{tr("“%1” is not a tag origin.").arg(origin), {}, 0};
    auto tag = get(tagId);
    if (!tag)
        return tag.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    // One prepared statement for the whole batch: bulk tagging may cover thousands of members.
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO member_tags (member_id, tag_id, origin, created_at) "
                                  "SELECT :member, :tag, :origin, :created WHERE NOT EXISTS "
                                  "(SELECT 1 FROM member_tags WHERE member_id = :member2 AND "
                                  "tag_id = :tag2)")))
        return Error{tr("Cannot tag the members: %1").arg(q.lastError().text()), {}, 0};
    const QString created = time::toStorage(time::now());
    int added = 0;
    for (qint64 memberId : memberIds) {
        q.bindValue(QStringLiteral(":member"), memberId);
        q.bindValue(QStringLiteral(":member2"), memberId);
        q.bindValue(QStringLiteral(":tag"), tagId);
        q.bindValue(QStringLiteral(":tag2"), tagId);
        q.bindValue(QStringLiteral(":origin"), origin);
        q.bindValue(QStringLiteral(":created"), created);
        if (!q.exec())
            return Error{
                tr("Cannot tag the members with “%1”: %2").arg(tag->name, q.lastError().text()),
                {},
                0};
        added += q.numRowsAffected();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return added;
}

Result<int> TagStore::unassign(const QList<qint64>& memberIds, qint64 tagId,
                               const QString& origin) {
    if (!origin.isEmpty() && !tagOrigin::keys().contains(origin))
        return Error{tr("“%1” is not a tag origin.").arg(origin), {}, 0};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("DELETE FROM member_tags WHERE member_id = :member AND tag_id = "
                                  ":tag %1")
                       .arg(origin.isEmpty() ? QString() : QStringLiteral("AND origin = :origin"))))
        return Error{tr("Cannot remove the tag: %1").arg(q.lastError().text()), {}, 0};
    int removed = 0;
    for (qint64 memberId : memberIds) {
        q.bindValue(QStringLiteral(":member"), memberId);
        q.bindValue(QStringLiteral(":tag"), tagId);
        if (!origin.isEmpty())
            q.bindValue(QStringLiteral(":origin"), origin);
        if (!q.exec())
            return Error{tr("Cannot remove the tag: %1").arg(q.lastError().text()), {}, 0};
        removed += q.numRowsAffected();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return removed;
}

Result<QList<MemberTag>> TagStore::tagsOfMember(qint64 memberId) const {
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT %1, mt.origin, mt.created_at FROM tags t JOIN "
                                      "member_tags mt ON mt.tag_id = t.id WHERE mt.member_id = "
                                      ":member ORDER BY t.name")
                           .arg(kTagColumns),
                       {{QStringLiteral(":member"), memberId}});
    if (!q)
        return q.error();
    QList<MemberTag> tags;
    while (q->next())
        tags << MemberTag{tagFromRow(*q), q->value(4).toString(),
                          time::fromStorage(q->value(5).toString())};
    return tags;
}

Result<QList<qint64>> TagStore::memberIdsWithTag(qint64 tagId) const {
    return sql::ids(m_db,
                    QStringLiteral("SELECT member_id FROM member_tags WHERE tag_id = :tag ORDER "
                                   "BY member_id"),
                    {{QStringLiteral(":tag"), tagId}});
}

Result<QHash<qint64, QMap<QString, int>>> TagStore::countsByOrigin() const {
    auto q = sql::exec(m_db, QStringLiteral("SELECT tag_id, origin, COUNT(*) FROM member_tags "
                                            "GROUP BY tag_id, origin"));
    if (!q)
        return q.error();
    QHash<qint64, QMap<QString, int>> counts;
    while (q->next())
        counts[q->value(0).toLongLong()].insert(q->value(1).toString(), q->value(2).toInt());
    return counts;
}

Status TagStore::checkRule(const TagRule& rule) const {
    if (rule.name.trimmed().isEmpty())
        return Error{tr("A tag rule needs a name."), {}, 0};
    if (const QString problem = jsonObjectProblem(rule.definition); !problem.isEmpty())
        return Error{
            tr("The rule “%1” cannot be saved. %2").arg(rule.name.trimmed(), problem), {}, 0};
    if (auto tag = get(rule.tagId); !tag)
        return tag.error();
    return {};
}

Result<qint64> TagStore::createRule(const TagRule& rule) {
    if (auto s = checkRule(rule); !s)
        return s.error();
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO tag_rules (tag_id, name, definition, enabled, "
                                      "updated_at) VALUES (:tag, :name, :definition, :enabled, "
                                      ":updated)"),
                       ruleBindings(rule));
    if (!q)
        return Error{tr("Cannot add the rule “%1”: %2").arg(rule.name, q.error().message), {}, 0};
    return q->lastInsertId().toLongLong();
}

Status TagStore::updateRule(const TagRule& rule) {
    if (auto s = checkRule(rule); !s)
        return s;
    QVariantMap binds = ruleBindings(rule);
    binds.insert(QStringLiteral(":id"), rule.id);
    auto q =
        sql::exec(m_db,
                  QStringLiteral("UPDATE tag_rules SET tag_id = :tag, name = :name, definition "
                                 "= :definition, enabled = :enabled, updated_at = :updated "
                                 "WHERE id = :id"),
                  binds);
    if (!q)
        return Error{tr("Cannot save the rule “%1”: %2").arg(rule.name, q.error().message), {}, 0};
    if (q->numRowsAffected() == 0)
        return Error{tr("The tag rule no longer exists."), {}, 0};
    return {};
}

Status TagStore::removeRule(qint64 id) {
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM tag_rules WHERE id = :id"),
                       {{QStringLiteral(":id"), id}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The tag rule no longer exists."), {}, 0};
    return {};
}

Result<TagRule> TagStore::rule(qint64 id) const {
    auto found = rulesOf(m_db, QStringLiteral("WHERE r.id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("The tag rule no longer exists."), {}, 0};
    return found->first();
}

Result<QList<TagRule>> TagStore::rules(bool enabledOnly) const {
    return rulesOf(m_db,
                   QStringLiteral("%1 ORDER BY r.name, r.id")
                       .arg(enabledOnly ? QStringLiteral("WHERE r.enabled = 1") : QString()),
                   {});
}

} // namespace qundesk
