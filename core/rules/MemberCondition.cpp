// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/MemberCondition.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/SqlDialect.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace qundesk {

namespace {

const QStringList kOps = {QStringLiteral("="),  QStringLiteral("!="),    QStringLiteral(">"),
                          QStringLiteral(">="), QStringLiteral("<"),     QStringLiteral("<="),
                          QStringLiteral("in"), QStringLiteral("not_in")};

QString messagesInWindow(const QString& since, const QString& today) {
    return QStringLiteral("(SELECT COALESCE(SUM(a.messages), 0) FROM member_day_activity a WHERE "
                          "a.member_id = m.id AND a.day > %1 AND a.day <= %2)")
        .arg(since, today);
}

// Builds one comparison "<expr> <op> <value>" with bound placeholders named after `key`.
QString comparison(const QString& expr, const MemberCondition& c, const QString& key,
                   QVariantMap& binds, double scale = 1.0) {
    auto bound = [&](const QVariant& v, const QString& name) {
        QVariant value = v;
        if (scale != 1.0)
            value = qRound64(v.toDouble() * scale);
        binds.insert(name, value);
        return name;
    };
    if (c.op == QLatin1String("in") || c.op == QLatin1String("not_in")) {
        QStringList names;
        const QVariantList values = c.value.toList();
        for (int i = 0; i < values.size(); ++i)
            names << bound(values.at(i), QStringLiteral("%1_%2").arg(key, QString::number(i)));
        if (names.isEmpty())
            return c.op == QLatin1String("in") ? QStringLiteral("0 = 1") : QStringLiteral("1 = 1");
        return QStringLiteral("%1 %2 (%3)")
            .arg(expr,
                 c.op == QLatin1String("in") ? QStringLiteral("IN") : QStringLiteral("NOT IN"),
                 names.join(QStringLiteral(", ")));
    }
    return QStringLiteral("%1 %2 %3")
        .arg(expr, c.op == QLatin1String("!=") ? QStringLiteral("<>") : c.op, bound(c.value, key));
}

// "Silent N days" as a condition on the day the silence began (member_status keeps that day,
// which an index can range over): silent >= N is since <= today - N, and so on.
MemberCondition silenceBegan(const MemberCondition& c, const QDate& today) {
    static const QHash<QString, QString> flipped = {{QStringLiteral(">="), QStringLiteral("<=")},
                                                    {QStringLiteral(">"), QStringLiteral("<")},
                                                    {QStringLiteral("<="), QStringLiteral(">=")},
                                                    {QStringLiteral("<"), QStringLiteral(">")}};
    const auto day = [&](const QVariant& days) {
        return QVariant(time::dayToStorage(today.addDays(-days.toInt())));
    };
    MemberCondition out = c;
    out.op = flipped.value(c.op, c.op);
    if (c.op == QLatin1String("in") || c.op == QLatin1String("not_in")) {
        QVariantList days;
        for (const QVariant& v : c.value.toList())
            days << day(v);
        out.value = days;
    } else {
        out.value = day(c.value);
    }
    return out;
}

// EXISTS / NOT EXISTS over a sub-select with a bound id (group, tag).
QString existence(const QString& subSelect, const MemberCondition& c, const QString& key,
                  QVariantMap& binds) {
    const bool negate = c.op == QLatin1String("!=") || c.op == QLatin1String("not_in");
    MemberCondition positive = c;
    positive.op = (c.op == QLatin1String("in") || c.op == QLatin1String("not_in"))
                      ? QStringLiteral("in")
                      : QStringLiteral("=");
    const QString inner =
        subSelect.arg(comparison(QStringLiteral("x.id_value"), positive, key, binds));
    return QStringLiteral("%1 EXISTS (%2)").arg(negate ? QStringLiteral("NOT") : QString(), inner);
}

// Messages in the last 90 days that put a member in the top quarter (0 when nobody posted).
Result<qint64> topQuarterThreshold(const Database& db, const QDate& today) {
    auto q = sql::exec(db.connection(),
                       QStringLiteral("SELECT SUM(messages) FROM member_day_activity WHERE day > "
                                      ":since AND day <= :today GROUP BY member_id"),
                       {{QStringLiteral(":since"), time::dayToStorage(today.addDays(-90))},
                        {QStringLiteral(":today"), time::dayToStorage(today)}});
    if (!q)
        return q.error();
    QList<qint64> counts;
    while (q->next())
        counts << q->value(0).toLongLong();
    if (counts.isEmpty())
        return qint64(0);
    std::sort(counts.begin(), counts.end());
    return counts.at(qsizetype(double(counts.size() - 1) * 0.75));
}

} // namespace

