// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/calendar/MonthView.h"

#include "calendar/RecurrenceRule.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QTimeZone>
#include <QToolTip>

namespace qundesk {

namespace {
constexpr int kColumns = 7;
constexpr int kRows = 6;
constexpr int kChipGap = 2;
} // namespace

MonthView::MonthView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("calendarMonthView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_Hover);
}

void MonthView::setSnapshot(const CalendarSnapshot& snapshot) {
    m_snapshot = snapshot;
    if (!m_selected.isValid() || m_selected < snapshot.from || m_selected >= snapshot.to)
        m_selected = snapshot.anchor;
    layoutChips();
    update();
}

void MonthView::setSelectedDate(const QDate& day) {
    if (day == m_selected)
        return;
    m_selected = day;
    update();
}

int MonthView::headerHeight() const {
    return fontMetrics().height() + 8;
}

QRect MonthView::cellRect(const QDate& day) const {
    const qint64 index = firstDay().daysTo(day);
    if (!firstDay().isValid() || index < 0 || index >= kColumns * kRows)
        return {};
    const int top = headerHeight();
    const double w = double(width() - 1) / kColumns;
    const double h = double(height() - top - 1) / kRows;
    const int col = int(index % kColumns);
    const int row = int(index / kColumns);
    return QRect(int(col * w), top + int(row * h), int(w), int(h));
}

QDate MonthView::dayAt(const QPoint& pos) const {
    for (int i = 0; i < kColumns * kRows; ++i) {
        const QDate day = firstDay().addDays(i);
        if (cellRect(day).contains(pos))
            return day;
    }
    return {};
}

void MonthView::layoutChips() {
    m_chips.clear();
    m_hidden.clear();
    const int chipHeight = fontMetrics().height() + 4;
    for (int i = 0; i < kColumns * kRows && firstDay().isValid(); ++i) {
        const QDate day = firstDay().addDays(i);
        const QRect cell = cellRect(day);
        int y = cell.top() + fontMetrics().height() + 6;
        const QList<calendar::Occurrence> items = m_snapshot.on(day);
        for (qsizetype k = 0; k < items.size(); ++k) {
            const bool last = k == items.size() - 1;
            // Leave a line for "+n more" unless this is the last chip.
            if (y + chipHeight + (last ? 0 : chipHeight) > cell.bottom()) {
                m_hidden.insert(day, int(items.size() - k));
                break;
            }
            m_chips << Chip{QRect(cell.left() + 3, y, cell.width() - 6, chipHeight), items[k]};
            y += chipHeight + kChipGap;
        }
    }
}

QRect MonthView::chipRect(qint64 itemId, const QDate& day) const {
    for (const Chip& c : m_chips)
        if (c.occurrence.itemId == itemId && c.occurrence.start.date() == day)
            return c.rect;
    return {};
}

std::optional<MonthView::Chip> MonthView::chipAt(const QPoint& pos) const {
    for (const Chip& c : m_chips)
        if (c.rect.contains(pos))
            return c;
    return std::nullopt;
}

void MonthView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutChips();
}

void MonthView::paintCell(QPainter& p, const QDate& day) {
    const QRect cell = cellRect(day);
    const bool inMonth = day.month() == m_snapshot.anchor.month();
    const bool warned = !m_snapshot.warningsOn(day).isEmpty();
    QColor background = palette().color(QPalette::Base);
    if (!inMonth)
        background = palette().color(QPalette::AlternateBase);
    if (warned)
        background = QColor(0xFF, 0xF3, 0xE0);
    p.fillRect(cell, background);
    p.setBrush(Qt::NoBrush);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(cell);
    const QRect number(cell.left() + 3, cell.top() + 2, fontMetrics().height() + 6,
                       fontMetrics().height());
    if (day == m_snapshot.today) { // today's number on the highlight colour
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Highlight));
        p.drawRoundedRect(number, 4, 4);
        p.setPen(palette().color(QPalette::HighlightedText));
    } else {
        p.setPen(inMonth ? palette().color(QPalette::Text)
                         : palette().color(QPalette::Disabled, QPalette::Text));
    }
    p.drawText(number, Qt::AlignCenter, QString::number(day.day()));
    if (warned) {
        p.setPen(calendarColors::warning());
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(cell.adjusted(5, 2, -5, 0), Qt::AlignRight | Qt::AlignTop, QStringLiteral("⚠"));
        p.setFont(font());
    }
    p.setBrush(Qt::NoBrush);
    if (day == m_selected) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawRect(cell.adjusted(1, 1, -1, -1));
    }
    if (const int hidden = m_hidden.value(day)) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(cell.adjusted(6, 0, -4, -2), Qt::AlignLeft | Qt::AlignBottom,
                   tr("+%n more", "", hidden));
    }
}

