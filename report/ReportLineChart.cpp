// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "ReportLineChart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace qundesk {

namespace {
constexpr int kGridLines = 4;
constexpr qreal kLegendRow = 12;
} // namespace

ReportLineChart::ReportLineChart(QString title, QStringList xLabels, QList<Series> series)
    : m_title(std::move(title))
    , m_xLabels(std::move(xLabels))
    , m_series(std::move(series)) {}

qint64 ReportLineChart::axisMaximum(qint64 largest) {
    qint64 step = 1;
    for (;;) {
        for (qint64 m : {1, 2, 5}) {
            if (m * step >= largest && m * step >= 1)
                return m * step;
        }
        step *= 10;
    }
}

QColor ReportLineChart::color(qsizetype index) {
    static const QList<QColor> palette = {QColor(0x1f, 0x6f, 0xeb), QColor(0xe8, 0x59, 0x0c),
                                          QColor(0x2f, 0x9e, 0x44), QColor(0xc2, 0x25, 0x5c),
                                          QColor(0x70, 0x48, 0xe8), QColor(0x0c, 0x85, 0x99),
                                          QColor(0xf0, 0x8c, 0x00), QColor(0x86, 0x8e, 0x96)};
    return palette.at(index % palette.size());
}

void ReportLineChart::paint(QPainter& painter, const QRectF& area) const {
    QFont font = painter.font();
    font.setPointSizeF(10);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const qreal titleHeight = QFontMetricsF(font).height() + 4;
    painter.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_title);
    font.setPointSizeF(7.5);
    font.setBold(false);
    painter.setFont(font);
    const QFontMetricsF metrics(font);

    // The legend: as many names per row as fit.
    const qreal legendWidth = area.width() / 4;
    const int perRow = qMax(1, int(area.width() / legendWidth));
    const int legendRows = int((m_series.size() + perRow - 1) / perRow);
    const qreal legendHeight = legendRows * kLegendRow;

    qint64 largest = 0;
    for (const Series& s : m_series) {
        for (qint64 v : s.values)
            largest = qMax(largest, v);
    }
    const qint64 top = axisMaximum(largest);
    const qreal axisWidth = metrics.horizontalAdvance(QString::number(top)) + 6;
    const QRectF plot(area.left() + axisWidth, area.top() + titleHeight + 4,
                      area.width() - axisWidth - 8,
                      area.height() - titleHeight - 4 - metrics.height() - 6 - legendHeight);
    if (plot.height() <= 10 || plot.width() <= 10)
        return;

    // Grid and value axis.
    for (int i = 0; i <= kGridLines; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / kGridLines;
        painter.setPen(QPen(QColor(0xe5, 0xe7, 0xeb), 0.5));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x4b, 0x55, 0x63));
        painter.drawText(QRectF(area.left(), y - 6, axisWidth - 4, 12),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(top * i / kGridLines));
    }
    const qsizetype points = qMax<qsizetype>(1, m_xLabels.size());
    const auto xAt = [&](qsizetype i) {
        return points == 1 ? plot.center().x() : plot.left() + plot.width() * i / (points - 1);
    };
    for (qsizetype i = 0; i < m_xLabels.size(); ++i)
        painter.drawText(QRectF(xAt(i) - 30, plot.bottom() + 3, 60, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, m_xLabels.at(i));

    // The lines.
    for (qsizetype s = 0; s < m_series.size(); ++s) {
        const QList<qint64>& values = m_series.at(s).values;
        QPainterPath path;
        for (qsizetype i = 0; i < values.size() && i < points; ++i) {
            const QPointF p(xAt(i), plot.bottom() - plot.height() * double(values.at(i)) / top);
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        painter.setPen(QPen(color(s), 1.4));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setBrush(color(s));
        for (qsizetype i = 0; i < values.size() && i < points; ++i)
            painter.drawEllipse(
                QPointF(xAt(i), plot.bottom() - plot.height() * double(values.at(i)) / top), 1.6,
                1.6);
    }

    // The legend under the axis labels.
    const qreal legendTop = plot.bottom() + metrics.height() + 6;
    for (qsizetype s = 0; s < m_series.size(); ++s) {
        const qreal x = area.left() + axisWidth + (s % perRow) * legendWidth;
        const qreal y = legendTop + (s / perRow) * kLegendRow;
        painter.fillRect(QRectF(x, y + 3, 10, 4), color(s));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x + 14, y, legendWidth - 18, kLegendRow),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_series.at(s).name, Qt::ElideRight, legendWidth - 18));
    }
}

} // namespace qundesk
