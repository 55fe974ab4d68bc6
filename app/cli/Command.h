// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "CliArgs.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace qundesk {
class Database;
}

namespace qundesk::cli {

class CliContext;

// One row of the command table. Adding a command = writing its run function and returning a
// row from its family's commands(); main.cpp parses, matches `words` and dispatches.
struct Command {
    QStringList words;        // e.g. {"report", "summary"}
    QString synopsis;         // arguments after the words, e.g. "[--group NAME] FILE"
    QString summary;          // one translated line for --help
    QStringList valueOptions; // options that take a value, e.g. {"--group"}
    QStringList flagOptions;  // options without a value
    int minPositional = 0;
    int maxPositional = 0;
    // The command reads days (reports, exports): the global --tz applies to it. Commands that
    // write or copy the workspace refuse --tz, since it never changes what is stored.
    bool readsDays = false;
    // Prints its result through the context; an Error is reported by the dispatcher (exit 1).
    std::function<Status(CliContext&, const CliArgs&)> run;
};

// One function per command family (one .cpp each).
QList<Command> demoCommands();
QList<Command> groupCommands();
QList<Command> reportCommands();
QList<Command> maintenanceCommands();
QList<Command> memberCommands();
QList<Command> orderCommands();
QList<Command> reportExportCommands();
QList<Command> sopCommands();
QList<Command> taskCommands();
QList<Command> calendarCommands();
QList<Command> chatCommands();
QList<Command> analyticsCommands();

// The id of the group named by --group; 0 when the option is absent; an error naming
// "group list" when no group has that name.
Result<qint64> groupIdOption(const Database& db, const CliArgs& args);

// Every command, in --help order.
QList<Command> commandTable();

} // namespace qundesk::cli
