// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/DamageCheck.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace qundesk {

namespace {

constexpr int kMaxProblems = 20;

// Schema objects by name (an index maps to its table) and tables by root page.
struct SchemaMap {
    QHash<QString, QString> tableOf;
    QHash<int, QString> byRootPage;
};

SchemaMap schemaMap(const QSqlDatabase& connection) {
    SchemaMap map;
    auto rows = sql::exec(connection, QStringLiteral("SELECT type, name, tbl_name, rootpage "
                                                     "FROM sqlite_schema"));
    if (!rows)
        return map;
    while (rows->next()) {
        const QString type = rows->value(0).toString();
        if (type != QLatin1String("table") && type != QLatin1String("index"))
            continue;
        const QString table = rows->value(2).toString();
        map.tableOf.insert(rows->value(1).toString(), table);
        if (const int page = rows->value(3).toInt(); page > 0)
            map.byRootPage.insert(page, table);
    }
    return map;
}

} // namespace

Result<DamageReport> DamageCheck::run(const Database& db, bool quick) {
    DamageReport report;
    auto rows = sql::exec(db.connection(), quick ? QStringLiteral("PRAGMA quick_check(%1)")
                                                       .arg(kMaxProblems)
                                                 : QStringLiteral("PRAGMA integrity_check(%1)")
                                                       .arg(kMaxProblems));
    if (!rows) {
        report.problems << rows.error().message;
        return report;
    }
    while (rows->next()) {
        // The first problem comes as "*** in database main ***\n<problem>".
        const QStringList lines = rows->value(0).toString().split(QLatin1Char('\n'));
        for (const QString& line : lines)
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")))
                report.problems << line;
    }
    report.tables = tablesOf(db.connection(), report.problems);
    return report;
}

Status DamageCheck::ensureIntact(const Database& db, const QStringList& tables) {
    DamageReport report;
    for (const QString& table : tables) {
        auto rows = sql::exec(db.connection(), QStringLiteral("PRAGMA quick_check(%1)").arg(table));
        bool intact = rows.ok();
        while (intact && rows->next())
            intact = rows->value(0).toString() == QLatin1String("ok");
        if (!intact) {
            report.problems << table;
            report.tables << table;
        }
    }
    if (!report.damaged())
        return {};
    Error error{tr("%1 Nothing was changed; run a check (qundesk-cli check) and restore the "
                   "latest backup.")
                    .arg(describe(report)),
                db.path(), 0};
    error.aboutWorkspace = true;
    return error;
}

QStringList DamageCheck::tablesOf(const QSqlDatabase& connection, const QStringList& problems) {
    if (problems.isEmpty())
        return {};
    const SchemaMap map = schemaMap(connection);
    // "Tree 6 page 77 cell 3: …" names the root page; "Page 6: btreeInitPage() …" a page that
    // is one when a table's root is damaged.
    static const QRegularExpression tree(QStringLiteral("\\bTree (\\d+) page|^Page (\\d+):"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression index(QStringLiteral("\\bindex ([A-Za-z_][A-Za-z0-9_]*)"));
    static const QRegularExpression column(
        QStringLiteral("\\b(?:value|constraint|CHECK constraint) in ([A-Za-z_][A-Za-z0-9_]*)\\."));
    static const QRegularExpression table(QStringLiteral("\\btable ([A-Za-z_][A-Za-z0-9_]*)"));
    QSet<QString> found;
    for (const QString& line : problems) {
        for (auto it = tree.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int page = (m.hasCaptured(1) ? m.captured(1) : m.captured(2)).toInt();
            if (const QString t = map.byRootPage.value(page); !t.isEmpty())
                found.insert(t);
        }
        for (const QRegularExpression* named : {&index, &column, &table})
            for (auto it = named->globalMatch(line); it.hasNext();)
                if (const QString t = map.tableOf.value(it.next().captured(1)); !t.isEmpty())
                    found.insert(t);
    }
    QStringList tables(found.cbegin(), found.cend());
    tables.sort();
    return tables;
}

QString DamageCheck::latestBackup(const QString& workspacePath, const QStringList& otherFolders) {
    const QFileInfo workspace(workspacePath);
    const QString pattern = workspace.completeBaseName() + QStringLiteral("-*.qundesk-backup");
    QFileInfo newest;
    QStringList folders{workspace.absolutePath()};
    folders << otherFolders;
    for (const QString& folder : std::as_const(folders)) {
        const QFileInfoList files =
            QDir(folder).entryInfoList({pattern}, QDir::Files | QDir::Readable, QDir::Time);
        if (!files.isEmpty() &&
            (!newest.exists() || files.first().lastModified() > newest.lastModified()))
            newest = files.first();
    }
    return newest.exists() ? newest.absoluteFilePath() : QString();
}

QString DamageCheck::describe(const DamageReport& report) {
    if (!report.damaged())
        return tr("The workspace is intact.");
    if (report.tables.isEmpty())
        return tr("The workspace is damaged.");
    return tr("The workspace is damaged in the tables %1.")
        .arg(report.tables.join(QStringLiteral(", ")));
}

} // namespace qundesk
