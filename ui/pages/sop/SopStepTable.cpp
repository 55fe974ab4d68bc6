// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/sop/SopStepTable.h"

#include <QDropEvent>
#include <QMimeData>

namespace qundesk {

SopStepTable::SopStepTable(QWidget* parent)
    : QTableWidget(parent) {
    setDragEnabled(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setDragDropOverwriteMode(false);
}

int SopStepTable::insertionRow(const QPoint& pos) const {
    const int row = rowAt(pos.y());
    if (row < 0)
        return pos.y() < 0 ? 0 : rowCount();
    const int top = rowViewportPosition(row);
    return pos.y() < top + rowHeight(row) / 2 ? row : row + 1;
}

bool SopStepTable::isOwnRow(const QDropEvent* event) const {
    const QStringList formats = model()->mimeTypes();
    return !formats.isEmpty() && event->mimeData()->hasFormat(formats.first()) &&
           (event->source() == nullptr || event->source() == this);
}

void SopStepTable::dragEnterEvent(QDragEnterEvent* event) {
    if (!isOwnRow(event)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void SopStepTable::dragMoveEvent(QDragMoveEvent* event) {
    QTableWidget::dragMoveEvent(event); // the drop indicator and auto-scrolling
    if (!isOwnRow(event)) {
        event->ignore();
        return;
    }
    // Anywhere in the table is a place between two steps.
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void SopStepTable::dropEvent(QDropEvent* event) {
    const bool ours = isOwnRow(event);
    const int from = currentRow();
    // Never let the view move or remove items itself: the editor refills the table.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (!ours || from < 0)
        return;
    int to = insertionRow(event->position().toPoint());
    if (to > from)
        --to;
    if (to != from)
        emit rowMoveRequested(from, to);
}

} // namespace qundesk
