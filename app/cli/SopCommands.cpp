// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliContext.h"
#include "Command.h"
#include "TextTable.h"
#include "db/Database.h"
#include "model/ContentItem.h"
#include "services/SopService.h"
#include "services/SopShareService.h"
#include "sop/SopPreview.h"
#include "sop/SopTargets.h"
#include "store/SegmentStore.h"
#include "store/SettingsStore.h"
#include "store/SopRunStore.h"
#include "store/SopTemplateStore.h"
#include "util/Time.h"

#include <QJsonArray>

namespace qundesk::cli {

namespace {

class SopCommands {
    Q_DECLARE_TR_FUNCTIONS(SopCommands)

public:
    static QList<Command> commands() {
        Command list;
        list.words = {QStringLiteral("sop"), QStringLiteral("list")};
        list.summary = tr("List the SOPs with their scenario, target, steps and runs.");
        list.run = &SopCommands::list;

        Command apply;
        apply.words = {QStringLiteral("sop"), QStringLiteral("apply")};
        apply.synopsis =
            QStringLiteral("NAME --group NAME|--segment NAME|--member NAME [--start YYYY-MM-DD]");
        apply.summary = tr("Apply an SOP to a group, a saved segment or a member: plans its "
                           "tasks (applying it again adds none twice).");
        apply.valueOptions = {QStringLiteral("--group"), QStringLiteral("--segment"),
                              QStringLiteral("--member"), QStringLiteral("--start")};
        apply.minPositional = apply.maxPositional = 1;
        apply.run = &SopCommands::apply;

        Command preview;
        preview.words = {QStringLiteral("sop"), QStringLiteral("preview")};
        preview.synopsis = QStringLiteral("NAME --join YYYY-MM-DD");
        preview.summary = tr("Dry run: what a member who joins on that day receives, and when.");
        preview.valueOptions = {QStringLiteral("--join")};
        preview.minPositional = preview.maxPositional = 1;
        preview.run = &SopCommands::preview;

        Command exportCmd;
        exportCmd.words = {QStringLiteral("export"), QStringLiteral("sop")};
        exportCmd.synopsis = QStringLiteral("FILE.json [--name NAME]");
        exportCmd.summary = tr("Write all SOPs, or the one named, to a JSON file for sharing.");
        exportCmd.valueOptions = {QStringLiteral("--name")};
        exportCmd.minPositional = exportCmd.maxPositional = 1;
        exportCmd.run = &SopCommands::exportSops;

        Command importCmd;
        importCmd.words = {QStringLiteral("import"), QStringLiteral("sop")};
        importCmd.synopsis = QStringLiteral("FILE.json");
        importCmd.summary = tr("Import SOPs from a JSON file (an SOP already there by its uid is "
                               "skipped; a taken name becomes “NAME (2)”).");
        importCmd.minPositional = importCmd.maxPositional = 1;
        importCmd.run = &SopCommands::importSops;
        return {list, apply, preview, exportCmd, importCmd};
    }

private:
    static Result<SopTemplate> named(const Database& db, const QString& name) {
        auto sop = SopTemplateStore(db).findByName(name);
        if (!sop)
            return sop.error();
        if (!sop->has_value())
            return Error{tr("There is no SOP named “%1” (see “qundesk-cli sop list”).").arg(name),
                         {},
                         0};
        return **sop;
    }

    static Status list(CliContext& ctx, const CliArgs&) {
        auto db = ctx.database(CliContext::Open::ReadOnly);
        if (!db)
            return db.error();
        auto sops = SopTemplateStore(**db).list();
        if (!sops)
            return sops.error();
        auto runs = SopRunStore(**db).listRuns();
        if (!runs)
            return runs.error();
        QJsonArray out;
        QList<QStringList> rows;
        for (const SopTemplate& t : std::as_const(sops.value())) {
            int active = 0;
            for (const SopRun& r : std::as_const(runs.value()))
                active += r.templateId == t.id && r.status == QLatin1String("active") ? 1 : 0;
            out.append(QJsonObject{{QStringLiteral("name"), t.name},
                                   {QStringLiteral("uid"), t.uid},
                                   {QStringLiteral("scenario"), t.scenario},
                                   {QStringLiteral("target"), t.targetKind},
                                   {QStringLiteral("language"), t.language},
                                   {QStringLiteral("steps"), int(t.steps.size())},
                                   {QStringLiteral("active_runs"), active}});
            rows << QStringList{t.name, sopScenario::label(t.scenario),
                                sopTarget::label(t.targetKind), QString::number(t.steps.size()),
                                QString::number(active)};
        }
        ctx.print({{QStringLiteral("sops"), out}},
                  formatTable({tr("Name"), tr("Scenario"), tr("Target"), tr("Steps"),
                               tr("Active runs")},
                              rows));
        return {};
    }

