// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/ChartTable.h"
#include "charts/ChartKind.h"

#include <QList>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace qundesk {

// The adapter between core's plain chart tables and the chart library (Qt Charts today): the
// only place, with ChartPanel, that knows the library's types. A move to Qt Graphs rewrites
// this folder and nothing else.
class ChartBuilder {
public:
    // Fills `chart` (cleared first) with `table` drawn as `kind` (not HeatMap). Hovering a
    // point or a bar calls `hover` with the series and category index (-1, -1 on leaving).
    static void fill(QChart* chart, const ChartTable& table, ChartKind kind,
                     const std::function<void(int series, int category)>& hover);
    // The values drawn, per series, read back from the chart (what the tests compare).
    static QList<QList<double>> drawnValues(const QChart* chart);
};

} // namespace qundesk
