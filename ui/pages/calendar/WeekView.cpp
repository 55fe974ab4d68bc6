// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/calendar/WeekView.h"

#include "calendar/RecurrenceRule.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>
#include <QToolTip>

#include <algorithm>
#include <tuple>

namespace qundesk {

namespace {
constexpr int kDays = 7;
constexpr int kMinutesPerDay = 24 * 60;
constexpr int kSnapMinutes = 15;
constexpr int kEdge = 5; // pixels at a block's bottom that resize it

int laneOf(const QString& channelKey) {
    return std::max<int>(0, int(channel::keys().indexOf(channelKey)));
}
} // namespace

WeekView::WeekView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("calendarWeekView"));
    setFocusPolicy(Qt::StrongFocus);
}

void WeekView::setSnapshot(const CalendarSnapshot& snapshot) {
    m_snapshot = snapshot;
    // From 07:00, or from the hour of the week's earliest item when one starts before.
    m_firstMinute = 7 * 60;
    for (const calendar::Occurrence& o : snapshot.occurrences)
        m_firstMinute = std::min(m_firstMinute, o.start.time().hour() * 60);
    update();
}

int WeekView::yOf(const QRect& day, int minute) const {
    return day.top() + day.height() * (std::max(minute, m_firstMinute) - m_firstMinute) / span();
}

void WeekView::setSelectedDate(const QDate& day) {
    m_selected = day;
    update();
}

int WeekView::headerHeight() const {
    return 2 * fontMetrics().height() + 10;
}

int WeekView::gutter() const {
    return fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 10;
}

QRect WeekView::dayRect(int index) const {
    const double w = double(width() - gutter() - 1) / kDays;
    return QRect(gutter() + int(index * w), headerHeight(), int(w), height() - headerHeight() - 1);
}

// Blocks that overlap in one lane share its width side by side: each cluster of overlapping
// blocks gets as many columns as it needs, each block the first column free at its top.
void WeekView::shareOverlaps(QList<Block>& blocks) {
    std::stable_sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) {
        return std::tuple(a.rect.left(), a.rect.top()) < std::tuple(b.rect.left(), b.rect.top());
    });
    qsizetype first = 0;
    while (first < blocks.size()) {
        // One cluster: same lane (same left edge), each block starting before the cluster ends.
        qsizetype last = first;
        int bottom = blocks[first].rect.bottom();
        QList<int> columnBottoms;
        QList<int> columns;
        for (qsizetype i = first; i < blocks.size(); ++i) {
            const QRect r = blocks[i].rect;
            if (i > first && (r.left() != blocks[first].rect.left() || r.top() > bottom))
                break;
            bottom = std::max(bottom, r.bottom());
            int column = 0;
            while (column < columnBottoms.size() && columnBottoms[column] >= r.top())
                ++column;
            if (column == columnBottoms.size())
                columnBottoms << r.bottom();
            else
                columnBottoms[column] = r.bottom();
            columns << column;
            last = i;
        }
        const int count = int(columnBottoms.size());
        for (qsizetype i = first; i <= last; ++i) {
            QRect& r = blocks[i].rect;
            const int width = std::max(4, (r.width() + 2) / count);
            r = QRect(r.left() + columns[i - first] * width, r.top(), width - 2, r.height());
        }
        first = last + 1;
    }
}

QList<WeekView::Block> WeekView::blocks() const {
    QList<Block> out;
    if (!m_snapshot.from.isValid())
        return out;
    const int lanes = int(channel::keys().size());
    for (const calendar::Occurrence& o : m_snapshot.occurrences) {
        const qint64 index = m_snapshot.from.daysTo(o.start.date());
        if (index < 0 || index >= kDays)
            continue;
        const QRect day = dayRect(int(index));
        const double laneWidth = double(day.width()) / lanes;
        const int minute = o.start.time().hour() * 60 + o.start.time().minute();
        const int top = yOf(day, minute);
        const int length = std::min(o.durationMin, kMinutesPerDay - minute);
        const int h = std::max(2 * fontMetrics().height() + 2, day.height() * length / span());
        out << Block{
            QRect(day.left() + int(laneOf(o.channel) * laneWidth) + 1, top, int(laneWidth) - 2, h),
            o};
    }
    shareOverlaps(out);
    return out;
}

std::optional<WeekView::Block> WeekView::blockAt(const QPoint& pos) const {
    const QList<Block> all = blocks();
    for (auto it = all.rbegin(); it != all.rend(); ++it) // the one drawn last is on top
        if (it->rect.contains(pos))
            return *it;
    return std::nullopt;
}

QRect WeekView::blockRect(qint64 itemId, const QDate& day) const {
    for (const Block& b : blocks())
        if (b.occurrence.itemId == itemId && b.occurrence.start.date() == day)
            return b.rect;
    return {};
}

