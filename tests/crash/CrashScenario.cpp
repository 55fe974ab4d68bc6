// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CrashScenario.h"

#include "CliProcess.h"
#include "WorkspaceState.h"
#include "db/Database.h"

#include <QDir>
#include <QFile>

namespace qundesk::crash {

namespace {

// Sizes: each uninterrupted run takes about a second on a developer machine, so that random
// kills land in every part of it.
constexpr int kImportRows = 12000;
constexpr int kOldMembers = 40000;
constexpr int kChatMessages = 60000;

// A WhatsApp export (Android, D/M/Y) of `messages` messages by 400 authors, 300 of them new
// to the demo, with a join now and then: every part of the chat import runs.
QString writeWhatsAppChat(const QString& path, int messages) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QByteArray text;
    for (int i = 0; i < messages; ++i) {
        const int minute = i / 4; // four messages a minute, from 1 March 2026
        const int day = 1 + minute / 1440 % 28;
        const QByteArray stamp = QByteArray::number(day).rightJustified(2, '0') + "/03/2026, " +
                                 QByteArray::number(minute / 60 % 24).rightJustified(2, '0') +
                                 ':' + QByteArray::number(minute % 60).rightJustified(2, '0');
        const QByteArray author = "聊天成员" + QByteArray::number(i % 400);
        if (i % 500 == 0)
            text += stamp + " - " + author + " joined using this group's invite link\n";
        text += stamp + " - " + author + ": 消息 " + QByteArray::number(i) + "\n";
        if (i % 97 == 0)
            text += "第二行 " + QByteArray::number(i) + "\n";
    }
    return file.write(text) == text.size() ? QString() : file.errorString();
}

QString writeMemberCsv(const QString& path, int rows, int offset) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QByteArray text = "姓名,微信号,群,入群时间,来源,推荐人,标签,手机\n";
    for (int i = offset; i < offset + rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += "导入成员" + n + ",import" + n + ",导入群" + QByteArray::number(i % 5) +
                ",2026-0" + QByteArray::number(1 + i % 4) + "-1" + QByteArray::number(i % 9) +
                ",抖音," + (i % 7 == 0 && i > offset ? "导入成员" + QByteArray::number(i - 1) : "") +
                ",VIP;批次" + QByteArray::number(i % 9) + ",138" +
                QByteArray::number(10000000 + i) + "\n";
    }
    return file.write(text) == text.size() ? QString() : file.errorString();
}

QString cliFailure(const char* what, const CliOutcome& outcome) {
    return QStringLiteral("%1 failed (exit %2): %3")
        .arg(QLatin1String(what))
        .arg(outcome.exitCode)
        .arg(QString::fromUtf8(outcome.err).trimmed());
}

QString digestOf(const QString& path, QByteArray* digest) {
    const WorkspaceState state = readWorkspaceState(path);
    if (!state.error.isEmpty() || state.integrity != QLatin1String("ok"))
        return QStringLiteral("%1 is not whole: %2 %3").arg(path, state.error, state.integrity);
    *digest = state.digest;
    return {};
}

// The demo workspace, made once per scenario.
QString makeDemo(const QString& cli, const QString& folder, const QString& path) {
    const CliOutcome demo = runCli(cli, {QStringLiteral("--db"), path, QStringLiteral("demo")},
                                   folder);
    return demo.exitCode == 0 ? QString() : cliFailure("qundesk-cli demo", demo);
}