void MonthView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    if (!firstDay().isValid())
        return;
    const double w = double(width() - 1) / kColumns;
    p.setPen(palette().color(QPalette::WindowText));
    for (int d = 0; d < kColumns; ++d)
        p.drawText(QRect(int(d * w), 0, int(w), headerHeight()), Qt::AlignCenter,
                   calendar::RuleSummary::weekdayName(d + 1));
    for (int i = 0; i < kColumns * kRows; ++i)
        paintCell(p, firstDay().addDays(i));
    const QFontMetrics fm = fontMetrics();
    for (const Chip& c : m_chips) {
        const calendar::Occurrence& o = c.occurrence;
        const QColor colour =
            o.skipped() ? calendarColors::skipped() : calendarColors::forLine(o.contentLine);
        const bool lifted = m_dragging && m_pressed && m_pressed->occurrence.itemId == o.itemId &&
                            m_pressed->occurrence.originalStart == o.originalStart;
        p.setPen(Qt::NoPen);
        p.setBrush(lifted ? colour.lighter(160) : colour);
        p.drawRoundedRect(c.rect, 3, 3);
        QFont chipFont = font();
        chipFont.setStrikeOut(o.skipped());
        p.setFont(chipFont);
        p.setPen(Qt::white);
        const QString text =
            o.start.time().toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + o.title;
        p.drawText(c.rect.adjusted(4, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(text, Qt::ElideRight, c.rect.width() - 7));
    }
    p.setFont(font());
    if (m_dragging && m_pressed) {
        const QDate target = dayAt(m_dragPos);
        if (target.isValid()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(cellRect(target).adjusted(2, 2, -2, -2));
        }
    }
}

void MonthView::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    const QDate day = dayAt(event->position().toPoint());
    if (day.isValid() && day != m_selected) {
        m_selected = day;
        emit selectedDateChanged(day);
        update();
    }
    m_pressed =
        event->button() == Qt::LeftButton ? chipAt(event->position().toPoint()) : std::nullopt;
    m_pressPos = event->position().toPoint();
    m_dragging = false;
}

void MonthView::mouseMoveEvent(QMouseEvent* event) {
    if (!m_pressed || !(event->buttons() & Qt::LeftButton))
        return;
    m_dragPos = event->position().toPoint();
    if (!m_dragging &&
        (m_dragPos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_dragging = true;
    if (m_dragging)
        update();
}

void MonthView::mouseReleaseEvent(QMouseEvent* event) {
    const bool dropped = m_dragging && m_pressed;
    const std::optional<Chip> chip = m_pressed;
    m_dragging = false;
    m_pressed.reset();
    update();
    if (!dropped)
        return;
    const QDate target = dayAt(event->position().toPoint());
    if (target.isValid() && target != chip->occurrence.start.date())
        emit occurrenceDropped(chip->occurrence, target);
}

void MonthView::mouseDoubleClickEvent(QMouseEvent* event) {
    m_pressed.reset();
    if (const auto chip = chipAt(event->position().toPoint())) {
        emit occurrenceActivated(chip->occurrence);
        return;
    }
    const QDate day = dayAt(event->position().toPoint());
    if (day.isValid())
        emit createRequested(day);
}

void MonthView::keyPressEvent(QKeyEvent* event) {
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        step = -1;
        break;
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Up:
        step = -7;
        break;
    case Qt::Key_Down:
        step = 7;
        break;
    case Qt::Key_PageUp:
        emit monthStepRequested(-1);
        return;
    case Qt::Key_PageDown:
        emit monthStepRequested(1);
        return;
    case Qt::Key_Home:
    case Qt::Key_T:
        emit todayRequested();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected.isValid())
            emit createRequested(m_selected);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_selected = m_selected.addDays(step);
    update();
    emit selectedDateChanged(m_selected);
}

bool MonthView::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    QStringList lines;
    if (const auto chip = chipAt(help->pos())) {
        const calendar::Occurrence& o = chip->occurrence;
        lines << QStringLiteral("%1 %2").arg(o.start.time().toString(QStringLiteral("HH:mm")),
                                             o.title)
              << QStringLiteral("%1 · %2 · %3")
                     .arg(m_snapshot.groupName(o.groupId), channel::label(o.channel),
                          contentStatus::label(o.status));
    }
    const QDate day = dayAt(help->pos());
    for (const calendar::FatigueWarning& w : m_snapshot.warningsOn(day))
        lines << QStringLiteral("⚠ ") + calendar::Fatigue::describe(w, m_snapshot.groupNames);
    if (lines.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
    return true;
}

} // namespace qundesk
