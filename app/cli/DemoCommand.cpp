// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliContext.h"
#include "Command.h"
#include "TextTable.h"
#include "demo/DemoWorkspace.h"
#include "store/GroupStore.h"

namespace qundesk::cli {

namespace {

class DemoCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static QList<Command> commands() {
        Command demo;
        demo.words = {QStringLiteral("demo")};
        demo.synopsis = QStringLiteral("[--scale N] [--seed S]");
        demo.summary = tr("Fill an empty workspace with the demo (N multiplies members and "
                          "messages; the same seed gives the same demo).");
        demo.valueOptions = {QStringLiteral("--scale"), QStringLiteral("--seed")};
        demo.run = &DemoCommand::run;
        return {demo};
    }

private:
    static Status run(CliContext& ctx, const CliArgs& args) {
        DemoOptions options;
        auto scale = args.number(QStringLiteral("--scale"), options.scale, 1, 100);
        if (!scale)
            return ctx.usage(scale.error());
        auto seed = args.number(QStringLiteral("--seed"), options.seed, 0, 0xFFFFFFFFLL);
        if (!seed)
            return ctx.usage(seed.error());
        options.scale = int(*scale);
        options.seed = quint32(*seed);

        auto db = ctx.database(CliContext::Open::CreateIfMissing);
        if (!db)
            return db.error();
        // The demo never mixes with real data: only an empty workspace takes it.
        auto groups = GroupStore(**db).list();
        if (!groups)
            return groups.error();
        if (!groups->isEmpty())
            return Error{tr("This workspace already has groups; the demo is only created in an "
                            "empty workspace (choose another file with --db)."),
                         ctx.workspacePath(), 0};

        auto stats = DemoWorkspace::generate(**db, options);
        if (!stats)
            return stats.error();
        const QJsonObject json{{QStringLiteral("workspace"), ctx.workspacePath()},
                               {QStringLiteral("groups"), stats->groups},
                               {QStringLiteral("members"), stats->members},
                               {QStringLiteral("messages"), stats->messages},
                               {QStringLiteral("orders"), stats->orders},
                               {QStringLiteral("content_items"), stats->contentItems},
                               {QStringLiteral("sop_runs"), stats->sopRuns}};
        const QString text = formatPairs({
            {tr("Workspace"), ctx.workspacePath()},
            {tr("Groups"), QString::number(stats->groups)},
            {tr("Members"), QString::number(stats->members)},
            {tr("Messages"), QString::number(stats->messages)},
            {tr("Orders"), QString::number(stats->orders)},
            {tr("Planned content"), QString::number(stats->contentItems)},
            {tr("SOP runs"), QString::number(stats->sopRuns)},
        });
        ctx.print(json, text);
        return {};
    }
};

} // namespace

QList<Command> demoCommands() {
    return DemoCommand::commands();
}

} // namespace qundesk::cli
