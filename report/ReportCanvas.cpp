// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "ReportCanvas.h"

#include <QFontMetricsF>
#include <QPdfWriter>

namespace qundesk {

namespace {
constexpr qreal kRowPadding = 3;
const QColor kRule(0xd1, 0xd5, 0xdb);
const QColor kHeaderFill(0xf3, 0xf4, 0xf6);
} // namespace

ReportCanvas::ReportCanvas(QPdfWriter& writer)
    : m_writer(writer) {
    m_writer.setResolution(72);
    m_writer.setPageSize(QPageSize(QPageSize::A4));
    m_writer.setPageMargins(QMarginsF(40, 40, 40, 40), QPageLayout::Point);
    if (!m_painter.begin(&m_writer))
        return;
    const QRect page = m_writer.pageLayout().paintRectPoints();
    m_width = page.width();
    m_height = page.height();
    m_painter.setRenderHint(QPainter::Antialiasing);
}

ReportCanvas::~ReportCanvas() {
    if (m_painter.isActive())
        m_painter.end();
}

QFont ReportCanvas::font(qreal pointSize, bool bold) const {
    QFont f;
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

void ReportCanvas::ensure(qreal height) {
    if (m_y + height <= m_height || m_y == 0)
        return;
    m_writer.newPage();
    ++m_pages;
    m_y = 0;
}

void ReportCanvas::title(const QString& text, const QString& subtitle) {
    m_painter.setPen(Qt::black);
    m_painter.setFont(font(18, true));
    const qreal h = QFontMetricsF(m_painter.font()).height();
    m_painter.drawText(QRectF(0, m_y, m_width, h), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += h + 2;
    paragraph(subtitle, 9, QColor(0x4b, 0x55, 0x63));
    m_y += 6;
}

void ReportCanvas::heading(const QString& text) {
    m_painter.setFont(font(12, true));
    const qreal h = QFontMetricsF(m_painter.font()).height();
    ensure(h + 40); // never a heading alone at the foot of a page
    m_y += 8;
    m_painter.setPen(QColor(0x11, 0x18, 0x27));
    m_painter.drawText(QRectF(0, m_y, m_width, h), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_y += h + 4;
}

void ReportCanvas::paragraph(const QString& text, qreal pointSize, const QColor& color) {
    m_painter.setFont(font(pointSize));
    const QRectF bounds = m_painter.boundingRect(QRectF(0, 0, m_width, 10000),
                                                 Qt::TextWordWrap | Qt::AlignLeft, text);
    ensure(bounds.height());
    m_painter.setPen(color);
    m_painter.drawText(QRectF(0, m_y, m_width, bounds.height()), Qt::TextWordWrap | Qt::AlignLeft,
                       text);
    m_y += bounds.height() + 2;
}

void ReportCanvas::table(const QStringList& header, const QList<QStringList>& rows,
                         const QList<qreal>& widths, bool numeric) {
    m_painter.setFont(font(9));
    const qreal rowHeight = QFontMetricsF(m_painter.font()).height() + 2 * kRowPadding;
    const auto drawRow = [&](const QStringList& cells, bool isHeader) {
        ensure(rowHeight);
        if (isHeader)
            m_painter.fillRect(QRectF(0, m_y, m_width, rowHeight), kHeaderFill);
        m_painter.setFont(font(9, isHeader));
        m_painter.setPen(Qt::black);
        qreal x = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const qreal w = widths.at(c) * m_width;
            const Qt::Alignment align =
                (numeric && c > 0 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            const QRectF cell(x + 4, m_y, w - 8, rowHeight);
            const QString text = QFontMetricsF(m_painter.font())
                                     .elidedText(cells.value(c), Qt::ElideRight, cell.width());
            m_painter.drawText(cell, align, text);
            x += w;
        }
        m_painter.setPen(QPen(kRule, 0.5));
        m_painter.drawLine(QPointF(0, m_y + rowHeight), QPointF(m_width, m_y + rowHeight));
        m_y += rowHeight;
    };
    ensure(2 * rowHeight); // the header with at least one row
    drawRow(header, true);
    for (const QStringList& row : rows)
        drawRow(row, false);
    m_y += 6;
}

void ReportCanvas::block(qreal height, const std::function<void(QPainter&, const QRectF&)>& paint) {
    ensure(height);
    m_painter.save();
    paint(m_painter, QRectF(0, m_y, m_width, height));
    m_painter.restore();
    m_y += height + 6;
}

bool ReportCanvas::finish() {
    return m_painter.isActive() && m_painter.end();
}

} // namespace qundesk
