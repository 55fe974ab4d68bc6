// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace qundesk::cli {

// The --help text, built from the command table so a new command documents itself.
class Usage {
    Q_DECLARE_TR_FUNCTIONS(Usage)

public:
    static QString commandLine(const Command& command); // "report summary [--group NAME] …"
    static QString text(const QList<Command>& commands);
    static QJsonObject json(const QList<Command>& commands);
};

struct Match {
    Command command;
    QStringList rest; // the words after the command's own
};

// The command whose words start `words` (the longest such), or an "unknown command" error.
Result<Match> findCommand(const QList<Command>& commands, const QStringList& words);

} // namespace qundesk::cli
