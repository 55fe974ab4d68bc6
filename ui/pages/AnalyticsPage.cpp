// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/AnalyticsPage.h"

#include "analytics/DashboardCharts.h"
#include "charts/ChartPanel.h"
#include "db/Database.h"
#include "dialogs/MetricGlossaryDialog.h"
#include "jobs/AnalyticsJob.h"
#include "pages/AnalyticsFilterBar.h"
#include "pages/DeferredReload.h"
#include "pages/KpiTile.h"
#include "pages/PageCatalog.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"
#include "util/MoneyTotals.h"
#include "util/Time.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qundesk {

namespace {

using Entry = MetricGlossaryDialog::Entry;

// The charts in page order: object name, how drawn, glossary entry, table.
struct ChartSpec {
    const char* name;
    ChartKind kind;
    int entry;
    ChartTable (*table)(const AnalyticsDashboard&);
};

const QList<ChartSpec>& chartSpecs() {
    static const QList<ChartSpec> specs{
        {"messagesChart", ChartKind::Line, Entry::MessagesPerDay, &DashboardCharts::messages},
        {"activeMembersChart", ChartKind::Line, Entry::DauAndActiveRate,
         &DashboardCharts::activeMembers},
        {"activeRateChart", ChartKind::Line, Entry::DauAndActiveRate, &DashboardCharts::activeRate},
        {"growthChart", ChartKind::Line, Entry::Growth, &DashboardCharts::growth},
        {"membersChart", ChartKind::Line, Entry::Growth, &DashboardCharts::members},
        {"heatMapChart", ChartKind::HeatMap, Entry::PostingHours, &DashboardCharts::heatMap},
        {"retentionChart", ChartKind::HeatMap, Entry::Retention, &DashboardCharts::retention},
        {"retentionBySourceChart", ChartKind::HeatMap, Entry::Retention,
         &DashboardCharts::retentionBySource},
        {"funnelChart", ChartKind::Bar, Entry::Funnel, &DashboardCharts::funnel},
        {"funnelBySourceChart", ChartKind::Bar, Entry::Funnel, &DashboardCharts::funnelBySource},
        {"funnelByGroupChart", ChartKind::HorizontalBar, Entry::Funnel,
         &DashboardCharts::funnelByGroup},
        {"revenueChart", ChartKind::HorizontalBar, Entry::RevenuePerGroup,
         &DashboardCharts::revenueByGroup},
        {"lifecycleChart", ChartKind::Bar, Entry::Lifecycle, &DashboardCharts::lifecycle},
        {"referrersChart", ChartKind::HorizontalBar, Entry::TopReferrers,
         &DashboardCharts::referrers},
    };
    return specs;
}

// Key figure tiles in order: object name and glossary entry.
const QList<std::pair<const char*, int>>& tileSpecs() {
    static const QList<std::pair<const char*, int>> specs{
        {"messagesTile", Entry::MessagesPerDay},
        {"dauTile", Entry::DauAndActiveRate},
        {"activeRateTile", Entry::DauAndActiveRate},
        {"membersTile", Entry::Growth},
        {"netGrowthTile", Entry::Growth},
        {"buyersTile", Entry::Funnel},
        {"conversionTile", Entry::Funnel},
        {"revenueTile", Entry::RevenuePerGroup},
        {"topShareTile", Entry::TopShare}};
    return specs;
}

QString percentText(double share) {
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

AnalyticsPage::AnalyticsPage(WorkspaceController& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_dashboard(std::make_shared<AnalyticsDashboard>()) {
    setObjectName(PageCatalog::objectName(PageId::Analytics));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("analyticsStatus"));
    m_glossaryButton = new QPushButton(this);
    m_glossaryButton->setObjectName(QStringLiteral("analyticsGlossaryButton"));
    connect(m_glossaryButton, &QPushButton::clicked, this, [this] { showDefinition(-1); });
    m_filters = new AnalyticsFilterBar(this);
    connect(m_filters, &AnalyticsFilterBar::changed, this, [this] {
        if (!m_loading)
            request();
    });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_status);
    header->addWidget(m_glossaryButton);

    auto* tiles = new QGridLayout;
    tiles->setSpacing(8);
    for (qsizetype i = 0; i < tileSpecs().size(); ++i) {
        auto* tile = new KpiTile(QString::fromLatin1(tileSpecs().at(i).first), this);
        const int entry = tileSpecs().at(i).second;
        tile->setToolTip(MetricGlossaryDialog::entries().value(entry).second);
        m_tiles << tile;
        tiles->addWidget(tile, int(i / 5), int(i % 5));
    }

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("analyticsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* container = new QWidget(scroll);
    buildCharts(container);
    scroll->setWidget(container);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(m_filters);
    layout->addLayout(tiles);
    layout->addWidget(scroll, 1);

    m_reloader = new DeferredReload(this, QStringLiteral("analytics page"), [this] { reload(); });
    connect(&m_workspace, &WorkspaceController::workspaceChanged, m_reloader,
            &DeferredReload::request);
    connect(&m_workspace, &WorkspaceController::dataChanged, m_reloader, &DeferredReload::request);
    retranslate();
    m_reloader->request();
}

void AnalyticsPage::buildCharts(QWidget* container) {
    auto* grid = new QGridLayout(container);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setSpacing(10);
    for (qsizetype i = 0; i < chartSpecs().size(); ++i) {
        const ChartSpec& spec = chartSpecs().at(i);
        auto* panel = new ChartPanel(QString::fromLatin1(spec.name), spec.kind, container);
        panel->setMinimumHeight(spec.kind == ChartKind::HeatMap ? 260 : 300);
        const int entry = spec.entry;
        connect(panel, &ChartPanel::definitionRequested, this,
                [this, entry] { showDefinition(entry); });
        m_charts << panel;
        grid->addWidget(panel, int(i / 2), int(i % 2));
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

ChartPanel* AnalyticsPage::chart(const QString& objectName) const {
    for (ChartPanel* panel : m_charts)
        if (panel->objectName() == objectName)
            return panel;
    return nullptr;
}

KpiTile* AnalyticsPage::tile(const QString& objectName) const {
    for (KpiTile* t : m_tiles)
        if (t->objectName() == objectName)
            return t;
    return nullptr;
}

MetricGlossaryDialog* AnalyticsPage::glossary() const {
    return m_glossary;
}

void AnalyticsPage::reload() {
    Database* db = m_workspace.database();
    if (!db) {
        m_status->setText(tr("No workspace is open."));
        return;
    }
    m_loading = true;
    if (auto groups = GroupStore(*db).list(true); groups)
        m_filters->setGroups(*groups);
    m_filters->setToday(time::today(SettingsStore(*db).timeZone()));
    m_loading = false;
    request();
}

void AnalyticsPage::request() {
    if (!m_workspace.database())
        return;
    const AnalyticsQuery query = m_filters->query();
    auto dashboard = std::make_shared<AnalyticsDashboard>();
    const quint64 id = ++m_request;
    m_status->setText(tr("Computing…"));
    m_workspace.jobs().run(analyticsJob(query, dashboard), this,
                           [this, dashboard, id](const JobResult& result) {
                               if (id == m_request)
                                   apply(result, dashboard);
                           });
}

void AnalyticsPage::apply(const JobResult& result,
                          const std::shared_ptr<AnalyticsDashboard>& dashboard) {
    if (!result.ok()) {
        m_status->setText(result.cancelled ? QString() : result.status.error().toString());
        return;
    }
    m_status->clear();
    m_dashboard = dashboard;
    for (qsizetype i = 0; i < chartSpecs().size(); ++i)
        m_charts.at(i)->setTable(chartSpecs().at(i).table(*m_dashboard));
    showTiles();
    emit dashboardUpdated();
}

void AnalyticsPage::showTiles() {
    const AnalyticsKpis& k = m_dashboard->kpis;
    const QLocale locale;
    const auto number = [&locale](double v) {
        return locale.toString(qint64(std::llround(v)));
    };
    const auto decimal = [&locale](double v) {
        return locale.toString(v, 'f', 1);
    };
    const QString currency = m_dashboard->revenue.unattributed.currency;
    m_tiles.at(0)->setValue(number(k.messages.current), k.messages.change());
    m_tiles.at(1)->setValue(decimal(k.averageDau.current), k.averageDau.change());
    m_tiles.at(2)->setValue(percentText(k.activeRate.current), k.activeRate.change());
    m_tiles.at(3)->setValue(number(k.members.current), k.members.change());
    m_tiles.at(4)->setValue(locale.toString(qint64(k.netGrowth.current)), k.netGrowth.change());
    m_tiles.at(5)->setValue(number(k.buyers.current), k.buyers.change());
    m_tiles.at(6)->setValue(percentText(k.conversion.current), k.conversion.change());
    money::Totals revenue;
    revenue.currency = currency;
    revenue.cents = std::llround(k.revenue.current * 100.0);
    m_tiles.at(7)->setValue(money::format(revenue), k.revenue.change());
    m_tiles.at(8)->setValue(percentText(m_dashboard->revenue.topShare()), std::nullopt);
}

void AnalyticsPage::showDefinition(int entry) {
    if (!m_glossary) {
        m_glossary = new MetricGlossaryDialog(this);
        m_glossary->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_glossary->showEntry(entry);
    m_glossary->show();
    m_glossary->raise();
}

void AnalyticsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_dashboard->activity.days.isEmpty() || m_dashboard->query.from.isValid())
            apply(JobResult{}, m_dashboard); // series names and labels in the new language
    }
    QWidget::changeEvent(event);
}

void AnalyticsPage::retranslate() {
    m_title->setText(PageCatalog::title(PageId::Analytics));
    m_glossaryButton->setText(tr("Metric definitions…"));
    const QStringList tileCaptions{tr("Messages"),     tr("Daily active (avg.)"),
                                   tr("Active rate"),  tr("Members"),
                                   tr("Net growth"),   tr("Buyers"),
                                   tr("Conversion"),   tr("Revenue"),
                                   tr("Top-20% share")};
    for (qsizetype i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i)->setCaption(tileCaptions.at(i));
    const QStringList titles{tr("Messages per day"),
                             tr("Active members (DAU, WAU, MAU)"),
                             tr("Active rate"),
                             tr("Joins, leaves and net growth"),
                             tr("Members over time"),
                             tr("Best posting hours (weekday × hour)"),
                             tr("Retention by join week"),
                             tr("Retention by source channel"),
                             tr("Conversion funnel"),
                             tr("Funnel by source channel"),
                             tr("Funnel by group"),
                             tr("Revenue per group"),
                             tr("Lifecycle stages"),
                             tr("Top referrers")};
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        m_charts.at(i)->setTitle(titles.at(i));
        m_charts.at(i)->setEmptyText(tr("Nothing to show for this group and period yet."));
    }
    for (qsizetype i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i)->setToolTip(
            MetricGlossaryDialog::entries().value(tileSpecs().at(i).second).second);
}

} // namespace qundesk
