// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/ChartTable.h"
#include "charts/ChartKind.h"

#include <QFrame>

class QLabel;
class QStackedWidget;
class QToolButton;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace qundesk {

class HeatMapView;

// One chart of the Analytics page: a title, a "?" button for its metric's definition, PNG and
// CSV export, and the chart itself drawn from a core ChartTable through ChartBuilder (or, for
// grids, HeatMapView). Hovering a point, bar or cell shows its value under the chart and in a
// tool tip. An empty table shows a short note instead of an empty plot.
class ChartPanel final : public QFrame {
    Q_OBJECT

public:
    ChartPanel(const QString& objectName, ChartKind kind, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    // Shown when the table has no values ("No messages in this period.").
    void setEmptyText(const QString& text);
    void setTable(const ChartTable& table);
    const ChartTable& table() const { return m_table; }
    ChartKind kind() const { return m_kind; }

    // What is drawn now, per series (read back from the chart; the grid's table for a heat
    // map; nothing while the empty note shows).
    QList<QList<double>> drawnValues() const;
    bool showsEmptyNote() const;

    // Shows the value of `series` at `category` under the chart (-1 clears it).
    void showHover(int series, int category);
    QString hoverText() const;

    // The chart as drawn now, as a PNG at its on-screen size (twice on a hi-dpi screen).
    bool savePng(const QString& path) const;
    Status saveCsv(const QString& path) const { return m_table.writeCsv(path); }
    // Ask for a file name (FileDialogs) and write it; errors go to a message box.
    void exportPng();
    void exportCsv();

signals:
    // The "?" button: the page shows the metric's definition.
    void definitionRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString fileStem() const;

    ChartKind m_kind;
    ChartTable m_table;
    QLabel* m_title = nullptr;
    QToolButton* m_help = nullptr;
    QToolButton* m_png = nullptr;
    QToolButton* m_csv = nullptr;
    QStackedWidget* m_body = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    HeatMapView* m_grid = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_hover = nullptr;
};

} // namespace qundesk
