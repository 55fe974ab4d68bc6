// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "charts/ChartBuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QRegularExpression>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace qundesk {

namespace {

// A palette that stays readable printed and for the common colour blindnesses.
const QList<QColor>& palette() {
    static const QList<QColor> colors{QColor(0x2f, 0x6f, 0xeb), QColor(0xf0, 0x8c, 0x2e),
                                      QColor(0x2a, 0xa1, 0x98), QColor(0xd6, 0x4a, 0x6f),
                                      QColor(0x7a, 0x5c, 0xc7), QColor(0x8a, 0x8f, 0x98)};
    return colors;
}

// A maximum with some head room, rounded to a "nice" step so ticks are round numbers.
double niceMax(double max, bool percent) {
    if (percent)
        return max <= 0 ? 1.0 : std::min(1.0, std::ceil(max * 10.0 + 0.5) / 10.0);
    if (max <= 0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (max <= step * magnitude)
            return step * magnitude;
    return 10.0 * magnitude;
}

double tableMax(const ChartTable& t, double* min) {
    double max = 0;
    *min = 0;
    for (const ChartSeries& s : t.series)
        for (const double v : s.values) {
            max = std::max(max, v);
            *min = std::min(*min, v);
        }
    return max;
}

// The value axis; shares are drawn as percentages (0–100).
QValueAxis* valueAxis(const ChartTable& t) {
    auto* axis = new QValueAxis;
    double min = 0;
    const double max = tableMax(t, &min);
    const double scale = t.percent ? 100.0 : 1.0;
    axis->setRange(min < 0 ? -niceMax(-min, t.percent) * scale : 0.0,
                   niceMax(max, t.percent) * scale);
    axis->setTickCount(5);
    axis->applyNiceNumbers(); // round ticks: 0, 5, 10… rather than 0, 1.25, 2.5…
    const bool whole = axis->max() >= 4 || !t.percent;
    axis->setLabelFormat(t.percent
                             ? (whole ? QStringLiteral("%.0f%%") : QStringLiteral("%.1f%%"))
                             : (axis->max() < 4 ? QStringLiteral("%.1f") : QStringLiteral("%.0f")));
    return axis;
}

// "2026-04-22" -> "04-22": a day's year is in the period filter; the axis keeps month and day.
QString shortLabel(const QString& category) {
    static const QRegularExpression isoDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return isoDay.match(category).hasMatch() ? category.mid(5) : category;
}

void fillLines(QChart* chart, const ChartTable& t, const std::function<void(int, int)>& hover) {
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype n = t.categories.size();
    x->setRange(0, std::max<qsizetype>(n - 1, 1));
    const qsizetype labels = std::min<qsizetype>(n, 6);
    for (qsizetype i = 0; i < labels; ++i) {
        const qsizetype at = labels > 1 ? i * (n - 1) / (labels - 1) : 0;
        x->append(shortLabel(t.categories.at(at)), double(at));
    }
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = valueAxis(t);
    chart->addAxis(y, Qt::AlignLeft);
    for (qsizetype s = 0; s < t.series.size(); ++s) {
        auto* line = new QLineSeries;
        line->setName(t.series.at(s).name);
        line->setColor(palette().at(s % palette().size()));
        const QList<double>& values = t.series.at(s).values;
        for (qsizetype i = 0; i < values.size(); ++i)
            line->append(double(i), t.percent ? values.at(i) * 100.0 : values.at(i));
        // Few points: mark them, so a single day still shows.
        line->setPointsVisible(values.size() <= 45);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        QObject::connect(line, &QLineSeries::hovered, chart,
                         [hover, s](const QPointF& point, bool state) {
                             hover(state ? int(s) : -1, state ? int(std::lround(point.x())) : -1);
                         });
    }
}

void fillBars(QChart* chart, const ChartTable& t, bool horizontal,
              const std::function<void(int, int)>& hover) {
    QAbstractBarSeries* bars = horizontal
                                   ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                   : static_cast<QAbstractBarSeries*>(new QBarSeries);
    for (qsizetype s = 0; s < t.series.size(); ++s) {
        auto* set = new QBarSet(t.series.at(s).name);
        set->setColor(palette().at(s % palette().size()));
        QList<double> values = t.series.at(s).values;
        if (horizontal) // Qt draws the first category at the bottom: rank from the top
            std::reverse(values.begin(), values.end());
        for (const double v : values)
            *set << (t.percent ? v * 100.0 : v);
        bars->append(set);
        const int last = int(values.size()) - 1;
        QObject::connect(
            set, &QBarSet::hovered, chart, [hover, s, horizontal, last](bool state, int index) {
                hover(state ? int(s) : -1, state ? (horizontal ? last - index : index) : -1);
            });
    }
    chart->addSeries(bars);
    auto* categories = new QBarCategoryAxis;
    QStringList labels = t.categories;
    if (horizontal)
        std::reverse(labels.begin(), labels.end());
    categories->append(labels);
    categories->setTruncateLabels(false);
    if (!horizontal && labels.size() > 6)
        categories->setLabelsAngle(-40);
    QValueAxis* values = valueAxis(t);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
}

} // namespace

void ChartBuilder::fill(QChart* chart, const ChartTable& table, ChartKind kind,
                        const std::function<void(int, int)>& hover) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->legend()->setVisible(table.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (kind == ChartKind::Line)
        fillLines(chart, table, hover);
    else if (kind == ChartKind::Bar || kind == ChartKind::HorizontalBar)
        fillBars(chart, table, kind == ChartKind::HorizontalBar, hover);
}

QList<QList<double>> ChartBuilder::drawnValues(const QChart* chart) {
    QList<QList<double>> out;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series)) {
            QList<double> values;
            for (const QPointF& p : line->points())
                values << p.y();
            out << values;
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            const bool reversed = qobject_cast<QHorizontalBarSeries*>(bars) != nullptr;
            for (QBarSet* set : bars->barSets()) {
                QList<double> values;
                for (int i = 0; i < set->count(); ++i)
                    values << set->at(i);
                if (reversed) // back to the table's order
                    std::reverse(values.begin(), values.end());
                out << values;
            }
        }
    }
    return out;
}

} // namespace qundesk
