// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/AnalyticsDashboard.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace qundesk {

class AnalyticsFilterBar;
class ChartPanel;
class DeferredReload;
class KpiTile;
class MetricGlossaryDialog;
class WorkspaceController;
struct JobResult;

// The Analytics page (数据): key figures with their change against the previous period and
// the activity, growth, retention, posting-hour, funnel, revenue, lifecycle and referral
// charts of one group or all, over a period. The figures come from core/analytics as one job
// on the job runner (never on the GUI thread); charts are drawn through ui/charts. Reloads
// when the workspace or its data changes.
class AnalyticsPage final : public QWidget {
    Q_OBJECT

public:
    explicit AnalyticsPage(WorkspaceController& workspace, QWidget* parent = nullptr);

    AnalyticsFilterBar* filters() const { return m_filters; }
    ChartPanel* chart(const QString& objectName) const;
    QList<ChartPanel*> charts() const { return m_charts; }
    KpiTile* tile(const QString& objectName) const;
    // The last dashboard shown (empty before the first one arrives).
    const AnalyticsDashboard& dashboard() const { return *m_dashboard; }
    MetricGlossaryDialog* glossary() const;

    // Reads the groups and today, then asks for the dashboard (dashboardUpdated()).
    void reload();

signals:
    // The figures of the latest request are shown.
    void dashboardUpdated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildCharts(QWidget* container);
    void request();
    void apply(const JobResult& result, const std::shared_ptr<AnalyticsDashboard>& dashboard);
    void showTiles();
    void showDefinition(int entry);
    void retranslate();

    WorkspaceController& m_workspace;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_glossaryButton = nullptr;
    AnalyticsFilterBar* m_filters = nullptr;
    QList<KpiTile*> m_tiles;
    QList<ChartPanel*> m_charts;
    QPointer<MetricGlossaryDialog> m_glossary;
    DeferredReload* m_reloader = nullptr;
    std::shared_ptr<AnalyticsDashboard> m_dashboard;
    quint64 m_request = 0; // only the latest request's answer is shown
    bool m_loading = false;
};

} // namespace qundesk