QDateTime WeekView::wallClockAt(const QPoint& pos) const {
    for (int i = 0; i < kDays; ++i) {
        const QRect day = dayRect(i);
        if (pos.x() < day.left() || pos.x() > day.right() || day.height() <= 0)
            continue;
        const int y = std::clamp(pos.y() - day.top(), 0, day.height() - 1);
        int minute = m_firstMinute + y * span() / day.height();
        // To the nearest quarter hour.
        minute = std::min((minute + kSnapMinutes / 2) / kSnapMinutes * kSnapMinutes,
                          kMinutesPerDay - kSnapMinutes);
        return QDateTime(m_snapshot.from.addDays(i), QTime(minute / 60, minute % 60),
                         QTimeZone::utc());
    }
    return {};
}

QPoint WeekView::pointAt(const QDate& day, const QTime& time, const QString& channelKey) const {
    const QRect r = dayRect(int(m_snapshot.from.daysTo(day)));
    const double laneWidth = double(r.width()) / channel::keys().size();
    const int minute = time.hour() * 60 + time.minute();
    return QPoint(r.left() + int((laneOf(channelKey) + 0.5) * laneWidth), yOf(r, minute) + 2);
}

void WeekView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_snapshot.from.isValid())
        return;
    const QFontMetrics fm = fontMetrics();
    const int lanes = int(channel::keys().size());
    // Hour lines and labels every two hours.
    const QRect grid(gutter(), headerHeight(), width() - gutter() - 1,
                     height() - headerHeight() - 1);
    for (int h = m_firstMinute / 60; h <= 24; h += 1) {
        const int y = yOf(grid, h * 60);
        p.setPen(palette().color(QPalette::Midlight));
        p.drawLine(grid.left(), y, grid.right(), y);
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        if (h < 24 && grid.height() / std::max(1, span() / 60) >= fm.height())
            p.drawText(QRect(0, y, gutter() - 4, fm.height()), Qt::AlignRight | Qt::AlignTop,
                       QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    }
    for (int i = 0; i < kDays; ++i) {
        const QDate day = m_snapshot.from.addDays(i);
        const QRect r = dayRect(i);
        const double laneWidth = double(r.width()) / lanes;
        for (int lane = 1; lane < lanes; lane += 2)
            p.fillRect(QRectF(r.left() + lane * laneWidth, r.top(), laneWidth, r.height()),
                       QColor(0, 0, 0, 10));
        p.setPen(palette().color(QPalette::Mid));
        p.drawLine(r.left(), 0, r.left(), r.bottom());
        const QRect head(r.left(), 0, r.width(), headerHeight());
        if (day == m_selected)
            p.fillRect(head, palette().color(QPalette::Highlight).lighter(190));
        const bool warned = !m_snapshot.warningsOn(day).isEmpty();
        QFont f = font();
        f.setBold(day == m_snapshot.today);
        p.setFont(f);
        p.setPen(warned ? calendarColors::warning().darker(120) : palette().color(QPalette::Text));
        p.drawText(head.adjusted(2, 2, -2, 0), Qt::AlignHCenter | Qt::AlignTop,
                   calendar::RuleSummary::weekdayName(day.dayOfWeek()) + QLatin1Char(' ') +
                       QLocale().toString(day, QStringLiteral("M/d")) +
                       (warned ? QStringLiteral(" ⚠") : QString()));
        p.setFont(font());
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        for (int lane = 0; lane < lanes; ++lane) // the lanes' channels, as short as they fit
            p.drawText(QRectF(r.left() + lane * laneWidth, fm.height() + 4, laneWidth, fm.height()),
                       Qt::AlignCenter,
                       fm.elidedText(channel::label(channel::keys().at(lane)), Qt::ElideRight,
                                     int(laneWidth) - 2));
    }
    for (const Block& b : blocks()) {
        const calendar::Occurrence& o = b.occurrence;
        QColor colour =
            o.skipped() ? calendarColors::skipped() : calendarColors::forLine(o.contentLine);
        const bool lifted = (m_dragging || m_resizing) && m_pressed &&
                            m_pressed->occurrence.itemId == o.itemId &&
                            m_pressed->occurrence.originalStart == o.originalStart;
        if (lifted)
            colour = colour.lighter(160);
        p.setPen(colour.darker(130));
        p.setBrush(colour);
        p.drawRoundedRect(b.rect, 3, 3);
        p.setPen(Qt::white);
        const QRect inner = b.rect.adjusted(2, 1, -1, -1);
        p.save();
        p.setClipRect(inner);
        p.drawText(inner, Qt::AlignLeft | Qt::AlignTop,
                   o.start.time().toString(QStringLiteral("HH:mm")));
        // The title under the time, wrapped at any character (a lane is narrow).
        p.drawText(inner.adjusted(0, fm.height(), 0, 0),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, o.title);
        p.restore();
    }
    if (m_pressed && (m_dragging || m_resizing)) {
        QRect ghost = m_pressed->rect;
        if (m_dragging) {
            const QDateTime at = wallClockAt(m_dragPos - (m_pressPos - m_pressed->rect.topLeft()));
            if (at.isValid()) {
                const QPoint topLeft = pointAt(at.date(), at.time(), m_pressed->occurrence.channel);
                ghost.moveTopLeft(QPoint(topLeft.x() - ghost.width() / 2, topLeft.y() - 2));
            }
        } else {
            ghost.setBottom(std::max(ghost.top() + 4, m_dragPos.y()));
        }
        p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(ghost);
    }
}

