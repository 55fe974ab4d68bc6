// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliContext.h"
#include "Command.h"
#include "TextTable.h"
#include "model/Group.h"
#include "services/GroupService.h"
#include "store/GroupStore.h"

#include <QJsonArray>

namespace qundesk::cli {

namespace {

class GroupCommands {
    Q_DECLARE_TR_FUNCTIONS(GroupCommands)

public:
    static QList<Command> commands() {
        Command list;
        list.words = {QStringLiteral("group"), QStringLiteral("list")};
        list.summary = tr("List the groups with their platform, purpose and member count.");
        list.run = &GroupCommands::list;

        Command add;
        add.words = {QStringLiteral("group"), QStringLiteral("add")};
        add.synopsis = QStringLiteral("NAME [--platform KEY] [--purpose KEY] [--capacity N]");
        add.summary = tr("Register a group (the workspace is created when missing).");
        add.valueOptions = {QStringLiteral("--platform"), QStringLiteral("--purpose"),
                            QStringLiteral("--capacity")};
        add.minPositional = add.maxPositional = 1;
        add.run = &GroupCommands::add;

        Command archive;
        archive.words = {QStringLiteral("group"), QStringLiteral("archive")};
        archive.synopsis = QStringLiteral("NAME [--undo]");
        archive.summary = tr("Archive a group (with --undo: make it active again).");
        archive.flagOptions = {QStringLiteral("--undo")};
        archive.minPositional = archive.maxPositional = 1;
        archive.run = &GroupCommands::archive;
        list.readsDays = true;
        return {list, add, archive};
    }

private:
    // The value of `option`, lower-cased, when it is one of `keys`; `fallback` when absent.
    static Result<QString> keyOption(const CliArgs& args, const QString& option,
                                     const QStringList& keys, const QString& fallback) {
        if (!args.has(option))
            return fallback;
        const QString key = args.value(option).trimmed().toLower();
        if (!keys.contains(key))
            return Error{
                tr("%1 must be one of: %2.").arg(option, keys.join(QStringLiteral(", "))), {}, 0};
        return key;
    }

    static Status add(CliContext& ctx, const CliArgs& args) {
        Group group;
        group.name = args.positional().constFirst().trimmed();
        auto platformKey =
            keyOption(args, QStringLiteral("--platform"), platform::keys(), group.platform);
        if (!platformKey)
            return platformKey.error();
        auto purposeKey =
            keyOption(args, QStringLiteral("--purpose"), purpose::keys(), group.purpose);
        if (!purposeKey)
            return purposeKey.error();
        group.platform = *platformKey;
        group.purpose = *purposeKey;
        if (args.has(QStringLiteral("--capacity"))) {
            bool ok = false;
            group.capacity = args.value(QStringLiteral("--capacity")).toInt(&ok);
            if (!ok || group.capacity <= 0)
                return Error{tr("--capacity must be a whole number above 0."), {}, 0};
        }
        auto db = ctx.database(CliContext::Open::CreateIfMissing);
        if (!db)
            return db.error();
        auto stored = GroupService::create(**db, group);
        if (!stored)
            return stored.error();
        ctx.print({{QStringLiteral("group"),
                    QJsonObject{{QStringLiteral("id"), stored->id},
                                {QStringLiteral("name"), stored->name},
                                {QStringLiteral("platform"), stored->platform},
                                {QStringLiteral("purpose"), stored->purpose},
                                {QStringLiteral("capacity"), stored->capacity}}}},
                  tr("Group “%1” added.").arg(stored->name));
        return {};
    }

    static Status archive(CliContext& ctx, const CliArgs& args) {
        auto db = ctx.database(CliContext::Open::Write);
        if (!db)
            return db.error();
        const QString name = args.positional().constFirst();
        auto group = GroupStore(**db).findByName(name);
        if (!group)
            return group.error();
        if (!group->has_value())
            return Error{
                tr("There is no group named “%1” (see “qundesk-cli group list”).").arg(name),
                {},
                0};
        const bool archived = !args.has(QStringLiteral("--undo"));
        if (auto s = GroupService::setArchived(**db, group->value().id, archived); !s)
            return s;
        ctx.print({{QStringLiteral("group"), group->value().name},
                   {QStringLiteral("archived"), archived}},
                  archived ? tr("Group “%1” archived.").arg(group->value().name)
                           : tr("Group “%1” is active again.").arg(group->value().name));
        return {};
    }

    static Status list(CliContext& ctx, const CliArgs&) {
        auto db = ctx.reportDatabase();
        if (!db)
            return db.error();
        auto summaries = GroupStore(**db).summaries();
        if (!summaries)
            return summaries.error();

        QJsonArray groups;
        QList<QStringList> rows;
        for (const GroupSummary& s : *summaries) {
            groups.append(QJsonObject{{QStringLiteral("name"), s.group.name},
                                      {QStringLiteral("platform"), s.group.platform},
                                      {QStringLiteral("purpose"), s.group.purpose},
                                      {QStringLiteral("members"), s.members}});
            rows << QStringList{s.group.name, platform::label(s.group.platform),
                                purpose::label(s.group.purpose), QString::number(s.members)};
        }
        const QString text =
            rows.isEmpty()
                ? tr("No groups yet.")
                : formatTable({tr("Name"), tr("Platform"), tr("Purpose"), tr("Members")}, rows);
        ctx.print({{QStringLiteral("groups"), groups}}, text);
        return {};
    }
};

} // namespace

Result<qint64> groupIdOption(const Database& db, const CliArgs& args) {
    if (!args.has(QStringLiteral("--group")))
        return qint64(0);
    const QString name = args.value(QStringLiteral("--group"));
    auto group = GroupStore(db).findByName(name);
    if (!group)
        return group.error();
    if (!group->has_value())
        return Error{
            QCoreApplication::translate(
                "ReportCommands", "There is no group named “%1” (see “qundesk-cli group list”).")
                .arg(name),
            {},
            0};
    return group->value().id;
}

QList<Command> groupCommands() {
    return GroupCommands::commands();
}

} // namespace qundesk::cli
