// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Member commands of the CLI contract: import members, export members, report members and
// report lifecycle. Each is a thin call into core; the JSON keys are the contract's.
#include "CliContext.h"
#include "Command.h"
#include "TextTable.h"
#include "db/Database.h"
#include "export/MemberExport.h"
#include "import/MemberCsvImporter.h"
#include "metrics/MemberReport.h"
#include "model/Group.h"
#include "rules/BuiltinSegments.h"
#include "rules/FanLevel.h"
#include "store/SegmentStore.h"
#include "store/SettingsStore.h"
#include "util/TargetPath.h"

#include <QFileInfo>

namespace qundesk::cli {

namespace {

const QString kGroup = QStringLiteral("--group");
const QString kSkipInvalid = QStringLiteral("--skip-invalid");

class MemberCommands {
    Q_DECLARE_TR_FUNCTIONS(MemberCommands)

public:
    static QList<Command> commands() {
        Command importCmd;
        importCmd.words = {QStringLiteral("import"), QStringLiteral("members")};
        importCmd.synopsis =
            QStringLiteral("FILE [--group NAME] [--date-order dmy|mdy|ymd] [--platform KEY] "
                           "[--skip-invalid]");
        importCmd.summary =
            tr("Import a member list (CSV, UTF-8 or GB18030) in one go: all or nothing (an "
               "invalid row refuses the file unless --skip-invalid); rows already known are "
               "counted as duplicates.");
        importCmd.flagOptions = {kSkipInvalid};
        importCmd.valueOptions = {kGroup, QStringLiteral("--date-order"),
                                  QStringLiteral("--platform")};
        importCmd.minPositional = importCmd.maxPositional = 1;
        importCmd.run = &MemberCommands::importMembers;

        Command exportCmd;
        exportCmd.words = {QStringLiteral("export"), QStringLiteral("members")};
        exportCmd.synopsis = QStringLiteral("FILE [--group NAME] [--segment KEY_OR_NAME]");
        exportCmd.summary = tr("Export members (all, one group's, or a segment's) to .csv or "
                               ".xlsx, chosen by the file's extension.");
        exportCmd.valueOptions = {kGroup, QStringLiteral("--segment")};
        exportCmd.minPositional = exportCmd.maxPositional = 1;
        exportCmd.run = &MemberCommands::exportMembers;
        exportCmd.readsDays = true;

        Command report;
        report.words = {QStringLiteral("report"), QStringLiteral("members")};
        report.synopsis = QStringLiteral("--group NAME");
        report.summary = tr("Every member of a group, posters or not: messages, last message, "
                            "lifecycle stage, fan level and tags.");
        report.valueOptions = {kGroup};
        report.run = &MemberCommands::reportMembers;
        report.readsDays = true;

        Command stages;
        stages.words = {QStringLiteral("report"), QStringLiteral("lifecycle")};
        stages.synopsis = QStringLiteral("[--group NAME]");
        stages.summary = tr("Members per lifecycle stage, of one group or of all members.");
        stages.valueOptions = {kGroup};
        stages.run = &MemberCommands::reportLifecycle;
        stages.readsDays = true;
        return {importCmd, exportCmd, report, stages};
    }

private:
    static Result<MemberImportOptions> importOptions(const CliArgs& args) {
        MemberImportOptions options;
        options.defaultGroup = args.value(kGroup).trimmed();
        options.skipInvalid = args.has(kSkipInvalid);
        const QString order = args.value(QStringLiteral("--date-order")).toLower();
        if (order == QLatin1String("dmy"))
            options.dateOrder = DateOrder::DMY;
        else if (order == QLatin1String("mdy"))
            options.dateOrder = DateOrder::MDY;
        else if (!order.isEmpty() && order != QLatin1String("ymd"))
            return Error{tr("--date-order must be dmy, mdy or ymd, not “%1”.").arg(order), {}, 0};
        if (args.has(QStringLiteral("--platform"))) {
            const QString key = args.value(QStringLiteral("--platform")).toLower();
            if (!platform::keys().contains(key))
                return Error{tr("Unknown platform “%1”; use one of: %2.")
                                 .arg(key, platform::keys().join(QStringLiteral(", "))),
                             {},
                             0};
            options.defaultPlatform = key;
        }
        return options;
    }

