// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace qundesk {

// A line chart painted from data series (one line per series, one point per x label), with a
// value axis from 0 to a round maximum, grid lines and a legend. No widget: it paints on any
// QPainter (the report's PDF pages).
class ReportLineChart {
public:
    struct Series {
        QString name;
        QList<qint64> values; // one per x label
    };

    ReportLineChart(QString title, QStringList xLabels, QList<Series> series);

    void paint(QPainter& painter, const QRectF& area) const;

    // The round axis maximum for a largest value (1, 2, 5 × 10^n, at least 1).
    static qint64 axisMaximum(qint64 largest);
    static QColor color(qsizetype index); // the palette, one colour per series

private:
    QString m_title;
    QStringList m_xLabels;
    QList<Series> m_series;
};

} // namespace qundesk
