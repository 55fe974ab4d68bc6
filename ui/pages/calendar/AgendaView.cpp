// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/calendar/AgendaView.h"

#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace qundesk {

namespace {

constexpr int kOccurrenceRole = Qt::UserRole + 1; // index into the snapshot's occurrences

QIcon swatch(const QColor& colour) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

} // namespace

AgendaView::AgendaView(QWidget* parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("calendarAgendaView"));
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        const QVariant index = item->data(Time, kOccurrenceRole);
        if (index.isValid())
            emit occurrenceActivated(m_snapshot.occurrences.at(index.toInt()));
    });
    retranslate();
}

void AgendaView::retranslate() {
    setHeaderLabels(
        {tr("Time"), tr("Title"), tr("Group"), tr("Channel"), tr("Content line"), tr("Status")});
    setSnapshot(m_snapshot);
}

void AgendaView::setSnapshot(const CalendarSnapshot& snapshot) {
    m_snapshot = snapshot;
    clear();
    QFont bold = font();
    bold.setBold(true);
    for (QDate day = snapshot.from; day.isValid() && day < snapshot.to; day = day.addDays(1)) {
        QList<int> indexes;
        for (int i = 0; i < snapshot.occurrences.size(); ++i)
            if (snapshot.occurrences.at(i).start.date() == day)
                indexes << i;
        if (indexes.isEmpty())
            continue;
        auto* dayRow = new QTreeWidgetItem(this);
        dayRow->setText(Time, QLocale().toString(day, QLocale::LongFormat));
        dayRow->setFirstColumnSpanned(true);
        dayRow->setFont(Time, bold);
        dayRow->setFlags(Qt::ItemIsEnabled);
        for (const calendar::FatigueWarning& w : snapshot.warningsOn(day)) {
            auto* warn = new QTreeWidgetItem(this);
            warn->setText(Time, QStringLiteral("⚠ ") +
                                    calendar::Fatigue::describe(w, snapshot.groupNames));
            warn->setForeground(Time, calendarColors::warning().darker(130));
            warn->setFirstColumnSpanned(true);
            warn->setFlags(Qt::ItemIsEnabled);
        }
        for (int i : indexes) {
            const calendar::Occurrence& o = snapshot.occurrences.at(i);
            auto* row = new QTreeWidgetItem(this);
            row->setData(Time, kOccurrenceRole, i);
            row->setText(Time, o.start.time().toString(QStringLiteral("HH:mm")));
            row->setIcon(Time, swatch(o.skipped() ? calendarColors::skipped()
                                                  : calendarColors::forLine(o.contentLine)));
            row->setText(Title, o.title);
            row->setText(Group, snapshot.groupName(o.groupId));
            row->setText(Channel, channel::label(o.channel));
            row->setText(Line, contentLine::label(o.contentLine));
            row->setText(Status, contentStatus::label(o.status));
            if (o.skipped()) {
                QFont struck = font();
                struck.setStrikeOut(true);
                row->setFont(Title, struck);
            }
        }
    }
    for (int c = 0; c < ColumnCount; ++c)
        if (c != Title)
            resizeColumnToContents(c);
}

} // namespace qundesk
