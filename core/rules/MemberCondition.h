// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QVariantMap>

namespace qundesk {

class Database;

// One condition of a tag rule or segment, as stored in their JSON definitions:
// {"field": "silent_days", "op": ">=", "value": 30, "days": 30}.
// Fields: silent_days, messages_in_days (with "days"), orders, revenue (currency units),
// joined_within (days), birthday_month (1-12, or 0 = this month), source, stage, fan_level,
// tier, city, group (group id), has_tag (tag id), never_posted (true/false), in_any_group,
// top_quarter_activity (true: in the top 25% by messages of the last 90 days).
// Operators: = != > >= < <= in not_in (in/not_in take a JSON array).
struct MemberCondition {
    QString field;
    QString op = QStringLiteral("=");
    QVariant value;
    int days = 30;
};

// Conditions joined with AND ("all") or OR ("any"), and groups of conditions joined to them
// the same way, each group matching by its own rule: the Members filter bar's choices AND an
// "any of" segment are {"match": "all", "conditions": [...], "groups": [{"match": "any", …}]}.
struct MemberFilterDefinition {
    bool matchAll = true;
    QList<MemberCondition> conditions;
    QList<MemberFilterDefinition> groups = {};

    bool isEmpty() const { return conditions.isEmpty() && groups.isEmpty(); }

    QJsonObject toJson() const;
    static Result<MemberFilterDefinition> fromJson(const QByteArray& json);
};

// A definition compiled to SQL over `members m LEFT JOIN member_status ms`: a WHERE
// expression and its bound values. Only present (non-erased) members match.
struct CompiledFilter {
    QString where;
    QVariantMap binds;
};

class MemberFilterCompiler {
    Q_DECLARE_TR_FUNCTIONS(MemberFilterCompiler)

public:
    // `today` anchors the relative conditions; the database is read for thresholds that depend
    // on the data (top-quarter activity).
    static Result<CompiledFilter> compile(const Database& db, const MemberFilterDefinition& def,
                                          const QDate& today);
    static QStringList fields();

private:
    static Result<CompiledFilter> compileGroup(const Database& db,
                                               const MemberFilterDefinition& def,
                                               const QDate& today, const QString& prefix);
};

// Members matching a definition (ids ascending), and their count.
class MemberFilterQuery {
public:
    static Result<QList<qint64>> memberIds(const Database& db, const MemberFilterDefinition& def,
                                           const QDate& today);
    static Result<int> count(const Database& db, const MemberFilterDefinition& def,
                             const QDate& today);
};

} // namespace qundesk
