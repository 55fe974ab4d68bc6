// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QStyledItemDelegate>

namespace qundesk {

// Paints the group table's cells with room on both sides, the health score with a coloured dot
// (good, watch, poor), and the capacity column as a slim bar beside its percentage (amber from
// 80 %, red from 95 %: a full WeChat group stops growing).
class GroupTableDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int kPadding = 8; // px left and right of each cell's content

    explicit GroupTableDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace qundesk