QJsonObject MemberFilterDefinition::toJson() const {
    QJsonArray list, nested;
    for (const MemberFilterDefinition& group : groups)
        nested.append(group.toJson());
    for (const MemberCondition& c : conditions) {
        QJsonObject o{{QStringLiteral("field"), c.field},
                      {QStringLiteral("op"), c.op},
                      {QStringLiteral("value"), QJsonValue::fromVariant(c.value)}};
        if (c.field == QLatin1String("messages_in_days"))
            o.insert(QStringLiteral("days"), c.days);
        list.append(o);
    }
    QJsonObject out{
        {QStringLiteral("match"), matchAll ? QStringLiteral("all") : QStringLiteral("any")},
        {QStringLiteral("conditions"), list}};
    if (!nested.isEmpty())
        out.insert(QStringLiteral("groups"), nested);
    return out;
}

namespace {
// Groups nest at most this deep; deeper JSON is not one of ours.
constexpr int kMaxDepth = 8;

Result<MemberFilterDefinition> definitionFrom(const QJsonObject& object, int depth) {
    if (depth > kMaxDepth)
        return Error{
            MemberFilterCompiler::tr("The rule definition nests groups too deeply."), {}, 0};
    MemberFilterDefinition def;
    def.matchAll = object.value(QStringLiteral("match")).toString() != QLatin1String("any");
    for (const QJsonValue& v : object.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject o = v.toObject();
        MemberCondition c;
        c.field = o.value(QStringLiteral("field")).toString();
        c.op = o.value(QStringLiteral("op")).toString(QStringLiteral("="));
        c.value = o.value(QStringLiteral("value")).toVariant();
        c.days = o.value(QStringLiteral("days")).toInt(30);
        def.conditions << c;
    }
    for (const QJsonValue& v : object.value(QStringLiteral("groups")).toArray()) {
        auto group = definitionFrom(v.toObject(), depth + 1);
        if (!group)
            return group.error();
        def.groups << *group;
    }
    return def;
}
} // namespace

Result<MemberFilterDefinition> MemberFilterDefinition::fromJson(const QByteArray& json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error{MemberFilterCompiler::tr("The rule definition is not valid JSON: %1")
                         .arg(error.errorString()),
                     {},
                     0};
    return definitionFrom(doc.object(), 0);
}

QStringList MemberFilterCompiler::fields() {
    return {QStringLiteral("silent_days"),   QStringLiteral("messages_in_days"),
            QStringLiteral("orders"),        QStringLiteral("revenue"),
            QStringLiteral("joined_within"), QStringLiteral("birthday_month"),
            QStringLiteral("source"),        QStringLiteral("stage"),
            QStringLiteral("fan_level"),     QStringLiteral("tier"),
            QStringLiteral("city"),          QStringLiteral("group"),
            QStringLiteral("has_tag"),       QStringLiteral("never_posted"),
            QStringLiteral("in_any_group"),  QStringLiteral("top_quarter_activity")};
}

Result<CompiledFilter> MemberFilterCompiler::compile(const Database& db,
                                                     const MemberFilterDefinition& def,
                                                     const QDate& today) {
    return compileGroup(db, def, today, QStringLiteral(":p"));
}

