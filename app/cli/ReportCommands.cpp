// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliContext.h"
#include "Command.h"
#include "TextTable.h"
#include "metrics/SummaryReport.h"

namespace qundesk::cli {

namespace {

class ReportCommands {
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    static QList<Command> commands() {
        Command summary;
        summary.words = {QStringLiteral("report"), QStringLiteral("summary")};
        summary.synopsis = QStringLiteral("[--group NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD]");
        summary.summary = tr("Groups, members, messages, active members, joins, leaves, buyers, "
                             "orders and revenue over a period.");
        summary.valueOptions = {QStringLiteral("--group"), QStringLiteral("--from"),
                                QStringLiteral("--to")};
        summary.run = &ReportCommands::summary;
        summary.readsDays = true;
        return {summary};
    }

private:
    static Status summary(CliContext& ctx, const CliArgs& args) {
        SummaryQuery query;
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
        query.from = *from;
        query.to = *to;

        auto db = ctx.reportDatabase();
        if (!db)
            return db.error();
        auto groupId = groupIdOption(**db, args);
        if (!groupId)
            return groupId.error();
        query.groupId = *groupId;

        auto result = SummaryReport::compute(**db, query);
        if (!result)
            return result.error();
        const Summary& s = *result;
        const QString text = formatPairs({
            {tr("Groups"), QString::number(s.groups)},
            {tr("Members"), QString::number(s.members)},
            {tr("Messages"), QString::number(s.messages)},
            {tr("Active members"), QString::number(s.activeMembers)},
            {tr("Joins"), QString::number(s.joins)},
            {tr("Leaves"), QString::number(s.leaves)},
            {tr("Buyers"), QString::number(s.buyers)},
            {tr("Orders"), QString::number(s.orders)},
            {tr("Revenue"), money::format(s.revenue)},
        });
        ctx.print(s.toJson(), text);
        return {};
    }
};

} // namespace

QList<Command> reportCommands() {
    return ReportCommands::commands();
}

} // namespace qundesk::cli
