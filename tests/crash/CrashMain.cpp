// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The crash test: runs qundesk-cli on a copy of a workspace, SIGKILLs it at a random moment of
// an operation (member import, backup, restore, migration), then checks that the workspace is
// whole (integrity check), holds exactly the data of before or of after the operation (never a
// state between) and opens again. Usage:
//   qundesk_crash --cli PATH --operation import|backup|restore|migrate [--kills N] [--seed S]
//                 [--work DIR]
// The seed is printed; the same seed replays the same kill moments.
#include "CliProcess.h"
#include "CrashScenario.h"
#include "WorkspaceState.h"
#include "db/Database.h"
#include "db/Schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace qundesk;
using namespace qundesk::crash;

namespace {

void say(const QString& line) {
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString nameOf(const CrashScenario& s, const QByteArray& digest) {
    if (digest == s.before)
        return QStringLiteral("before");
    if (digest == s.after)
        return QStringLiteral("after");
    if (s.alsoAllowed.contains(digest))
        return QStringLiteral("migrated");
    return {};
}

// Checks one interrupted run; returns what is wrong, or an empty string.
QString checkRun(const CrashScenario& s, const CliOutcome& outcome, const QString& workspace,
                 const QString& runFolder, QString* state) {
    if (!outcome.killed && outcome.exitCode != 0)
        return QStringLiteral("the command failed without a kill (exit %1): %2")
            .arg(outcome.exitCode)
            .arg(QString::fromUtf8(outcome.err).trimmed());
    const WorkspaceState found = readWorkspaceState(workspace);
    if (!found.exists)
        return QStringLiteral("the workspace file is gone");
    if (!found.error.isEmpty())
        return QStringLiteral("the workspace cannot be read: %1").arg(found.error);
    if (found.integrity != QLatin1String("ok"))
        return QStringLiteral("the integrity check fails: %1").arg(found.integrity);
    *state = nameOf(s, found.digest);
    if (state->isEmpty())
        return QStringLiteral("the workspace holds neither the data of before nor of after "
                              "(schema version %1, %2 rows)")
            .arg(found.schemaVersion)
            .arg(found.rows);
    if (!outcome.killed && found.digest != s.after)
        return QStringLiteral("the command finished but the workspace is %1").arg(*state);

    if (!s.backupTarget.isEmpty()) {
        const QString target = QString(s.backupTarget).replace(QStringLiteral("%RUN%"), runFolder);
        const WorkspaceState backup = readWorkspaceState(target);
        if (backup.exists && (backup.integrity != QLatin1String("ok") || backup.digest != s.before))
            return QStringLiteral("the backup file exists but is not a whole copy (%1 %2)")
                .arg(backup.error, backup.integrity);
        if (!outcome.killed && !backup.exists)
            return QStringLiteral("the backup finished but wrote no file");
    }

    // The next open (the window's or the CLI's): migrates what is left to migrate, and works.
    auto db = Database::open(workspace);
    if (!db)
        return QStringLiteral("the next open fails: %1").arg(db.error().message);
    if ((*db)->schemaVersion() != schema::kCurrentVersion)
        return QStringLiteral("the next open left schema version %1").arg((*db)->schemaVersion());
    if (auto integrity = (*db)->checkIntegrity(); !integrity)
        return QStringLiteral("after the next open the workspace has problems: %1")
            .arg(integrity.error().message);
    return {};
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("qundesk.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kills qundesk-cli during an operation and "
                                                    "checks the workspace it leaves."));
    parser.addHelpOption();
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("qundesk-cli"),
                                       QStringLiteral("PATH"));
    const QCommandLineOption operationOption(
        QStringLiteral("operation"), crashOperations().join(QLatin1Char('|')),
        QStringLiteral("NAME"));
    const QCommandLineOption killsOption(QStringLiteral("kills"), QStringLiteral("kills"),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("random seed"),
                                        QStringLiteral("S"));
    const QCommandLineOption workOption(QStringLiteral("work"),
                                        QStringLiteral("folder for the files (kept)"),
                                        QStringLiteral("DIR"));
    parser.addOptions({cliOption, operationOption, killsOption, seedOption, workOption});
    parser.process(app);
    const QString cli = QFileInfo(parser.value(cliOption)).absoluteFilePath();
    const QString operation = parser.value(operationOption);
    const int kills = parser.value(killsOption).toInt();
    const quint32 seed = parser.isSet(seedOption) ? parser.value(seedOption).toUInt()
                                                  : QRandomGenerator::global()->generate();
    if (cli.isEmpty() || !crashOperations().contains(operation) || kills < 1) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return 2;
    }

    QTemporaryDir temporary;
    const QString folder = parser.isSet(workOption) ? parser.value(workOption) : temporary.path();
    QDir().mkpath(folder);
    say(QStringLiteral("crash test of %1: %2 kills, seed %3 (replay: --operation %1 --seed %3)")
            .arg(operation)
            .arg(kills)
            .arg(seed));
    CrashScenario scenario;
    if (QString e = prepareScenario(operation, cli, folder, &scenario); !e.isEmpty()) {
        std::fprintf(stderr, "cannot prepare the %s test: %s\n", qPrintable(operation),
                     qPrintable(e));
        return 1;
    }
    say(QStringLiteral("an uninterrupted %1 takes %2 ms").arg(operation).arg(scenario.referenceMs));

    QRandomGenerator random(seed);
    QHash<QString, int> found;
    int failures = 0;
    for (int run = 1; run <= kills; ++run) {
        // Kill moments over the whole run and a little past it (a run may be slower this time).
        const qint64 delay = qint64(random.bounded(quint32(scenario.referenceMs * 11 / 10 + 1)));
        const QString runFolder = QDir(folder).filePath(QStringLiteral("run-%1").arg(run));
        QDir(runFolder).removeRecursively();
        QDir().mkpath(runFolder);
        const QString workspace = QDir(runFolder).filePath(QStringLiteral("workspace.qundesk"));
        if (!copyWorkspace(scenario.workspace, workspace)) {
            std::fprintf(stderr, "cannot copy the workspace into %s\n", qPrintable(runFolder));
            return 1;
        }
        const CliOutcome outcome =
            runCli(cli, runArguments(scenario, workspace, runFolder), runFolder, delay);
        QString state;
        const QString problem = checkRun(scenario, outcome, workspace, runFolder, &state);
        const QString moment = outcome.killed ? QStringLiteral("killed after %1 ms").arg(delay)
                                              : QStringLiteral("finished before the kill");
        if (problem.isEmpty()) {
            ++found[outcome.killed ? state : QStringLiteral("finished")];
            say(QStringLiteral("run %1/%2: %3: %4").arg(run).arg(kills).arg(moment, state));
            QDir(runFolder).removeRecursively();
        } else {
            ++failures;
            say(QStringLiteral("FAILED run %1/%2 (seed %3): %4: %5; files kept in %6")
                    .arg(run)
                    .arg(kills)
                    .arg(seed)
                    .arg(moment, problem, parser.isSet(workOption) ? runFolder
                                                                   : QStringLiteral("(use --work)")));
        }
    }
    QStringList summary;
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        summary << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    summary.sort();
    say(QStringLiteral("%1: %2 failed; found %3 (seed %4)")
            .arg(operation)
            .arg(failures)
            .arg(summary.join(QStringLiteral(", ")))
            .arg(seed));
    return failures == 0 ? 0 : 1;
}
