// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "charts/HeatMapView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace qundesk {

namespace {
constexpr int kHeaderHeight = 22;
constexpr int kMargin = 8;

QColor shade(double fraction) {
    // From a pale grey-blue for nothing to a deep blue for the largest cell.
    const QColor low(0xf2, 0xf5, 0xfa);
    const QColor high(0x1f, 0x5f, 0xd6);
    const double f = std::clamp(fraction, 0.0, 1.0);
    return QColor::fromRgbF(float(low.redF() + (high.redF() - low.redF()) * f),
                            float(low.greenF() + (high.greenF() - low.greenF()) * f),
                            float(low.blueF() + (high.blueF() - low.blueF()) * f));
}
} // namespace

HeatMapView::HeatMapView(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void HeatMapView::setTable(const ChartTable& table) {
    m_table = table;
    m_hover = {-1, -1};
    updateGeometry();
    update();
}

void HeatMapView::setShowValues(bool show) {
    m_showValues = show;
    update();
}

QSize HeatMapView::sizeHint() const {
    return {560, kHeaderHeight + 2 * kMargin +
                     26 * int(std::max<qsizetype>(m_table.categories.size(), 3))};
}

QSize HeatMapView::minimumSizeHint() const {
    return {320, 160};
}

int HeatMapView::labelWidth() const {
    int width = 0;
    for (const QString& c : m_table.categories)
        width = std::max(width, fontMetrics().horizontalAdvance(c));
    return std::min(width + 2 * kMargin + 4, this->width() / 3);
}

QRect HeatMapView::gridRect() const {
    const int left = labelWidth();
    return QRect(left, kHeaderHeight + kMargin, width() - left - kMargin,
                 height() - kHeaderHeight - 2 * kMargin);
}

std::pair<int, int> HeatMapView::cellAt(const QPoint& pos) const {
    const QRect grid = gridRect();
    const qsizetype rows = m_table.categories.size();
    const qsizetype columns = m_table.series.size();
    if (rows == 0 || columns == 0 || !grid.contains(pos))
        return {-1, -1};
    const int row = int((pos.y() - grid.top()) * rows / grid.height());
    const int column = int((pos.x() - grid.left()) * columns / grid.width());
    return {std::min<int>(row, int(rows) - 1), std::min<int>(column, int(columns) - 1)};
}

void HeatMapView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const qsizetype rows = m_table.categories.size();
    const qsizetype columns = m_table.series.size();
    if (rows == 0 || columns == 0)
        return;
    double max = 0;
    for (const ChartSeries& s : m_table.series)
        for (const double v : s.values)
            if (!std::isnan(v))
                max = std::max(max, v);
    const QRect grid = gridRect();
    const double cellW = double(grid.width()) / double(columns);
    const double cellH = double(grid.height()) / double(rows);
    // Column headers, thinned out when narrow.
    const int every = cellW < fontMetrics().horizontalAdvance(QStringLiteral("000")) ? 3 : 1;
    p.setPen(palette().color(QPalette::Text));
    for (qsizetype c = 0; c < columns; c += every)
        p.drawText(QRectF(grid.left() + c * cellW, kMargin, cellW * every, kHeaderHeight - 4),
                   Qt::AlignLeft | Qt::AlignVCenter, m_table.series.at(c).name);
    for (qsizetype r = 0; r < rows; ++r) {
        const QRectF label(kMargin, grid.top() + r * cellH, labelWidth() - 2 * kMargin, cellH);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(
            label, Qt::AlignRight | Qt::AlignVCenter,
            fontMetrics().elidedText(m_table.categories.at(r), Qt::ElideRight, int(label.width())));
        for (qsizetype c = 0; c < columns; ++c) {
            const double v = m_table.series.at(c).values.value(r);
            const QRectF cell(grid.left() + c * cellW + 1, grid.top() + r * cellH + 1, cellW - 2,
                              cellH - 2);
            if (std::isnan(v)) // not measured (a retention week still to come)
                continue;
            const double fraction = max > 0 ? v / max : 0.0;
            p.fillRect(cell, shade(fraction));
            if (m_hover == std::pair(int(r), int(c))) {
                p.setPen(QPen(palette().color(QPalette::Highlight), 2));
                p.drawRect(cell);
            }
            if (m_showValues && cell.width() > 28) {
                p.setPen(fraction > 0.55 ? Qt::white : palette().color(QPalette::Text));
                p.drawText(cell, Qt::AlignCenter, m_table.cellText(c, r));
            }
        }
    }
}

void HeatMapView::mouseMoveEvent(QMouseEvent* event) {
    const auto cell = cellAt(event->position().toPoint());
    if (cell != m_hover) {
        m_hover = cell;
        update();
        emit hovered(cell.first, cell.second);
    }
    if (cell.first < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(),
                       QStringLiteral("%1 · %2: %3")
                           .arg(m_table.categories.at(cell.first),
                                m_table.series.at(cell.second).name,
                                m_table.cellText(cell.second, cell.first)),
                       this);
}

void HeatMapView::leaveEvent(QEvent* event) {
    m_hover = {-1, -1};
    emit hovered(-1, -1);
    update();
    QWidget::leaveEvent(event);
}

} // namespace qundesk
