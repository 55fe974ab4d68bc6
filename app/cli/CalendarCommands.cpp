// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Calendar commands of the CLI contract: export calendar FILE.ics and import calendar
// FILE.ics. Thin calls into core; the JSON keys are the contract's.
#include "CliContext.h"
#include "Command.h"
#include "TextTable.h"
#include "calendar/IcsExport.h"
#include "db/Database.h"
#include "services/CalendarImportService.h"
#include "util/TargetPath.h"

#include <QFileInfo>

namespace qundesk::cli {

namespace {

const QString kGroup = QStringLiteral("--group");

class CalendarCommands {
    Q_DECLARE_TR_FUNCTIONS(CalendarCommands)

public:
    static QList<Command> commands() {
        Command exportCmd;
        exportCmd.words = {QStringLiteral("export"), QStringLiteral("calendar")};
        exportCmd.synopsis = QStringLiteral("FILE.ics [--group NAME] [--from YYYY-MM-DD] "
                                            "[--to YYYY-MM-DD]");
        exportCmd.summary = tr("Export the content calendar as iCalendar (.ics): series with "
                               "their rules and exceptions, in the workspace's time zone.");
        exportCmd.valueOptions = {kGroup, QStringLiteral("--from"), QStringLiteral("--to")};
        exportCmd.minPositional = exportCmd.maxPositional = 1;
        exportCmd.run = &CalendarCommands::exportCalendar;
        exportCmd.readsDays = true;

        Command importCmd;
        importCmd.words = {QStringLiteral("import"), QStringLiteral("calendar")};
        importCmd.synopsis = QStringLiteral("FILE.ics [--group NAME]");
        importCmd.summary = tr("Add the events of an .ics file (QunDesk's or a calendar "
                               "program's) as calendar items; events already imported (same "
                               "UID) are counted as duplicates.");
        importCmd.valueOptions = {kGroup};
        importCmd.minPositional = importCmd.maxPositional = 1;
        importCmd.run = &CalendarCommands::importCalendar;
        return {exportCmd, importCmd};
    }

private:
    static Status exportCalendar(CliContext& ctx, const CliArgs& args) {
        const QString file = QFileInfo(args.positional().constFirst()).absoluteFilePath();
        if (!file.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
            return ctx.usage(Error{tr("The calendar is exported as .ics; name a file ending in "
                                      ".ics."),
                                   file, 0});
        auto from = args.date(QStringLiteral("--from"));
        if (!from)
            return ctx.usage(from.error());
        auto to = args.date(QStringLiteral("--to"));
        if (!to)
            return ctx.usage(to.error());
        if (from->isValid() && to->isValid() && *from > *to)
            return ctx.usage(Error{tr("The period is empty: --from %1 is after --to %2.")
                                       .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)),
                                   {},
                                   0});
        auto db = ctx.database(CliContext::Open::ReadOnly);
        if (!db)
            return db.error();
        auto groupId = groupIdOption(**db, args);
        if (!groupId)
            return groupId.error();
        calendar::IcsExportOptions options;
        options.groupId = *groupId;
        if (from->isValid() || to->isValid()) {
            options.from = from->isValid() ? *from : QDate(1900, 1, 1);
            options.to = to->isValid() ? *to : QDate(9999, 12, 31);
        }
        auto written = calendar::IcsExport::write(**db, options, file);
        if (!written)
            return written.error();
        ctx.print({{QStringLiteral("file"), file}, {QStringLiteral("items"), *written}},
                  tr("%n calendar item(s) written to %1", "", *written).arg(file));
        return {};
    }

    static Status importCalendar(CliContext& ctx, const CliArgs& args) {
        const QString file = args.positional().constFirst();
        if (auto readable = TargetPath::forReading(file); !readable)
            return readable;
        auto db = ctx.database(CliContext::Open::CreateIfMissing);
        if (!db)
            return db.error();
        auto report = CalendarImportService::importFile(**db, file, args.value(kGroup));
        if (!report)
            return report.error();
        QString text = formatPairs({{tr("Imported events"), QString::number(report->imported)},
                                    {tr("Duplicates"), QString::number(report->duplicates)},
                                    {tr("Skipped"), QString::number(report->skipped)}});
        for (const ImportReport::RowError& e : report->errors)
            text +=
                (e.line > 0 ? tr("Line %1: %2").arg(QString::number(e.line), e.reason) : e.reason) +
                QLatin1Char('\n');
        ctx.print(report->toJson(), text);
        return {};
    }
};

} // namespace

QList<Command> calendarCommands() {
    return CalendarCommands::commands();
}

} // namespace qundesk::cli