    static Status apply(CliContext& ctx, const CliArgs& args) {
        const QStringList kinds = {QStringLiteral("--group"), QStringLiteral("--segment"),
                                   QStringLiteral("--member")};
        QString option;
        for (const QString& k : kinds)
            if (args.has(k)) {
                if (!option.isEmpty())
                    return ctx.usage(Error{tr("Give one of --group, --segment or --member."), {}, 0});
                option = k;
            }
        if (option.isEmpty())
            return ctx.usage(Error{tr("Say whom the SOP is for: --group, --segment or --member."),
                                   {},
                                   0});
        auto start = args.date(QStringLiteral("--start"));
        if (!start)
            return ctx.usage(start.error());
        auto db = ctx.database(CliContext::Open::Write);
        if (!db)
            return db.error();
        auto sop = named(**db, args.positional().constFirst());
        if (!sop)
            return sop.error();
        const QString kind = option.mid(2);
        const QString targetName = args.value(option);
        qint64 targetId = 0;
        if (kind == QLatin1String("group")) {
            auto id = groupIdOption(**db, args);
            if (!id)
                return id.error();
            targetId = *id;
        } else if (kind == QLatin1String("segment")) {
            auto segment = SegmentStore(**db).findByName(targetName);
            if (!segment)
                return segment.error();
            if (!segment->has_value())
                return Error{tr("There is no saved segment named “%1”.").arg(targetName), {}, 0};
            targetId = (*segment)->id;
        } else {
            auto id = sop::SopTargets::memberNamed(**db, targetName);
            if (!id)
                return id.error();
            targetId = *id;
        }
        auto applied = SopService::apply(**db, sop->id, kind, targetId, *start);
        if (!applied)
            return applied.error();
        ctx.print({{QStringLiteral("sop"), sop->name},
                   {QStringLiteral("run"), applied->runId},
                   {QStringLiteral("reused"), applied->reused},
                   {QStringLiteral("targets"), applied->count.targetsAdded},
                   {QStringLiteral("tasks"), applied->count.tasksAdded}},
                  applied->reused
                      ? tr("“%1” already runs on “%2”: %n new task(s).", "",
                           applied->count.tasksAdded)
                            .arg(sop->name, targetName)
                      : tr("“%1” applied to “%2”: %n task(s) planned.", "",
                           applied->count.tasksAdded)
                            .arg(sop->name, targetName));
        return {};
    }

    static Status preview(CliContext& ctx, const CliArgs& args) {
        if (!args.has(QStringLiteral("--join")))
            return ctx.usage(Error{tr("Give the join day: --join YYYY-MM-DD."), {}, 0});
        auto join = args.date(QStringLiteral("--join"));
        if (!join)
            return ctx.usage(join.error());
        auto db = ctx.database(CliContext::Open::ReadOnly);
        if (!db)
            return db.error();
        auto sop = named(**db, args.positional().constFirst());
        if (!sop)
            return sop.error();
        const Thresholds limits = SettingsStore(**db).thresholds();
        sop::PreviewOptions options;
        options.quiet = {QTime::fromString(limits.quietStart, QStringLiteral("HH:mm")),
                         QTime::fromString(limits.quietEnd, QStringLiteral("HH:mm"))};
        options.privateCap = limits.maxPrivateTouchesPerWeek;
        const auto items = sop::SopPreview::forJoin(*sop, *join, {}, options);
        QJsonArray timeline;
        QString text = tr("A member who joins on %1 receives:").arg(join->toString(Qt::ISODate)) +
                       QLatin1Char('\n');
        for (const sop::PreviewItem& item : items) {
            const QStringList warnings = sop::SopPreview::warnings(item);
            timeline.append(QJsonObject{
                {QStringLiteral("day"), item.day.toString(Qt::ISODate)},
                {QStringLiteral("time"), item.time.toString(QStringLiteral("HH:mm"))},
                {QStringLiteral("step"), item.title},
                {QStringLiteral("channel"), item.channel},
                {QStringLiteral("script"), item.script},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}});
            text += QStringLiteral("  %1 %2  %3 (%4): %5\n")
                        .arg(item.day.toString(Qt::ISODate),
                             item.time.toString(QStringLiteral("HH:mm")), item.title,
                             channel::label(item.channel), item.script);
            for (const QString& w : warnings)
                text += QStringLiteral("      ! %1\n").arg(w);
        }
        text.chop(1);
        ctx.print({{QStringLiteral("sop"), sop->name},
                   {QStringLiteral("join"), join->toString(Qt::ISODate)},
                   {QStringLiteral("timeline"), timeline}},
                  text);
        return {};
    }

    static Status exportSops(CliContext& ctx, const CliArgs& args) {
        const QString path = args.positional().constFirst();
        if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return ctx.usage(Error{tr("Choose a file name ending in .json."), path, 0});
        auto db = ctx.database(CliContext::Open::ReadOnly);
        if (!db)
            return db.error();
        auto written = SopShareService::exportFile(**db, path, args.value(QStringLiteral("--name")));
        if (!written)
            return written.error();
        ctx.print({{QStringLiteral("exported"), *written}, {QStringLiteral("file"), path}},
                  tr("%n SOP(s) written to %1.", "", *written).arg(path));
        return {};
    }

    static Status importSops(CliContext& ctx, const CliArgs& args) {
        const QString path = args.positional().constFirst();
        auto db = ctx.database(CliContext::Open::CreateIfMissing);
        if (!db)
            return db.error();
        auto imported = SopShareService::importFile(**db, path);
        if (!imported)
            return imported.error();
        ctx.print({{QStringLiteral("imported"), imported->imported},
                   {QStringLiteral("duplicates"), imported->duplicates},
                   {QStringLiteral("skipped"), imported->skipped},
                   {QStringLiteral("names"), QJsonArray::fromStringList(imported->names)},
                   {QStringLiteral("errors"), QJsonArray()}},
                  tr("%1: %n SOP(s) imported, %2 already there.", "", imported->imported)
                      .arg(path, QString::number(imported->duplicates)));
        return {};
    }
};

} // namespace

QList<Command> sopCommands() {
    return SopCommands::commands();
}

} // namespace qundesk::cli