QString prepareFiles(const QString& operation, const QString& cli, const QString& folder,
                     CrashScenario* s) {
    const QDir dir(folder);
    s->workspace = dir.filePath(QStringLiteral("start.qundesk"));
    if (operation == QLatin1String("migrate")) {
        // An old workspace; the first write-open migrates it, then the command imports a row.
        if (QString e = writeOldWorkspace(s->workspace, kOldMembers); !e.isEmpty())
            return QStringLiteral("cannot write the old workspace: %1").arg(e);
        const QString one = dir.filePath(QStringLiteral("one.csv"));
        if (QString e = writeMemberCsv(one, 1, 0); !e.isEmpty())
            return e;
        s->arguments = {QStringLiteral("import"), QStringLiteral("members"), one};
        // Migrated only: what a kill after the migration's commit leaves.
        const QString migrated = dir.filePath(QStringLiteral("migrated.qundesk"));
        if (!copyWorkspace(s->workspace, migrated))
            return QStringLiteral("cannot copy the old workspace");
        {
            auto db = Database::open(migrated);
            if (!db)
                return QStringLiteral("cannot migrate the old workspace: %1")
                    .arg(db.error().message);
        }
        QByteArray digest;
        if (QString e = digestOf(migrated, &digest); !e.isEmpty())
            return e;
        s->alsoAllowed << digest;
        return {};
    }
    if (QString e = makeDemo(cli, folder, s->workspace); !e.isEmpty())
        return e;
    if (operation == QLatin1String("import")) {
        const QString csv = dir.filePath(QStringLiteral("members.csv"));
        if (QString e = writeMemberCsv(csv, kImportRows, 0); !e.isEmpty())
            return e;
        s->arguments = {QStringLiteral("import"), QStringLiteral("members"), csv};
    } else if (operation == QLatin1String("chat-import")) {
        const QString chat = dir.filePath(QStringLiteral("WhatsApp Chat with 聊天群.txt"));
        if (QString e = writeWhatsAppChat(chat, kChatMessages); !e.isEmpty())
            return e;
        s->arguments = {QStringLiteral("import"), QStringLiteral("chat"), chat};
    } else if (operation == QLatin1String("backup")) {
        s->backupTarget = QStringLiteral("%RUN%/copy.qundesk");
        s->arguments = {QStringLiteral("backup"), s->backupTarget};
    } else if (operation == QLatin1String("restore")) {
        // The backup holds the demo; the workspace then gets more members, so the two differ.
        const QString backup = dir.filePath(QStringLiteral("backup.qundesk"));
        const CliOutcome made =
            runCli(cli, {QStringLiteral("--db"), s->workspace, QStringLiteral("backup"), backup},
                   folder);
        if (made.exitCode != 0)
            return cliFailure("qundesk-cli backup", made);
        const QString csv = dir.filePath(QStringLiteral("more.csv"));
        if (QString e = writeMemberCsv(csv, 2000, 50000); !e.isEmpty())
            return e;
        const CliOutcome more =
            runCli(cli,
                   {QStringLiteral("--db"), s->workspace, QStringLiteral("import"),
                    QStringLiteral("members"), csv},
                   folder);
        if (more.exitCode != 0)
            return cliFailure("qundesk-cli import members", more);
        s->arguments = {QStringLiteral("restore"), backup};
    } else {
        return QStringLiteral("unknown operation %1; use one of: %2")
            .arg(operation, crashOperations().join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

QStringList crashOperations() {
    return {QStringLiteral("import"), QStringLiteral("chat-import"), QStringLiteral("backup"),
            QStringLiteral("restore"), QStringLiteral("migrate")};
}

QStringList runArguments(const CrashScenario& scenario, const QString& workspace,
                         const QString& runFolder) {
    QStringList arguments = {QStringLiteral("--db"), workspace};
    for (const QString& argument : scenario.arguments)
        arguments << QString(argument).replace(QStringLiteral("%RUN%"), runFolder);
    return arguments;
}

QString prepareScenario(const QString& operation, const QString& cli, const QString& folder,
                        CrashScenario* scenario) {
    scenario->operation = operation;
    if (QString e = prepareFiles(operation, cli, folder, scenario); !e.isEmpty())
        return e;
    // A workspace whose log was checkpointed into the file: each run copies one file.
    if (QString e = digestOf(scenario->workspace, &scenario->before); !e.isEmpty())
        return e;

    // The reference: the command run to its end on a copy.
    const QString runFolder = QDir(folder).filePath(QStringLiteral("reference"));
    QDir(runFolder).removeRecursively();
    QDir().mkpath(runFolder);
    const QString copy = QDir(runFolder).filePath(QStringLiteral("workspace.qundesk"));
    if (!copyWorkspace(scenario->workspace, copy))
        return QStringLiteral("cannot copy the workspace");
    const CliOutcome reference = runCli(cli, runArguments(*scenario, copy, runFolder), runFolder);
    if (reference.exitCode != 0)
        return cliFailure("the uninterrupted run", reference);
    scenario->referenceMs = reference.milliseconds;
    if (QString e = digestOf(copy, &scenario->after); !e.isEmpty())
        return e;
    if (scenario->after == scenario->before && operation != QLatin1String("backup"))
        return QStringLiteral("the %1 changed nothing; the test would prove nothing").arg(operation);
    QDir(runFolder).removeRecursively();
    return {};
}

} // namespace qundesk::crash