    static Status importMembers(CliContext& ctx, const CliArgs& args) {
        auto options = importOptions(args);
        if (!options)
            return ctx.usage(options.error());
        const QString file = args.positional().constFirst();
        if (auto readable = TargetPath::forReading(file); !readable)
            return readable;
        auto db = ctx.database(CliContext::Open::CreateIfMissing);
        if (!db)
            return db.error();
        auto report = MemberCsvImporter::run(**db, file, *options);
        if (!report)
            return report.error();
        if (report->rejected) {
            // One line on stderr (and the report, its first errors included, with --json).
            if (ctx.json()) {
                QJsonObject json = report->toJson();
                json.insert(QStringLiteral("ok"), false);
                ctx.print(json, {});
            }
            return Error{report->rejectionText() + QStringLiteral("; ") +
                             tr("--skip-invalid imports the rest"),
                         QFileInfo(file).fileName(), 0};
        }

        QString text = formatPairs({{tr("Imported rows"), QString::number(report->imported)},
                                    {tr("New members"), QString::number(report->membersCreated)},
                                    {tr("Duplicates"), QString::number(report->duplicates)},
                                    {tr("Skipped"), QString::number(report->skipped)},
                                    {tr("Groups created"), QString::number(report->groupsCreated)},
                                    {tr("Tags created"), QString::number(report->tagsCreated)}});
        for (const ImportReport::RowError& e : report->errors)
            text +=
                (e.line > 0 ? tr("Line %1: %2").arg(QString::number(e.line), e.reason) : e.reason) +
                QLatin1Char('\n');
        ctx.print(report->toJson(), text);
        return {};
    }

    // A built-in segment key (never_posted, silent…) or the name of a saved segment.
    static Result<MemberFilterDefinition> segmentNamed(const Database& db, const QString& name) {
        if (auto builtin = builtinsegments::byKey(name, SettingsStore(db).thresholds()))
            return builtin->definition;
        auto saved = SegmentStore(db).findByName(name);
        if (!saved)
            return saved.error();
        if (!saved->has_value()) {
            QStringList keys;
            for (const BuiltinSegment& s : builtinsegments::all(SettingsStore(db).thresholds()))
                keys << s.key;
            return Error{tr("There is no segment “%1”; use a saved segment's name or one of: %2.")
                             .arg(name, keys.join(QStringLiteral(", "))),
                         {},
                         0};
        }
        return MemberFilterDefinition::fromJson(saved->value().definition.toUtf8());
    }

    static Status exportMembers(CliContext& ctx, const CliArgs& args) {
        auto db = ctx.reportDatabase();
        if (!db)
            return db.error();
        MemberListFilter filter;
        auto groupId = groupIdOption(**db, args);
        if (!groupId)
            return groupId.error();
        filter.groupId = *groupId;
        if (args.has(QStringLiteral("--segment"))) {
            auto segment = segmentNamed(**db, args.value(QStringLiteral("--segment")));
            if (!segment)
                return segment.error();
            filter.segment = *segment;
        }
        const QString file = QFileInfo(args.positional().constFirst()).absoluteFilePath();
        auto written = MemberExport::write(**db, filter, file);
        if (!written)
            return written.error();
        ctx.print({{QStringLiteral("file"), file}, {QStringLiteral("members"), *written}},
                  tr("%n member(s) written to %1", "", *written).arg(file));
        return {};
    }

    static Status reportMembers(CliContext& ctx, const CliArgs& args) {
        if (!args.has(kGroup))
            return ctx.usage(Error{tr("report members needs --group NAME."), {}, 0});
        auto db = ctx.reportDatabase();
        if (!db)
            return db.error();
        auto groupId = groupIdOption(**db, args);
        if (!groupId)
            return groupId.error();
        auto rows = MemberReport::members(**db, *groupId);
        if (!rows)
            return rows.error();
        QList<QStringList> table;
        for (const MemberReportRow& r : *rows)
            table << QStringList{r.name,
                                 QString::number(r.messages),
                                 r.lastMessage.isValid() ? r.lastMessage.toString(Qt::ISODate)
                                                         : tr("never"),
                                 lifecycle::label(r.stage),
                                 fanlevel::label(r.fanLevel),
                                 r.tags.join(QStringLiteral(", "))};
        const QString text = table.isEmpty()
                                 ? tr("No members in this group.")
                                 : formatTable({tr("Name"), tr("Messages"), tr("Last message"),
                                                tr("Stage"), tr("Fan level"), tr("Tags")},
                                               table);
        ctx.print(MemberReport::toJson(*rows), text);
        return {};
    }

    static Status reportLifecycle(CliContext& ctx, const CliArgs& args) {
        auto db = ctx.reportDatabase();
        if (!db)
            return db.error();
        auto groupId = groupIdOption(**db, args);
        if (!groupId)
            return groupId.error();
        auto stages = MemberReport::lifecycle(**db, *groupId);
        if (!stages)
            return stages.error();
        QList<QPair<QString, QString>> pairs;
        for (const LifecycleCount& s : *stages)
            pairs.append({lifecycle::label(s.stage), QString::number(s.members)});
        ctx.print(MemberReport::toJson(*stages), formatPairs(pairs));
        return {};
    }
};

} // namespace

QList<Command> memberCommands() {
    return MemberCommands::commands();
}

} // namespace qundesk::cli
