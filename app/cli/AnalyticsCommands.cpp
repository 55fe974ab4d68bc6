// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// report activity, report funnel and report retention: thin calls into core/analytics (the
// series the Analytics page charts); the JSON keys are the CLI contract's. All read-only.
#include "CliContext.h"
#include "Command.h"
#include "TextTable.h"
#include "analytics/ActivitySeries.h"
#include "analytics/FunnelReport.h"
#include "analytics/RetentionReport.h"
#include "model/Member.h"

#include <QLocale>

namespace qundesk::cli {

namespace {

const QString kGroup = QStringLiteral("--group");
const QString kFrom = QStringLiteral("--from");
const QString kTo = QStringLiteral("--to");

QString percent(double share) {
    return QStringLiteral("%1%").arg(QString::number(share * 100.0, 'f', 1));
}

class AnalyticsCommands {
    Q_DECLARE_TR_FUNCTIONS(AnalyticsCommands)

public:
    static QList<Command> commands() {
        const QString period = QStringLiteral("[--from YYYY-MM-DD] [--to YYYY-MM-DD]");
        Command activity;
        activity.words = {QStringLiteral("report"), QStringLiteral("activity")};
        activity.synopsis = QStringLiteral("--group NAME ") + period;
        activity.summary = tr("Messages, active members, joins, leaves and members of a group, "
                              "day by day (every day of the period, zeros included).");
        activity.valueOptions = {kGroup, kFrom, kTo};
        activity.run = &AnalyticsCommands::activity;
        activity.readsDays = true;

        Command funnel;
        funnel.words = {QStringLiteral("report"), QStringLiteral("funnel")};
        funnel.synopsis = QStringLiteral("[--group NAME] ") + period;
        funnel.summary = tr("The conversion funnel of a period (members, engaged, buyers, "
                            "repeat buyers), in all and by source channel.");
        funnel.valueOptions = {kGroup, kFrom, kTo};
        funnel.run = &AnalyticsCommands::funnel;
        funnel.readsDays = true;

        Command retention;
        retention.words = {QStringLiteral("report"), QStringLiteral("retention")};
        retention.synopsis = QStringLiteral("[--group NAME] ") + period;
        retention.summary = tr("Retention by join week: of the members who joined in each week "
                               "of the period, the share active in each week after.");
        retention.valueOptions = {kGroup, kFrom, kTo};
        retention.run = &AnalyticsCommands::retention;
        retention.readsDays = true;
        return {activity, funnel, retention};
    }

private:
    // --from and --to, read before the workspace is opened: a wrong date or an empty period
    // is a usage error (exit 2) whatever the workspace. Then --group, in the workspace.
    static Result<AnalyticsQuery> period(CliContext& ctx, const CliArgs& args) {
        auto from = args.date(kFrom);
        if (!from)
            return ctx.usage(from.error());
        auto to = args.date(kTo);
        if (!to)
            return ctx.usage(to.error());
        if (from->isValid() && to->isValid() && *from > *to)
            return ctx.usage(Error{tr("The period is empty: --from %1 is after --to %2.")
                                       .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)),
                                   {},
                                   0});
        return AnalyticsQuery{0, *from, *to};
    }

    static Result<Database*> open(CliContext& ctx, const CliArgs& args, AnalyticsQuery* q) {
        auto db = ctx.reportDatabase();
        if (!db)
            return db.error();
        auto groupId = groupIdOption(**db, args);
        if (!groupId)
            return groupId.error();
        q->groupId = *groupId;
        return db;
    }

    static Status activity(CliContext& ctx, const CliArgs& args) {
        if (!args.has(kGroup))
            return ctx.usage(Error{tr("report activity needs --group NAME."), {}, 0});
        auto q = period(ctx, args);
        if (!q)
            return q.error();
        auto db = open(ctx, args, &*q);
        if (!db)
            return db.error();
        auto series = ActivitySeriesReport::compute(**db, *q);
        if (!series)
            return series.error();
        QList<QStringList> rows;
        for (const ActivityDay& d : series->days)
            rows << QStringList{d.day.toString(Qt::ISODate), QString::number(d.messages),
                                QString::number(d.active),   percent(d.activeRate()),
                                QString::number(d.joins),    QString::number(d.leaves),
                                QString::number(d.members)};
        const QString text =
            rows.isEmpty()
                ? tr("No days in this period.")
                : formatTable({tr("Day"), tr("Messages"), tr("Active"), tr("Active rate"),
                               tr("Joins"), tr("Leaves"), tr("Members")},
                              rows);
        ctx.print(series->toJson(), text);
        return {};
    }

    static Status funnel(CliContext& ctx, const CliArgs& args) {
        auto q = period(ctx, args);
        if (!q)
            return q.error();
        auto db = open(ctx, args, &*q);
        if (!db)
            return db.error();
        auto result = FunnelReport::compute(**db, *q);
        if (!result)
            return result.error();
        const FunnelCounts& t = result->total;
        const QList<int> values{t.members, t.engaged, t.buyers, t.repeatBuyers};
        const QStringList keys = FunnelReport::stageKeys();
        QList<QStringList> stages;
        for (qsizetype i = 0; i < keys.size(); ++i)
            stages << QStringList{FunnelReport::stageLabel(keys.at(i)),
                                  QString::number(values.at(i)),
                                  percent(t.members > 0 ? double(values.at(i)) / t.members : 0)};
        QString text = formatTable({tr("Stage"), tr("Members"), tr("Of members")}, stages);
        QList<QStringList> sources;
        for (const SourceFunnel& s : result->bySource)
            sources << QStringList{s.source.isEmpty() ? tr("(none)")
                                                      : sourceChannel::label(s.source),
                                   QString::number(s.counts.members),
                                   QString::number(s.counts.engaged),
                                   QString::number(s.counts.buyers),
                                   QString::number(s.counts.repeatBuyers),
                                   percent(s.counts.conversion())};
        if (!sources.isEmpty())
            text += QLatin1Char('\n') +
                    formatTable({tr("Source"), tr("Members"), tr("Engaged"), tr("Buyers"),
                                 tr("Repeat buyers"), tr("Conversion")},
                                sources);
        ctx.print(result->toJson(), text);
        return {};
    }

    static Status retention(CliContext& ctx, const CliArgs& args) {
        auto q = period(ctx, args);
        if (!q)
            return q.error();
        auto db = open(ctx, args, &*q);
        if (!db)
            return db.error();
        auto result = RetentionReport::compute(**db, *q);
        if (!result)
            return result.error();
        qsizetype weeks = 0;
        for (const RetentionCohort& c : result->cohorts)
            weeks = std::max(weeks, c.active.size());
        QStringList header{tr("Week"), tr("Members")};
        for (qsizetype k = 0; k < weeks; ++k)
            header << QStringLiteral("+%1").arg(k);
        QList<QStringList> rows;
        for (const RetentionCohort& c : result->cohorts) {
            QStringList row{c.key, QString::number(c.members)};
            for (const double share : c.active)
                row << percent(share);
            rows << row;
        }
        const QString text =
            rows.isEmpty() ? tr("Nobody joined in this period.") : formatTable(header, rows);
        ctx.print(result->toJson(), text);
        return {};
    }
};

} // namespace

QList<Command> analyticsCommands() {
    return AnalyticsCommands::commands();
}

} // namespace qundesk::cli