// Placeholders of a group are named after its place (":p3", ":g1p0", ":g1g0p2"…), so groups
// at any depth never share one.
Result<CompiledFilter> MemberFilterCompiler::compileGroup(const Database& db,
                                                          const MemberFilterDefinition& def,
                                                          const QDate& today,
                                                          const QString& prefix) {
    CompiledFilter out;
    QStringList parts;
    const QString todayKey = QStringLiteral(":today");
    out.binds.insert(todayKey, time::dayToStorage(today));
    for (int i = 0; i < def.conditions.size(); ++i) {
        const MemberCondition& c = def.conditions.at(i);
        const QString key = prefix + QString::number(i);
        if (!kOps.contains(c.op))
            return Error{tr("Condition %1: unknown operator “%2”.").arg(i + 1).arg(c.op), {}, 0};
        const QString& f = c.field;
        if (f == QLatin1String("silent_days")) {
            parts << comparison(QStringLiteral("ms.silent_since_day"), silenceBegan(c, today), key,
                                out.binds);
        } else if (f == QLatin1String("orders")) {
            parts << comparison(QStringLiteral("COALESCE(ms.orders, 0)"), c, key, out.binds);
        } else if (f == QLatin1String("revenue")) {
            parts << comparison(QStringLiteral("COALESCE(ms.revenue_cents, 0)"), c, key, out.binds,
                                100.0);
        } else if (f == QLatin1String("messages_in_days")) {
            out.binds.insert(key + QStringLiteral("_since"),
                             time::dayToStorage(today.addDays(-qMax(1, c.days))));
            parts << comparison(messagesInWindow(key + QStringLiteral("_since"), todayKey), c, key,
                                out.binds);
        } else if (f == QLatin1String("joined_within")) {
            out.binds.insert(key, time::dayToStorage(today.addDays(-c.value.toInt())));
            parts << QStringLiteral("ms.first_joined_day >= %1").arg(key);
        } else if (f == QLatin1String("birthday_month")) {
            MemberCondition month = c;
            if (month.value.toInt() == 0 && month.op != QLatin1String("in"))
                month.value = today.month();
            parts << comparison(dialect::monthOfDay(QStringLiteral("m.birthday")), month, key,
                                out.binds);
        } else if (f == QLatin1String("source") || f == QLatin1String("tier") ||
                   f == QLatin1String("city")) {
            const QString column = f == QLatin1String("source") ? QStringLiteral("m.source_channel")
                                                                : QStringLiteral("m.") + f;
            parts << comparison(column, c, key, out.binds);
        } else if (f == QLatin1String("stage") || f == QLatin1String("fan_level")) {
            parts << comparison(QStringLiteral("ms.") + f, c, key, out.binds);
        } else if (f == QLatin1String("group")) {
            parts << existence(QStringLiteral("SELECT 1 FROM (SELECT gm.group_id AS id_value FROM "
                                              "memberships gm WHERE gm.member_id = m.id AND "
                                              "gm.left_at IS NULL) x WHERE %1"),
                               c, key, out.binds);
        } else if (f == QLatin1String("has_tag")) {
            parts << existence(
                QStringLiteral("SELECT 1 FROM (SELECT mt.tag_id AS id_value FROM "
                               "member_tags mt WHERE mt.member_id = m.id) x WHERE %1"),
                c, key, out.binds);
        } else if (f == QLatin1String("in_any_group")) {
            parts << QStringLiteral("%1 EXISTS (SELECT 1 FROM memberships gm WHERE gm.member_id = "
                                    "m.id AND gm.left_at IS NULL)")
                         .arg(c.value.toBool() ? QString() : QStringLiteral("NOT"));
        } else if (f == QLatin1String("never_posted")) {
            parts << (c.value.toBool() ? QStringLiteral("ms.last_message_day IS NULL")
                                       : QStringLiteral("ms.last_message_day IS NOT NULL"));
        } else if (f == QLatin1String("top_quarter_activity")) {
            auto threshold = topQuarterThreshold(db, today);
            if (!threshold)
                return threshold.error();
            out.binds.insert(key, threshold.value());
            out.binds.insert(key + QStringLiteral("_since"),
                             time::dayToStorage(today.addDays(-90)));
            const QString expr =
                QStringLiteral("(%1 > 0 AND %2 >= %1)")
                    .arg(key, messagesInWindow(key + QStringLiteral("_since"), todayKey));
            parts << (c.value.toBool() ? expr : QStringLiteral("NOT ") + expr);
        } else {
            return Error{tr("Condition %1: unknown field “%2”.").arg(i + 1).arg(f), {}, 0};
        }
    }
    for (int g = 0; g < def.groups.size(); ++g) {
        const QString groupPrefix = prefix.left(prefix.size() - 1) + QStringLiteral("g%1p").arg(g);
        auto group = compileGroup(db, def.groups.at(g), today, groupPrefix);
        if (!group)
            return group.error();
        parts << group->where;
        out.binds.insert(group->binds);
    }
    out.where = parts.isEmpty()
                    ? QStringLiteral("1 = 1")
                    : QStringLiteral("(%1)").arg(parts.join(
                          def.matchAll ? QStringLiteral(") AND (") : QStringLiteral(") OR (")));
    return out;
}

Result<QList<qint64>> MemberFilterQuery::memberIds(const Database& db,
                                                   const MemberFilterDefinition& def,
                                                   const QDate& today) {
    auto compiled = MemberFilterCompiler::compile(db, def, today);
    if (!compiled)
        return compiled.error();
    return sql::ids(db.connection(),
                    QStringLiteral("SELECT m.id FROM members m LEFT JOIN member_status ms ON "
                                   "ms.member_id = m.id WHERE m.erased_at IS NULL AND %1 "
                                   "ORDER BY m.id")
                        .arg(compiled->where),
                    compiled->binds);
}

Result<int> MemberFilterQuery::count(const Database& db, const MemberFilterDefinition& def,
                                     const QDate& today) {
    auto compiled = MemberFilterCompiler::compile(db, def, today);
    if (!compiled)
        return compiled.error();
    auto n = sql::scalar(db.connection(),
                         QStringLiteral("SELECT COUNT(*) FROM members m LEFT JOIN member_status ms "
                                        "ON ms.member_id = m.id WHERE m.erased_at IS NULL AND %1")
                             .arg(compiled->where),
                         compiled->binds, 0);
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace qundesk
