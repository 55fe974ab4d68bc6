// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// qundesk-cli: the CLI contract of DESIGN.md. This file only reads the global options and
// dispatches; each command family lives in its own file, listed in CommandTable.cpp.
#include "CliContext.h"
#include "CommandTable.h"
#include "Version.h"
#include "db/WorkspaceBusy.h"
#include "db/WorkspacePaths.h"
#include "util/LogCategories.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace qundesk;
using namespace qundesk::cli;

namespace {

struct GlobalOptions {
    QString db;
    bool json = false;
    bool version = false;
    bool help = false;
    std::optional<QString> tz; // --tz ZONE; none = the workspace's own zone
    QStringList rest;          // the command and its own arguments
};

// --db and --json are accepted anywhere before "--"; --version, --help and --tz only before
// the command (after it, --help asks for that command's usage, and --tz belongs to a command
// that has its own, such as the zone of an import's timestamps).
Result<GlobalOptions> parseGlobal(const QStringList& arguments) {
    GlobalOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            options.rest << arguments.mid(i);
            break;
        }
        if (arg == QLatin1String("--json")) {
            options.json = true;
        } else if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return Error{CliArgs::tr("The option %1 needs a value.").arg(arg), {}, 0};
            options.db = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            options.db = arg.mid(5);
        } else if (options.rest.isEmpty() && arg == QLatin1String("--tz")) {
            if (i + 1 >= arguments.size())
                return Error{CliArgs::tr("The option %1 needs a value.").arg(arg), {}, 0};
            options.tz = arguments.at(++i);
        } else if (options.rest.isEmpty() && arg.startsWith(QLatin1String("--tz="))) {
            options.tz = arg.mid(5);
        } else if (options.rest.isEmpty() && arg == QLatin1String("--version")) {
            options.version = true;
        } else if (options.rest.isEmpty() &&
                   (arg == QLatin1String("--help") || arg == QLatin1String("-h"))) {
            options.help = true;
        } else {
            options.rest << arg;
        }
    }
    return options;
}

// An IANA time zone id such as Asia/Shanghai, as --tz takes it.
Result<QTimeZone> timeZoneOption(const QString& text) {
    const QByteArray id = text.trimmed().toUtf8();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id)) {
        const QTimeZone zone(id);
        if (zone.isValid())
            return zone;
    }
    return Error{Usage::tr("Unknown time zone “%1” for --tz; give an IANA id such as "
                           "Asia/Shanghai or America/New_York.")
                     .arg(text),
                 {},
                 0};
}

int run(const QStringList& arguments) {
    auto global = parseGlobal(arguments);
    const bool json = global ? global->json : arguments.contains(QLatin1String("--json"));
    if (!global)
        return CliContext({}, json).fail(global.error(), kExitUsage);

    CliContext ctx(global->db.isEmpty() ? defaultWorkspacePath() : global->db, global->json);
    if (global->tz) {
        auto zone = timeZoneOption(*global->tz);
        if (!zone)
            return ctx.fail(zone.error(), kExitUsage);
        ctx.setTimeZoneOverride(*zone);
    }
    const QList<Command> commands = commandTable();
    if (global->version) {
        ctx.print({{QStringLiteral("version"), QString::fromLatin1(kVersion)}},
                  QStringLiteral("qundesk-cli %1").arg(QString::fromLatin1(kVersion)));
        return kExitOk;
    }
    if (global->help) {
        ctx.print(Usage::json(commands), Usage::text(commands));
        return kExitOk;
    }
    if (global->rest.isEmpty())
        return ctx.fail({Usage::tr("No command given; run “qundesk-cli --help” for the list of "
                                   "commands."),
                         {},
                         0},
                        kExitUsage);

    auto match = findCommand(commands, global->rest);
    if (!match)
        return ctx.fail(match.error(), kExitUsage);
    const Command& command = match->command;
    if (match->rest.contains(QLatin1String("--help")) ||
        match->rest.contains(QLatin1String("-h"))) {
        ctx.print(Usage::json({command}), Usage::text({command}));
        return kExitOk;
    }
    if (ctx.hasTimeZoneOverride() && !command.readsDays)
        return ctx.fail({Usage::tr("--tz only changes how reports read days; “%1” works in the "
                                   "workspace's own time zone (change it in QunDesk's "
                                   "Preferences).")
                             .arg(command.words.join(QLatin1Char(' '))),
                         {},
                         0},
                        kExitUsage);
    auto args = CliArgs::parse(match->rest, command.valueOptions, command.flagOptions);
    if (!args)
        return ctx.fail({QStringLiteral("%1: %2").arg(command.words.join(QLatin1Char(' ')),
                                                      args.error().message),
                         {},
                         0},
                        kExitUsage);
    const qsizetype count = args->positional().size();
    if (count < command.minPositional || count > command.maxPositional)
        return ctx.fail(
            {Usage::tr("Wrong arguments; usage: qundesk-cli %1").arg(Usage::commandLine(command)),
             {},
             0},
            kExitUsage);

    qCDebug(lcCli).noquote() << "running" << command.words.join(QLatin1Char(' ')) << "on"
                             << ctx.workspacePath();
    const Status status = command.run(ctx, *args);
    const int code = status ? kExitOk : ctx.usageFailed() ? kExitUsage : kExitFailure;
    qCDebug(lcCli) << "exit" << code;
    return status ? kExitOk : ctx.fail(status.error(), code);
}

// `export report` paints a PDF, which needs Qt Gui (fonts, QPainter) but no display.
bool paintsReport(int argc, char* argv[]) {
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "export") == 0 && qstrcmp(argv[i + 1], "report") == 0)
            return true;
    }
    return false;
}

// Qt's platform start-up warns on stderr when XDG_RUNTIME_DIR is unset (a terminal without a
// login session, a cron job): harmless here, and stderr is the command's own.
QtMessageHandler g_defaultHandler = nullptr;
void quietStartup(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[]) {
    // Only that command gets a QGuiApplication, on the offscreen platform; every other command
    // runs on a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (paintsReport(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_defaultHandler = qInstallMessageHandler(quietStartup);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the window, so both find the same default workspace.
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    // stderr carries the command's own errors; QunDesk's info lines (migrations, backups) only
    // when asked for with QT_LOGGING_RULES (e.g. "qundesk.*.info=true"), which overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("qundesk.*.info=false"));
    // A script waits for a busy workspace (an import in the window) before giving up.
    busy::setProcessTimeoutMs(busy::kCliTimeoutMs);
    // QUNDESK_FIXED_NOW (an ISO 8601 instant) fixes this run's clock, so that tests can compare
    // workspaces written at different moments (tests/crash).
    if (const QString fixed = qEnvironmentVariable("QUNDESK_FIXED_NOW"); !fixed.isEmpty())
        time::setFixedNow(QDateTime::fromString(fixed, Qt::ISODate));
    return run(QCoreApplication::arguments());
}
