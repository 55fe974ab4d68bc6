// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/PageCacheScope.h"
#include "db/Schema.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/LogCategories.h"

#include <QCoreApplication>

#include <optional>

namespace qundesk::schema {

namespace {
// Steps that rebuild tables (new table, copy, drop, rename).
const QList<int> kRebuildingSteps = {5};

QStringList statementsFor(int version) {
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    case 8:
        return version8();
    case 9:
        return version9();
    default:
        return {};
    }
}
} // namespace

namespace {

// The statements of one step and the version it sets, inside the caller's transaction.
Status runStep(const QSqlDatabase& db, int toVersion) {
    const QStringList statements = statementsFor(toVersion);
    if (statements.isEmpty()) {
        return Error{QCoreApplication::translate("Schema", "No migration to schema version %1.")
                         .arg(toVersion),
                     {},
                     0};
    }
    for (const QString& statement : statements) {
        if (auto r = sql::exec(db, statement); !r)
            return r.error();
    }
    // PRAGMA arguments cannot be bound; both values are integers of ours.
    if (auto r = sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        !r)
        return r.error();
    if (auto r = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(toVersion)); !r)
        return r.error();
    return {};
}

// Runs the steps fromVersion + 1 … toVersion in one transaction.
Status runSteps(const QSqlDatabase& db, int fromVersion, int toVersion,
                const std::function<Status()>& inside = {}) {
    // A step that rebuilds tables copies their rows as they are, rows of broken old data whose
    // parent is gone included: foreign keys are off meanwhile, as SQLite's procedure for
    // altering a table says (the pragma does nothing inside a transaction).
    std::optional<ForeignKeysOff> keysOff;
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        if (kRebuildingSteps.contains(version) && !keysOff)
            keysOff.emplace(db);
    }
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        if (auto status = runStep(db, version); !status) {
            qCWarning(lcDb).noquote() << "migration to schema" << version << "of"
                                      << db.databaseName() << "failed:" << status.error().message;
            return status;
        }
    }
    if (inside)
        if (auto status = inside(); !status)
            return status;
    return tx.commit();
}

} // namespace

Status applyStep(const QSqlDatabase& db, int toVersion) {
    return runSteps(db, toVersion - 1, toVersion);
}

Status migrate(const QSqlDatabase& db, int fromVersion, const std::function<Status()>& inside) {
    if (fromVersion >= kCurrentVersion)
        return inside ? inside() : Status{};
    if (fromVersion > 0)
        qCInfo(lcDb).noquote() << "migrating" << db.databaseName() << "from schema" << fromVersion
                               << "to" << kCurrentVersion;
    // All steps in one transaction: a failed step, or a crash anywhere in the migration, leaves
    // the file at the version it had (a state between two versions is never seen by the next
    // run, which starts over from that version).
    return runSteps(db, fromVersion, kCurrentVersion, inside);
}

} // namespace qundesk::schema
