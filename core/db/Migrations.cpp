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
    default:
        return {};
    }
}
} // namespace

Status applyStep(const QSqlDatabase& db, int toVersion) {
    const QStringList statements = statementsFor(toVersion);
    if (statements.isEmpty()) {
        return Error{QCoreApplication::translate("Schema", "No migration to schema version %1.")
                         .arg(toVersion),
                     {},
                     0};
    }
    // A step that rebuilds tables copies their rows as they are, rows of broken old data whose
    // parent is gone included: foreign keys are off meanwhile, as SQLite's procedure for
    // altering a table says (the pragma does nothing inside a transaction).
    std::optional<ForeignKeysOff> keysOff;
    if (kRebuildingSteps.contains(toVersion))
        keysOff.emplace(db);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
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
    return tx.commit();
}

Status migrate(const QSqlDatabase& db, int fromVersion) {
    if (fromVersion > 0 && fromVersion < kCurrentVersion)
        qCInfo(lcDb).noquote() << "migrating" << db.databaseName() << "from schema" << fromVersion
                               << "to" << kCurrentVersion;
    for (int version = fromVersion + 1; version <= kCurrentVersion; ++version) {
        if (auto status = applyStep(db, version); !status) {
            qCWarning(lcDb).noquote() << "migration to schema" << version << "of"
                                      << db.databaseName() << "failed:" << status.error().message;
            return status;
        }
    }
    return {};
}

} // namespace qundesk::schema
