// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QList>
#include <QStringList>

namespace qundesk {

struct ChartSeries {
    QString name;         // translated
    QList<double> values; // one per category; NaN = no value (not measured)
};

// The data of one chart as a plain table: a category per row (a day, a weekday, a stage, a
// group…) and a named series per column. Charts draw it, and it exports as is to CSV, so
// the file holds exactly the numbers drawn.
struct ChartTable {
    QString categoryTitle; // header of the first column, translated
    QStringList categories;
    QList<ChartSeries> series;
    // Values are shares 0..1 (shown and exported as percentages with one decimal).
    bool percent = false;

    bool isEmpty() const;
    // A cell as shown: "12", "3.5", "41.7%"; empty for no value.
    QString cellText(qsizetype series, qsizetype category) const;
    // Excel-safe CSV (export/CsvWriter): a header row, then one row per category.
    Status writeCsv(const QString& path) const;
};

} // namespace qundesk
