// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// export report FILE.pdf [--week YYYY-Www]: the weekly report (周报) as a PDF, painted by the
// report library (Qt Gui, no widgets; main.cpp starts an offscreen QGuiApplication for it).
#include "CliContext.h"
#include "Command.h"
#include "WeeklyReportExport.h"
#include "db/Database.h"
#include "store/SettingsStore.h"
#include "util/Money.h"
#include "util/TargetPath.h"
#include "util/Time.h"

#include <QFileInfo>
#include <QJsonArray>

namespace qundesk::cli {

namespace {

const QString kWeek = QStringLiteral("--week");

class ReportExportCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportExportCommand)

public:
    static Command command() {
        Command cmd;
        cmd.words = {QStringLiteral("export"), QStringLiteral("report")};
        cmd.synopsis = QStringLiteral("FILE.pdf [--week YYYY-Www]");
        cmd.summary = tr("Export the weekly report (周报) as a PDF: each group's figures against "
                         "the week before, activity charts, top contributors, new lurkers and "
                         "members turning Declining. Default: the last full Monday–Sunday week "
                         "in the workspace's time zone.");
        cmd.valueOptions = {kWeek};
        cmd.minPositional = cmd.maxPositional = 1;
        cmd.readsDays = true;
        cmd.run = &ReportExportCommand::run;
        return cmd;
    }

private:
    static Status run(CliContext& ctx, const CliArgs& args) {
        QDate monday;
        if (args.has(kWeek)) {
            const auto week = weeklyreport::parseIsoWeek(args.value(kWeek));
            if (!week)
                return ctx.usage(Error{tr("--week must be an ISO week such as 2026-W05, not "
                                          "“%1”.")
                                           .arg(args.value(kWeek)),
                                       {},
                                       0});
            monday = *week;
        }
        const QString file = QFileInfo(args.positional().constFirst()).absoluteFilePath();
        if (!file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return ctx.usage(Error{tr("The report is a PDF: give a file name ending in .pdf."),
                                   args.positional().constFirst(), 0});
        // Checked against the workspace itself: with --tz the report reads a scratch copy.
        if (auto target = TargetPath::forWriting(file, ctx.workspacePath()); !target)
            return target.error();
        auto db = ctx.reportDatabase();
        if (!db)
            return db.error();
        auto result = WeeklyReportExport::write(**db, monday, file);
        if (!result)
            return result.error();
        const WeeklyReportData& data = result->data;
        QJsonArray groups;
        for (const WeeklyGroupKpis& g : data.groups)
            groups.append(
                QJsonObject{{QStringLiteral("name"), g.name},
                            {QStringLiteral("messages"), g.messages.current},
                            {QStringLiteral("active_members"), g.activeMembers.current},
                            {QStringLiteral("joins"), g.joins.current},
                            {QStringLiteral("leaves"), g.leaves.current},
                            {QStringLiteral("buyers"), g.buyers.current},
                            {QStringLiteral("revenue"), double(g.revenueCents.current) / 100.0}});
        const QString week = weeklyreport::isoWeekName(data.monday);
        ctx.print({{QStringLiteral("file"), result->path},
                   {QStringLiteral("week"), week},
                   {QStringLiteral("from"), data.monday.toString(Qt::ISODate)},
                   {QStringLiteral("to"), data.sunday().toString(Qt::ISODate)},
                   {QStringLiteral("pages"), result->pages},
                   {QStringLiteral("groups"), groups}},
                  tr("Weekly report %1 (%2 – %3), %n page(s), written to %4", "", result->pages)
                      .arg(week, data.monday.toString(Qt::ISODate),
                           data.sunday().toString(Qt::ISODate), result->path));
        return {};
    }
};

} // namespace

QList<Command> reportExportCommands() {
    return {ReportExportCommand::command()};
}

} // namespace qundesk::cli
