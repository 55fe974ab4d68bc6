// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/ChartTable.h"

#include "export/CsvWriter.h"

#include <cmath>

namespace qundesk {

bool ChartTable::isEmpty() const {
    for (const ChartSeries& s : series)
        for (const double v : s.values)
            if (v != 0 && !std::isnan(v))
                return false;
    return true;
}

QString ChartTable::cellText(qsizetype s, qsizetype category) const {
    const double value = series.value(s).values.value(category);
    if (std::isnan(value))
        return {};
    if (percent)
        return QString::number(value * 100.0, 'f', 1) + QLatin1Char('%');
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'f', 2);
}

Status ChartTable::writeCsv(const QString& path) const {
    CsvWriter csv(path);
    if (auto s = csv.open(); !s)
        return s;
    QStringList header{categoryTitle};
    for (const ChartSeries& s : series)
        header << s.name;
    csv.writeRow(header);
    for (qsizetype c = 0; c < categories.size(); ++c) {
        QList<QVariant> row{categories.at(c)};
        for (qsizetype s = 0; s < series.size(); ++s) {
            const double value = series.at(s).values.value(c);
            if (std::isnan(value))
                row << QString();
            else if (percent)
                row << std::round(value * 1000.0) / 10.0; // percent, one decimal
            else if (std::floor(value) == value && std::abs(value) < 1e15)
                row << qint64(value);
            else
                row << value;
        }
        csv.writeRow(row);
    }
    return csv.commit();
}

} // namespace qundesk