void WeekView::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const QDateTime at = wallClockAt(pos);
    if (at.isValid() && at.date() != m_selected) {
        m_selected = at.date();
        emit selectedDateChanged(m_selected);
    }
    m_pressed = event->button() == Qt::LeftButton ? blockAt(pos) : std::nullopt;
    m_resizing = m_pressed && pos.y() >= m_pressed->rect.bottom() - kEdge;
    m_dragging = false;
    m_pressPos = pos;
    m_dragPos = pos;
    update();
}

void WeekView::mouseMoveEvent(QMouseEvent* event) {
    if (!m_pressed || !(event->buttons() & Qt::LeftButton))
        return;
    m_dragPos = event->position().toPoint();
    if (!m_resizing && !m_dragging &&
        (m_dragPos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_dragging = true;
    update();
}

void WeekView::mouseReleaseEvent(QMouseEvent* event) {
    const std::optional<Block> block = m_pressed;
    const bool dragging = m_dragging;
    const bool resizing = m_resizing;
    m_pressed.reset();
    m_dragging = m_resizing = false;
    update();
    if (!block)
        return;
    const QPoint pos = event->position().toPoint();
    if (dragging) {
        const QDateTime at = wallClockAt(pos - (m_pressPos - block->rect.topLeft()));
        if (at.isValid() && at != block->occurrence.start)
            emit occurrenceDropped(block->occurrence, at);
    } else if (resizing && pos != m_pressPos) {
        const QRect day = dayRect(0);
        const int pixels = std::max(0, pos.y() - block->rect.top());
        int minutes = day.height() > 0 ? pixels * span() / day.height() : 0;
        minutes =
            std::max(kSnapMinutes, (minutes + kSnapMinutes / 2) / kSnapMinutes * kSnapMinutes);
        if (minutes != block->occurrence.durationMin)
            emit occurrenceResized(block->occurrence, minutes);
    }
}

void WeekView::mouseDoubleClickEvent(QMouseEvent* event) {
    m_pressed.reset();
    const QPoint pos = event->position().toPoint();
    if (const auto block = blockAt(pos)) {
        emit occurrenceActivated(block->occurrence);
        return;
    }
    const QDateTime at = wallClockAt(pos);
    if (at.isValid()) {
        const int minute = at.time().hour() * 60 + at.time().minute();
        emit createRequested(QDateTime(
            at.date(), QTime(minute / 30 * 30 / 60, minute / 30 * 30 % 60), QTimeZone::utc()));
    }
}

void WeekView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (m_selected.isValid()) {
            m_selected = m_selected.addDays(event->key() == Qt::Key_Left ? -1 : 1);
            update();
            emit selectedDateChanged(m_selected);
        }
        return;
    case Qt::Key_PageUp:
        emit weekStepRequested(-1);
        return;
    case Qt::Key_PageDown:
        emit weekStepRequested(1);
        return;
    case Qt::Key_Home:
    case Qt::Key_T:
        emit todayRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool WeekView::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    QStringList lines;
    if (const auto block = blockAt(help->pos())) {
        const calendar::Occurrence& o = block->occurrence;
        lines << QStringLiteral("%1–%2 %3")
                     .arg(o.start.time().toString(QStringLiteral("HH:mm")),
                          o.end().time().toString(QStringLiteral("HH:mm")), o.title)
              << QStringLiteral("%1 · %2 · %3")
                     .arg(m_snapshot.groupName(o.groupId), contentLine::label(o.contentLine),
                          contentStatus::label(o.status));
    } else if (help->pos().y() < headerHeight()) {
        const QDateTime at = wallClockAt(QPoint(help->pos().x(), headerHeight() + 1));
        if (at.isValid())
            for (const calendar::FatigueWarning& w : m_snapshot.warningsOn(at.date()))
                lines << QStringLiteral("⚠ ") +
                             calendar::Fatigue::describe(w, m_snapshot.groupNames);
    }
    if (lines.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
    return true;
}

} // namespace qundesk
