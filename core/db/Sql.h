// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

namespace qundesk::sql {

// Prepares `statement`, binds each `:name` in `binds` and runs it. The error names the
// statement's first words so a failure can be traced without logging personal data.
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement,
                       const QVariantMap& binds = {});

// The error of a failed prepare or exec of `query`, naming its statement's first words.
Error failure(const QSqlQuery& query);

// The values of `binds` whose ":name" `statement` uses (not merely a longer name that starts
// the same), for statements that share one set of values: binding a name a statement lacks
// is an error in some drivers.
QVariantMap bindsUsedBy(const QString& statement, const QVariantMap& binds);

// Runs a statement that returns one row with one column (COUNT, MAX…); `fallback` when empty.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement,
                        const QVariantMap& binds = {}, const QVariant& fallback = {});

// The first column of every row of `statement`, as ids, in the order the rows come.
Result<QList<qint64>> ids(const QSqlDatabase& db, const QString& statement,
                          const QVariantMap& binds = {});

// Null QVariant for an empty string, so optional text columns store NULL rather than ''.
QVariant nullIfEmpty(const QString& text);

// Null QVariant for id <= 0 (an absent foreign key).
QVariant nullIfNoId(qint64 id);

} // namespace qundesk::sql
