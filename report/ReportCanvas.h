// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QFont>
#include <QList>
#include <QPainter>
#include <QStringList>

#include <functional>

class QPdfWriter;

namespace qundesk {

// Lays a report out top to bottom on the pages of a QPdfWriter, in points (the writer's
// resolution is 72 dpi): headings, text, tables and painted blocks, each moved to a new page
// when it does not fit in what is left of the current one.
class ReportCanvas {
public:
    explicit ReportCanvas(QPdfWriter& writer);
    ~ReportCanvas();
    ReportCanvas(const ReportCanvas&) = delete;
    ReportCanvas& operator=(const ReportCanvas&) = delete;

    bool isActive() const { return m_painter.isActive(); }
    int pages() const { return m_pages; }
    qreal width() const { return m_width; }

    void title(const QString& text, const QString& subtitle);
    void heading(const QString& text);
    void paragraph(const QString& text, qreal pointSize = 9, const QColor& color = Qt::black);
    // A table with a header row; `widths` are fractions of the page width, one per column;
    // columns after the first are right-aligned when `numeric`.
    void table(const QStringList& header, const QList<QStringList>& rows,
               const QList<qreal>& widths, bool numeric = true);
    // A block of `height` points painted by `paint` into the rectangle it gets.
    void block(qreal height, const std::function<void(QPainter&, const QRectF&)>& paint);
    void space(qreal points) { m_y += points; }
    bool finish(); // ends the painting; false when the PDF could not be written

private:
    void ensure(qreal height); // a new page when `height` does not fit
    QFont font(qreal pointSize, bool bold = false) const;

    QPdfWriter& m_writer;
    QPainter m_painter;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_y = 0;
    int m_pages = 1;
};

} // namespace qundesk
