// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/ChartTable.h"

#include <QWidget>

namespace qundesk {

// A ChartTable drawn as a grid (the weekday × hour heat map, retention cohorts): one row per
// category, one column per series, each cell shaded by its value against the largest one,
// its value shown on hover.
class HeatMapView final : public QWidget {
    Q_OBJECT

public:
    explicit HeatMapView(QWidget* parent = nullptr);

    void setTable(const ChartTable& table);
    // Cell values shown in the cells themselves (retention) rather than only on hover.
    void setShowValues(bool show);
    // The cell at a widget position as (row, column), or (-1, -1).
    std::pair<int, int> cellAt(const QPoint& pos) const;

    QSize sizeHint() const override;

    QSize minimumSizeHint() const override;

signals:
    // The cell under the mouse changed: (row, column), or (-1, -1) when none.
    void hovered(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRect gridRect() const;
    int labelWidth() const;

    ChartTable m_table;
    bool m_showValues = false;
    std::pair<int, int> m_hover{-1, -1};
};

} // namespace qundesk
