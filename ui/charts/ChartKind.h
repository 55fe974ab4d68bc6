// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

namespace qundesk {

// How a ChartTable is drawn. Everything chart-library specific stays in ui/charts.
enum class ChartKind {
    Line,          // categories along x (days), one line per series
    Bar,           // grouped vertical bars, one set per series
    HorizontalBar, // grouped horizontal bars (long category names: groups, referrers)
    HeatMap,       // a grid: categories are rows, series are columns, colour by value
};

} // namespace qundesk
