// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace qundesk::crash {

// One operation the crash test interrupts: the workspace every run starts from, the command,
// and the states the workspace may be found in after a kill.
struct CrashScenario {
    QString operation;
    QString workspace;     // copied into each run's folder as workspace.qundesk
    QStringList arguments; // after "--db <copy>"; "%RUN%" stands for the run's folder
    QByteArray before;     // the digest of the workspace before the command
    QByteArray after;      // after a run that was not interrupted
    // Other states a kill may leave that are whole (a migration that committed before the
    // command's own work began).
    QList<QByteArray> alsoAllowed;
    QString backupTarget; // backup: the file written ("%RUN%/…"), whole or absent after a kill
    qint64 referenceMs = 0; // how long an uninterrupted run took
};

// The operations: "import", "chat-import", "backup", "restore", "migrate".
QStringList crashOperations();

// Builds the scenario's files in `folder` with `cli` and measures an uninterrupted run; the
// error says what failed.
QString prepareScenario(const QString& operation, const QString& cli, const QString& folder,
                        CrashScenario* scenario);

// The arguments of a run in `runFolder` on the workspace copy `workspace`.
QStringList runArguments(const CrashScenario& scenario, const QString& workspace,
                         const QString& runFolder);

} // namespace qundesk::crash
