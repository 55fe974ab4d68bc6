// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/DashboardCharts.h"

#include "model/Member.h"
#include "rules/Lifecycle.h"

#include <QLocale>

#include <limits>

namespace qundesk {

namespace {

// A table with the period's days as rows.
ChartTable perDay(const AnalyticsDashboard& d, const QString& dayTitle) {
    ChartTable t;
    t.categoryTitle = dayTitle;
    for (const ActivityDay& day : d.activity.days)
        t.categories << day.day.toString(Qt::ISODate);
    return t;
}

template <typename F>
ChartSeries daySeries(const AnalyticsDashboard& d, const QString& name, F value) {
    ChartSeries s{name, {}};
    for (const ActivityDay& day : d.activity.days)
        s.values << double(value(day));
    return s;
}

ChartTable cohortTable(const QList<RetentionCohort>& cohorts, const QString& title,
                       const std::function<QString(const RetentionCohort&)>& label) {
    ChartTable t;
    t.categoryTitle = title;
    t.percent = true;
    qsizetype weeks = 0;
    for (const RetentionCohort& c : cohorts) {
        t.categories << label(c);
        weeks = std::max(weeks, c.active.size());
    }
    for (qsizetype k = 0; k < weeks; ++k) {
        // "+k": weeks after the join week; a week still to come has no value.
        ChartSeries s{DashboardCharts::tr("+%1").arg(k), {}};
        for (const RetentionCohort& c : cohorts)
            s.values << c.active.value(k, std::numeric_limits<double>::quiet_NaN());
        t.series << s;
    }
    return t;
}

void addFunnelSeries(ChartTable* t, const QList<FunnelCounts>& rows) {
    const QStringList keys = FunnelReport::stageKeys();
    for (const QString& key : keys) {
        ChartSeries s{FunnelReport::stageLabel(key), {}};
        for (const FunnelCounts& c : rows) {
            const int value = key == QLatin1String("members")   ? c.members
                              : key == QLatin1String("engaged") ? c.engaged
                              : key == QLatin1String("buyers")  ? c.buyers
                                                                : c.repeatBuyers;
            s.values << value;
        }
        t->series << s;
    }
}

} // namespace

QString DashboardCharts::sourceLabel(const QString& key) {
    return key.isEmpty() ? tr("(none)") : sourceChannel::label(key);
}

ChartTable DashboardCharts::messages(const AnalyticsDashboard& d) {
    ChartTable t = perDay(d, tr("Day"));
    t.series << daySeries(d, tr("Messages"), [](const ActivityDay& a) { return a.messages; });
    return t;
}

ChartTable DashboardCharts::activeMembers(const AnalyticsDashboard& d) {
    ChartTable t = perDay(d, tr("Day"));
    t.series << daySeries(d, tr("DAU"), [](const ActivityDay& a) { return a.active; })
             << daySeries(d, tr("WAU"), [](const ActivityDay& a) { return a.wau; })
             << daySeries(d, tr("MAU"), [](const ActivityDay& a) { return a.mau; });
    return t;
}

ChartTable DashboardCharts::activeRate(const AnalyticsDashboard& d) {
    ChartTable t = perDay(d, tr("Day"));
    t.percent = true;
    t.series << daySeries(d, tr("Active rate"),
                          [](const ActivityDay& a) { return a.activeRate(); });
    return t;
}

ChartTable DashboardCharts::growth(const AnalyticsDashboard& d) {
    ChartTable t = perDay(d, tr("Day"));
    t.series << daySeries(d, tr("Joins"), [](const ActivityDay& a) { return a.joins; })
             << daySeries(d, tr("Leaves"), [](const ActivityDay& a) { return a.leaves; })
             << daySeries(d, tr("Net"), [](const ActivityDay& a) { return a.net(); });
    return t;
}

ChartTable DashboardCharts::members(const AnalyticsDashboard& d) {
    ChartTable t = perDay(d, tr("Day"));
    t.series << daySeries(d, tr("Members"), [](const ActivityDay& a) { return a.members; });
    return t;
}

ChartTable DashboardCharts::retention(const AnalyticsDashboard& d) {
    return cohortTable(d.retention.cohorts, tr("Join week"), [](const RetentionCohort& c) {
        return tr("%1 (%n member(s))", "", c.members).arg(c.key);
    });
}

ChartTable DashboardCharts::retentionBySource(const AnalyticsDashboard& d) {
    return cohortTable(d.retention.bySource, tr("Source"), [](const RetentionCohort& c) {
        return tr("%1 (%n member(s))", "", c.members).arg(sourceLabel(c.key));
    });
}

ChartTable DashboardCharts::heatMap(const AnalyticsDashboard& d) {
    ChartTable t;
    t.categoryTitle = tr("Weekday");
    const QLocale locale;
    for (int weekday = 1; weekday <= 7; ++weekday)
        t.categories << locale.dayName(weekday, QLocale::ShortFormat);
    for (int hour = 0; hour < 24; ++hour) {
        ChartSeries s{QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')), {}};
        for (int weekday = 1; weekday <= 7; ++weekday)
            s.values << double(d.heatMap.at(weekday, hour));
        t.series << s;
    }
    return t;
}

ChartTable DashboardCharts::funnel(const AnalyticsDashboard& d) {
    ChartTable t;
    t.categoryTitle = tr("Stage");
    const FunnelCounts& c = d.funnel.total;
    ChartSeries s{tr("Members"), {}};
    for (const QString& key : FunnelReport::stageKeys())
        t.categories << FunnelReport::stageLabel(key);
    s.values << c.members << c.engaged << c.buyers << c.repeatBuyers;
    t.series << s;
    return t;
}

ChartTable DashboardCharts::funnelBySource(const AnalyticsDashboard& d) {
    ChartTable t;
    t.categoryTitle = tr("Source");
    QList<FunnelCounts> rows;
    for (const SourceFunnel& s : d.funnel.bySource) {
        t.categories << sourceLabel(s.source);
        rows << s.counts;
    }
    addFunnelSeries(&t, rows);
    return t;
}

ChartTable DashboardCharts::funnelByGroup(const AnalyticsDashboard& d) {
    ChartTable t;
    t.categoryTitle = tr("Group");
    QList<FunnelCounts> rows;
    for (const GroupFunnel& g : d.groupFunnels) {
        t.categories << g.name;
        rows << g.counts;
    }
    addFunnelSeries(&t, rows);
    return t;
}

ChartTable DashboardCharts::revenueByGroup(const AnalyticsDashboard& d) {
    ChartTable t;
    t.categoryTitle = tr("Group");
    ChartSeries s{tr("Revenue (%1)").arg(d.revenue.unattributed.currency), {}};
    for (const GroupRevenue& g : d.revenue.groups) {
        t.categories << g.name;
        s.values << double(g.revenue.cents) / 100.0;
    }
    if (d.revenue.unattributed.cents > 0) {
        t.categories << tr("(no group)");
        s.values << double(d.revenue.unattributed.cents) / 100.0;
    }
    t.series << s;
    return t;
}

ChartTable DashboardCharts::lifecycle(const AnalyticsDashboard& d) {
    ChartTable t;
    t.categoryTitle = tr("Stage");
    ChartSeries s{tr("Members"), {}};
    for (const LifecycleCount& c : d.lifecycle) {
        t.categories << lifecycle::label(c.stage);
        s.values << c.members;
    }
    t.series << s;
    return t;
}

ChartTable DashboardCharts::referrers(const AnalyticsDashboard& d) {
    ChartTable t;
    t.categoryTitle = tr("Referrer");
    ChartSeries referred{tr("Members referred"), {}};
    ChartSeries buyers{tr("Of whom buyers"), {}};
    for (const ReferrerRow& r : d.referrers) {
        t.categories << r.name;
        referred.values << r.referrals;
        buyers.values << r.referredBuyers;
    }
    t.series << referred << buyers;
    return t;
}

} // namespace qundesk
