// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "dialogs/member/MemberTab.h"
#include "model/Member.h"

#include <QList>

class QPushButton;
class QTableWidget;

namespace qundesk {

// The member's stays in groups (group, role, joined, left). The role of a current stay is
// changed in place; "Mark as left" ends the selected stay. Both are undoable.
class MemberGroupsTab final : public MemberTab {
    Q_OBJECT

public:
    explicit MemberGroupsTab(const MemberContext& context, QWidget* parent = nullptr);

    void reload() override;
    void setRole(int row, const QString& role);
    void markLeft(int row);

protected:
    void retranslate() override;

private:
    void updateButtons();
    bool ask(); // confirms ending the selected stay

    QList<Membership> m_stays; // rows of the table
    QTableWidget* m_table;
    QPushButton* m_leave;
};

} // namespace qundesk
