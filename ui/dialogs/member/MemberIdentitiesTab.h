// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "dialogs/member/MemberTab.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace qundesk {

// Platform accounts of the member, and the other members that are the same person on other
// platforms. Linking and unlinking are undoable.
class MemberIdentitiesTab final : public MemberTab {
    Q_OBJECT

public:
    explicit MemberIdentitiesTab(const MemberContext& context, QWidget* parent = nullptr);

    void reload() override;
    void linkWith(qint64 otherMemberId);
    // Takes the selected linked member out of the person (this member when none is selected).
    void unlinkSelected();

protected:
    void retranslate() override;

private:
    void chooseAndLink();

    QLabel* m_identitiesTitle;
    QTableWidget* m_identities;
    QLabel* m_linkedTitle;
    QListWidget* m_linked;
    QPushButton* m_link;
    QPushButton* m_unlink;
};

} // namespace qundesk
