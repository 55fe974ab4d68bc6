// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliProcess.h"

#include <QElapsedTimer>
#include <QProcess>

namespace qundesk::crash {

CliOutcome runCli(const QString& cli, const QStringList& arguments, const QString& folder,
                  qint64 killAfterMs) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QUNDESK_FIXED_NOW"), QStringLiteral("2026-05-04T04:00:00Z"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder);
    process.setProgram(cli);
    process.setArguments(arguments);
    process.setStandardOutputFile(QProcess::nullDevice());

    CliOutcome outcome;
    QElapsedTimer timer;
    timer.start();
    process.start();
    outcome.started = process.waitForStarted(30000);
    if (!outcome.started) {
        outcome.err = process.errorString().toUtf8();
        return outcome;
    }
    const int timeout = 10 * 60 * 1000;
    if (killAfterMs >= 0 && !process.waitForFinished(int(qMax<qint64>(killAfterMs, 1)))) {
        process.kill(); // SIGKILL: no handler, no flush, no cleanup
        process.waitForFinished(timeout);
        outcome.killed = true;
    } else if (killAfterMs < 0) {
        process.waitForFinished(timeout);
    }
    outcome.milliseconds = timer.elapsed();
    outcome.err = process.readAllStandardError();
    if (!outcome.killed)
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return outcome;
}

} // namespace qundesk::crash
