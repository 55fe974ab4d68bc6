// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace qundesk::crash {

struct CliOutcome {
    bool started = false;
    bool killed = false; // SIGKILLed before it finished
    int exitCode = -1;   // when it finished
    qint64 milliseconds = 0;
    QByteArray err;
};

// Runs qundesk-cli with `arguments` in `folder` (its working directory and data home), on a
// fixed clock and time zone, so runs at different moments write the same data. A kill delay
// >= 0 SIGKILLs the process that many milliseconds after it started, unless it finished first.
CliOutcome runCli(const QString& cli, const QStringList& arguments, const QString& folder,
                  qint64 killAfterMs = -1);

} // namespace qundesk::crash
