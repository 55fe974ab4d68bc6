// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "charts/ChartPanel.h"

#include "charts/ChartBuilder.h"
#include "charts/HeatMapView.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace qundesk {

ChartPanel::ChartPanel(const QString& objectName, ChartKind kind, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind) {
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_help = new QToolButton(this);
    m_help->setObjectName(QStringLiteral("chartDefinitionButton"));
    m_help->setText(QStringLiteral("?"));
    m_help->setAutoRaise(true);
    m_png = new QToolButton(this);
    m_png->setObjectName(QStringLiteral("chartPngButton"));
    m_png->setAutoRaise(true);
    m_csv = new QToolButton(this);
    m_csv->setObjectName(QStringLiteral("chartCsvButton"));
    m_csv->setAutoRaise(true);
    connect(m_help, &QToolButton::clicked, this, &ChartPanel::definitionRequested);
    connect(m_png, &QToolButton::clicked, this, &ChartPanel::exportPng);
    connect(m_csv, &QToolButton::clicked, this, &ChartPanel::exportCsv);

    m_body = new QStackedWidget(this);
    if (kind == ChartKind::HeatMap) {
        m_grid = new HeatMapView(m_body);
        m_grid->setObjectName(QStringLiteral("chartGrid"));
        // A grid's rows are the table's categories and its columns the series.
        connect(m_grid, &HeatMapView::hovered, this,
                [this](int row, int column) { showHover(column, row); });
        m_body->addWidget(m_grid);
    } else {
        m_chart = new QChart;
        m_chart->setMargins(QMargins(4, 4, 4, 4));
        m_chart->setBackgroundRoundness(0);
        m_view = new QChartView(m_chart, m_body);
        m_view->setObjectName(QStringLiteral("chartView"));
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->setMinimumHeight(220);
        m_body->addWidget(m_view);
    }
    m_empty = new QLabel(m_body);
    m_empty->setObjectName(QStringLiteral("chartEmptyNote"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_body->addWidget(m_empty);
    m_hover = new QLabel(this);
    m_hover->setObjectName(QStringLiteral("chartHoverValue"));
    m_hover->setMinimumHeight(m_hover->fontMetrics().height());

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_help);
    header->addWidget(m_png);
    header->addWidget(m_csv);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->addLayout(header);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_hover);
    m_body->setCurrentWidget(m_empty);
    retranslate();
}

void ChartPanel::setTitle(const QString& title) {
    m_title->setText(title);
}

QString ChartPanel::title() const {
    return m_title->text();
}

void ChartPanel::setEmptyText(const QString& text) {
    m_empty->setText(text);
}

void ChartPanel::setTable(const ChartTable& table) {
    m_table = table;
    m_hover->clear();
    if (table.isEmpty() || table.categories.isEmpty()) {
        if (m_chart)
            ChartBuilder::fill(m_chart, {}, m_kind, {});
        if (m_grid)
            m_grid->setTable({});
        m_body->setCurrentWidget(m_empty);
        return;
    }
    if (m_grid) {
        m_grid->setTable(table);
        m_grid->setShowValues(table.percent);
        m_body->setCurrentWidget(m_grid);
    } else {
        // Horizontal bars name each category on its own line: room for every label.
        if (m_kind == ChartKind::HorizontalBar)
            m_view->setMinimumHeight(
                std::max(220, 90 + int(table.categories.size()) *
                                       std::max(24, 8 * int(table.series.size()))));
        ChartBuilder::fill(m_chart, table, m_kind,
                           [this](int series, int category) { showHover(series, category); });
        m_body->setCurrentWidget(m_view);
    }
}

QList<QList<double>> ChartPanel::drawnValues() const {
    if (showsEmptyNote())
        return {};
    if (m_chart)
        return ChartBuilder::drawnValues(m_chart);
    QList<QList<double>> out;
    for (const ChartSeries& s : m_table.series)
        out << s.values;
    return out;
}

bool ChartPanel::showsEmptyNote() const {
    return m_body->currentWidget() == m_empty;
}

void ChartPanel::showHover(int series, int category) {
    if (series < 0 || series >= m_table.series.size() || category < 0 ||
        category >= m_table.categories.size()) {
        m_hover->clear();
        return;
    }
    const QString text = tr("%1 · %2: %3")
                             .arg(m_table.categories.at(category), m_table.series.at(series).name,
                                  m_table.cellText(series, category));
    m_hover->setText(text);
    if (isVisible())
        QToolTip::showText(QCursor::pos(), text, this);
}

QString ChartPanel::hoverText() const {
    return m_hover->text();
}

bool ChartPanel::savePng(const QString& path) const {
    const QPixmap image = m_body->currentWidget()->grab();
    return !image.isNull() && image.save(path, "PNG");
}

QString ChartPanel::fileStem() const {
    QString stem = title();
    stem.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir + QLatin1Char('/') + stem;
}

void ChartPanel::exportPng() {
    const QString path =
        FileDialogs::saveFile(this, tr("Export chart as PNG"), fileStem() + QStringLiteral(".png"),
                              tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!savePng(path))
        MessageBoxes::error(this, tr("Export chart"),
                            tr("Could not write the image “%1”. Check that the folder exists "
                               "and is writable.")
                                .arg(path));
}

void ChartPanel::exportCsv() {
    const QString path =
        FileDialogs::saveFile(this, tr("Export chart data as CSV"),
                              fileStem() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = saveCsv(path); !s)
        MessageBoxes::error(this, tr("Export chart data"), s.error().toString());
}

void ChartPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ChartPanel::retranslate() {
    m_help->setToolTip(tr("What this chart shows: the metric's definition"));
    m_png->setText(tr("PNG"));
    m_png->setToolTip(tr("Export the chart as a PNG image"));
    m_csv->setText(tr("CSV"));
    m_csv->setToolTip(tr("Export the chart's data as CSV"));
}

} // namespace qundesk
