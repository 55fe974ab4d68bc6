// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/MemberListQuery.h"

#include "db/Database.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/SqlDialect.h"
#include "store/MemberNameOrder.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QHash>

namespace qundesk {

namespace {

QString sortExpression(MemberSort sort) {
    switch (sort) {
    case MemberSort::Name:
        return QStringLiteral("m.display_name COLLATE NOCASE");
    case MemberSort::Stage:
        return QStringLiteral("ms.stage");
    case MemberSort::FanLevel:
        return QStringLiteral("ms.fan_level");
    case MemberSort::Tier:
        return QStringLiteral("m.tier");
    case MemberSort::Source:
        return QStringLiteral("m.source_channel");
    case MemberSort::LastMessage:
        return QStringLiteral("ms.last_message_day");
    case MemberSort::LastTouch:
        return QStringLiteral("(SELECT MAX(t.touched_at) FROM touches t WHERE t.member_id = m.id)");
    case MemberSort::Orders:
        return QStringLiteral("ms.orders");
    case MemberSort::Revenue:
        return QStringLiteral("ms.revenue_cents");
    case MemberSort::Silent: // longest silence last: the earlier the day it began, the later
        return QStringLiteral("-julianday(ms.silent_since_day)");
    }
    return QStringLiteral("m.display_name");
}

QString escapeLike(QString text) {
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

} // namespace

MemberFilterDefinition MemberListFilter::definition() const {
    MemberFilterDefinition def;
    def.matchAll = true;
    const auto add = [&def](const char* field, const char* op, const QVariant& value) {
        def.conditions.append({QLatin1String(field), QLatin1String(op), value, 30});
    };
    if (segment &&
        (segment->matchAll || segment->conditions.size() + segment->groups.size() <= 1)) {
        def.conditions << segment->conditions;
        def.groups << segment->groups;
    } else if (segment) {
        def.groups << *segment;
    }
    if (groupId > 0)
        add("group", "=", groupId);
    if (!stage.isEmpty())
        add("stage", "=", stage);
    if (tagId > 0)
        add("has_tag", "=", tagId);
    if (!source.isEmpty())
        add("source", "=", source);
    if (silentAtLeast >= 0)
        add("silent_days", ">=", silentAtLeast);
    if (neverPosted)
        add("never_posted", "=", true);
    return def;
}

Result<QList<qint64>> MemberListQuery::ids(const Database& db, const MemberListFilter& f,
                                           MemberSort sort, bool ascending, const QDate& todayIn,
                                           int limit) {
    const QDate today = todayIn.isValid() ? todayIn : time::today(SettingsStore(db).timeZone());
    QStringList where{QStringLiteral("m.erased_at IS NULL")};
    QVariantMap binds;
    QString from = QStringLiteral("members m LEFT JOIN member_status ms ON ms.member_id = m.id");
    if (const QString s = f.search.trimmed(); !s.isEmpty()) {
        // member_status.search_text holds the lower-cased searchable text of every member whose
        // status was computed. Status rows go with their member (ON DELETE CASCADE), so equal
        // counts mean every member has one; otherwise the others are searched the slow way.
        binds.insert(QStringLiteral(":q"), escapeLike(s.toLower()));
        const QString fast =
            dialect::containsIgnoringCase(QStringLiteral("s.search_text"), QStringLiteral(":q"));
        auto missing = sql::scalar(db.connection(),
                                   QStringLiteral("SELECT (SELECT COUNT(*) FROM members) - (SELECT "
                                                  "COUNT(*) FROM member_status)"),
                                   {}, 0);
        if (!missing)
            return missing.error();
        if (missing->toLongLong() == 0) {
            // Every member has a status row: read those in order (the search text is there) and
            // look a member up only for a match.
            from = QStringLiteral("member_status ms CROSS JOIN members m ON m.id = ms.member_id");
            where << dialect::containsIgnoringCase(QStringLiteral("ms.search_text"),
                                                   QStringLiteral(":q"));
        } else {
            where
                << QStringLiteral(
                       "m.id IN (SELECT s.member_id FROM member_status s WHERE %1 UNION ALL SELECT "
                       "x.id FROM members x WHERE NOT EXISTS (SELECT 1 FROM member_status y WHERE "
                       "y.member_id = x.id) AND (%2 OR %3 OR %4 OR EXISTS (SELECT 1 FROM "
                       "member_identities i WHERE i.member_id = x.id AND (%5 OR %6))))")
                       .arg(fast,
                            dialect::containsIgnoringCase(QStringLiteral("x.display_name"),
                                                          QStringLiteral(":q")),
                            dialect::containsIgnoringCase(QStringLiteral("x.notes"),
                                                          QStringLiteral(":q")),
                            dialect::containsIgnoringCase(QStringLiteral("x.phone"),
                                                          QStringLiteral(":q")),
                            dialect::containsIgnoringCase(QStringLiteral("i.handle"),
                                                          QStringLiteral(":q")),
                            dialect::containsIgnoringCase(QStringLiteral("i.nickname"),
                                                          QStringLiteral(":q")));
        }
    }
    if (const MemberFilterDefinition def = f.definition(); !def.isEmpty()) {
        auto compiled = MemberFilterCompiler::compile(db, def, today);
        if (!compiled)
            return compiled.error();
        where << compiled->where;
        binds.insert(compiled->binds);
    }
    if (sort == MemberSort::Name && limit <= 0) {
        // Sorting tens of thousands of matches by name is most of a search's time: the
        // matches are read in any order and put in the name order kept for the workspace.
        auto matches = RowReader::ids(db.connection(),
                                      QStringLiteral("SELECT m.id FROM %1 WHERE %2")
                                          .arg(from, where.join(QStringLiteral(" AND "))),
                                      binds);
        if (!matches)
            return matches.error();
        return membernameorder::arrange(db, *matches, ascending);
    }
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return sql::ids(db.connection(),
                    QStringLiteral("SELECT m.id FROM %1 WHERE %2 ORDER BY %3 %4, m.id %4%5")
                        .arg(from, where.join(QStringLiteral(" AND ")), sortExpression(sort),
                             direction,
                             limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()),
                    binds);
}

Result<QList<MemberListRow>> MemberListQuery::rows(const Database& db, const QList<qint64>& ids) {
    if (ids.isEmpty())
        return QList<MemberListRow>{};
    QStringList placeholders;
    QVariantMap binds;
    for (int i = 0; i < ids.size(); ++i) {
        placeholders << QStringLiteral(":i%1").arg(i);
        binds.insert(placeholders.last(), ids.at(i));
    }
    auto q = sql::exec(
        db.connection(),
        QStringLiteral(
            "SELECT m.id, m.display_name, ms.stage, ms.fan_level, m.tier, m.source_channel, "
            "r.display_name, ms.last_message_day, ms.orders, ms.revenue_cents, "
            "ms.silent_since_day, "
            "ms.messages, m.city, m.phone, m.notes, "
            "(SELECT %1 FROM member_identities i WHERE i.member_id = m.id), "
            "(SELECT %2 FROM memberships g JOIN chat_groups cg ON cg.id = g.group_id WHERE "
            "g.member_id = m.id AND g.left_at IS NULL), "
            "(SELECT %3 FROM member_tags mt JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = "
            "m.id), "
            "(SELECT MAX(t.touched_at) FROM touches t WHERE t.member_id = m.id) "
            "FROM members m LEFT JOIN member_status ms ON ms.member_id = m.id LEFT JOIN members r "
            "ON r.id = m.referrer_id WHERE m.id IN (%4)")
            .arg(dialect::joinedText(QStringLiteral("i.handle")),
                 dialect::joinedText(QStringLiteral("cg.name")),
                 dialect::joinedText(QStringLiteral("t.name")),
                 placeholders.join(QStringLiteral(", "))),
        binds);
    if (!q)
        return q.error();
    QHash<qint64, MemberListRow> byId;
    while (q->next()) {
        MemberListRow r;
        r.id = q->value(0).toLongLong();
        r.name = q->value(1).toString();
        r.stage = q->value(2).toString();
        r.fanLevel = q->value(3).toString();
        r.tier = q->value(4).toString();
        r.source = q->value(5).toString();
        r.referrer = q->value(6).toString();
        r.lastMessage = time::dayFromStorage(q->value(7).toString());
        r.orders = q->value(8).toInt();
        r.revenueCents = q->value(9).toLongLong();
        r.silentSince = time::dayFromStorage(q->value(10).toString());
        r.messages = q->value(11).toInt();
        r.city = q->value(12).toString();
        r.phone = q->value(13).toString();
        r.notes = q->value(14).toString();
        r.handles = q->value(15).toString();
        r.groups = q->value(16).toString();
        r.tags = q->value(17).toString();
        if (!q->value(18).isNull())
            r.lastTouch = time::fromStorage(q->value(18).toString());
        byId.insert(r.id, r);
    }
    QList<MemberListRow> ordered;
    ordered.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto it = byId.constFind(id); it != byId.cend())
            ordered << it.value();
    }
    return ordered;
}

} // namespace qundesk
