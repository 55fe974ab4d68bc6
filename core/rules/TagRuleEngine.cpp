// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/TagRuleEngine.h"

#include "db/Database.h"
#include "db/PageCacheScope.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "rules/MemberCondition.h"
#include "util/LogCategories.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk {

Result<TagRuleRun> TagRuleEngine::apply(const Database& db, const QDate& today, const QDateTime& at,
                                        const QList<qint64>& onlyMembers) {
    const QSqlDatabase conn = db.connection();
    // " AND <column> IN (:o0, :o1, …)" with its binds, when only some members are concerned.
    QVariantMap memberBinds;
    QStringList marks;
    for (qsizetype i = 0; i < onlyMembers.size(); ++i) {
        marks << QStringLiteral(":o%1").arg(i);
        memberBinds.insert(marks.last(), onlyMembers.at(i));
    }
    const auto onlyThem = [&marks](const char* column) {
        return marks.isEmpty() ? QString()
                               : QStringLiteral(" AND %1 IN (%2)")
                                     .arg(QLatin1String(column), marks.join(QStringLiteral(", ")));
    };
    struct Rule {
        qint64 tagId;
        QString name;
        QByteArray definition;
    };
    QList<Rule> rules;
    {
        auto q = sql::exec(conn, QStringLiteral("SELECT tag_id, name, definition FROM tag_rules "
                                                "WHERE enabled = 1 ORDER BY id"));
        if (!q)
            return q.error();
        while (q->next())
            rules << Rule{q->value(0).toLongLong(), q->value(1).toString(),
                          q->value(2).toByteArray()};
    }

    // A tag may have several rules: a member keeps a rule-made tag while any of them matches.
    QList<qint64> tagOrder;
    QHash<qint64, QList<Rule>> rulesOfTag;
    for (const Rule& rule : std::as_const(rules)) {
        if (!rulesOfTag.contains(rule.tagId))
            tagOrder << rule.tagId;
        rulesOfTag[rule.tagId] << rule;
    }

    TagRuleRun run;
    const PageCacheScope cache(conn, 32 * 1024);
    Transaction tx(conn);
    if (!tx.isActive())
        return tx.beginError();
    // Each tag's matching members are found once, into a temporary table; the tag's rule-made
    // assignments are then brought in line with it by two set operations.
    if (auto made = sql::exec(conn, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS rule_match "
                                                   "(member_id INTEGER PRIMARY KEY)"));
        !made)
        return made.error();
    const QString now = time::toStorage(at.isValid() ? at : time::now());
    for (qint64 tagId : std::as_const(tagOrder)) {
        if (auto cleared = sql::exec(conn, QStringLiteral("DELETE FROM temp.rule_match")); !cleared)
            return cleared.error();
        for (const Rule& rule : rulesOfTag.value(tagId)) {
            auto def = MemberFilterDefinition::fromJson(rule.definition);
            if (!def)
                return Error{tr("Tag rule “%1”: %2").arg(rule.name, def.error().message), {}, 0};
            auto compiled = MemberFilterCompiler::compile(db, *def, today);
            if (!compiled)
                return Error{
                    tr("Tag rule “%1”: %2").arg(rule.name, compiled.error().message), {}, 0};
            QVariantMap binds = compiled->binds;
            binds.insert(memberBinds);
            auto matched =
                sql::exec(conn,
                          QStringLiteral("INSERT OR IGNORE INTO temp.rule_match SELECT m.id FROM "
                                         "members m LEFT JOIN member_status ms ON ms.member_id = "
                                         "m.id WHERE m.erased_at IS NULL AND %1%2")
                              .arg(compiled->where, onlyThem("m.id")),
                          binds);
            if (!matched)
                return matched.error();
            ++run.rules;
        }
        QVariantMap removeBinds = memberBinds;
        removeBinds.insert(QStringLiteral(":tag"), tagId);
        auto removed =
            sql::exec(conn,
                      QStringLiteral("DELETE FROM member_tags WHERE tag_id = :tag AND origin = "
                                     "'rule' AND member_id NOT IN (SELECT member_id FROM "
                                     "temp.rule_match)%1")
                          .arg(onlyThem("member_id")),
                      removeBinds);
        if (!removed)
            return removed.error();
        // Read now: SQLite counts the changes of the connection's latest statement.
        run.removed += removed->numRowsAffected();
        auto added = sql::exec(
            conn,
            QStringLiteral("INSERT INTO member_tags (member_id, tag_id, origin, created_at) "
                           "SELECT r.member_id, :tag, 'rule', :now FROM temp.rule_match r WHERE "
                           "NOT EXISTS (SELECT 1 FROM member_tags t WHERE t.member_id = "
                           "r.member_id AND t.tag_id = :tag)"),
            {{QStringLiteral(":tag"), tagId}, {QStringLiteral(":now"), now}});
        if (!added)
            return added.error();
        run.added += added->numRowsAffected();
    }
    if (auto dropped = sql::exec(conn, QStringLiteral("DROP TABLE temp.rule_match")); !dropped)
        return dropped.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    qCDebug(lcRules, "%d tag rules applied: %d member tags added, %d removed", run.rules, run.added,
            run.removed);
    return run;
}

} // namespace qundesk
