// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "dialogs/member/MemberTab.h"
#include "model/Order.h"

#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qundesk {

// The member's orders (newest first) with totals; manual entry and deletion, both undoable.
class MemberOrdersTab final : public MemberTab {
    Q_OBJECT

public:
    explicit MemberOrdersTab(const MemberContext& context, QWidget* parent = nullptr);

    void reload() override;
    void addOrder(const Order& order);
    void removeOrder(int row); // asks first

protected:
    void retranslate() override;

private:
    void enterOrder();

    QList<Order> m_orders; // rows of the table
    QTableWidget* m_table;
    QLabel* m_totals;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace qundesk
