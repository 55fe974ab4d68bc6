// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliContext.h"
#include "Command.h"
#include "TextTable.h"
#include "model/Group.h"
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
        return {list};
    }

private:
    static Status list(CliContext& ctx, const CliArgs&) {
        auto db = ctx.database(CliContext::Open::ReadOnly);
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
