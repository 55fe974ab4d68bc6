// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CommandTable.h"

#include "TextTable.h"
#include "db/WorkspacePaths.h"

#include <QJsonArray>

namespace qundesk::cli {

QList<Command> commandTable() {
    return demoCommands() + groupCommands() + chatCommands() + memberCommands() + orderCommands() +
           calendarCommands() + reportCommands() + analyticsCommands() + reportExportCommands() +
           sopCommands() + taskCommands() + maintenanceCommands();
}

QString Usage::commandLine(const Command& command) {
    QString line = command.words.join(QLatin1Char(' '));
    if (!command.synopsis.isEmpty())
        line += QLatin1Char(' ') + command.synopsis;
    return line;
}

QString Usage::text(const QList<Command>& commands) {
    QString out = tr("Usage: qundesk-cli [--db PATH] [--json] [--tz ZONE] COMMAND …") +
                  QLatin1Char('\n') + QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    out += formatTable({QStringLiteral("  --db PATH"),
                        tr("the workspace file (default: %1)").arg(defaultWorkspacePath())},
                       {{QStringLiteral("  --json"), tr("print exactly one JSON object on stdout")},
                        {QStringLiteral("  --tz ZONE"),
                         tr("read days in this IANA time zone (e.g. America/New_York) for this "
                            "run only: reports, stages and exports; the workspace keeps its own "
                            "zone. Given before the command.")},
                        {QStringLiteral("  --version"), tr("print the version")},
                        {QStringLiteral("  --help"), tr("print this help")}});
    out += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command& command : commands)
        out += QStringLiteral("  %1\n      %2\n").arg(commandLine(command), command.summary);
    out += QLatin1Char('\n') +
           tr("Exit status: 0 on success, 1 when the command fails, 2 when the command line is "
              "wrong; the reason is one line on stderr.") +
           QLatin1Char('\n');
    return out;
}

QJsonObject Usage::json(const QList<Command>& commands) {
    QJsonArray list;
    for (const Command& command : commands)
        list.append(QJsonObject{{QStringLiteral("command"), command.words.join(QLatin1Char(' '))},
                                {QStringLiteral("synopsis"), commandLine(command)},
                                {QStringLiteral("summary"), command.summary}});
    return {{QStringLiteral("usage"), tr("qundesk-cli [--db PATH] [--json] [--tz ZONE] COMMAND …")},
            {QStringLiteral("commands"), list}};
}

Result<Match> findCommand(const QList<Command>& commands, const QStringList& words) {
    const Command* best = nullptr;
    for (const Command& command : commands) {
        if (words.size() >= command.words.size() &&
            words.mid(0, command.words.size()) == command.words &&
            (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    if (best)
        return Match{*best, words.mid(best->words.size())};

    // Name as much of the attempt as belongs to a known family: "group foo", or just "foo".
    QString attempt = words.value(0);
    for (const Command& command : commands) {
        if (command.words.size() > 1 && command.words.constFirst() == attempt) {
            attempt += QLatin1Char(' ') + words.value(1);
            break;
        }
    }
    return Error{Usage::tr("Unknown command “%1”; run “qundesk-cli --help” for the list of "
                           "commands.")
                     .arg(attempt.trimmed()),
                 {},
                 0};
}

} // namespace qundesk::cli
