// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QTableWidget>

namespace qundesk {

// The SOP editor's steps table: a row is dragged to a new place by the mouse. The table does not
// move its own items (QTableWidget's internal move overwrites rows); it asks the editor, which
// owns the steps, through rowMoveRequested and refills itself.
class SopStepTable final : public QTableWidget {
    Q_OBJECT

public:
    explicit SopStepTable(QWidget* parent = nullptr);

    // The row a dragged row lands before when dropped at `pos` (viewport coordinates): the row
    // under the upper half of a row, the next one under its lower half, rowCount() below the
    // last row.
    int insertionRow(const QPoint& pos) const;

signals:
    // Move the step at `from` so that it ends up at index `to` (after removal).
    void rowMoveRequested(int from, int to);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // A row of this table, dragged by the mouse.
    bool isOwnRow(const QDropEvent* event) const;
};

} // namespace qundesk
