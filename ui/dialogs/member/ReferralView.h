// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "dialogs/member/MemberTab.h"

#include <QSet>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace qundesk {

// Who invited the member (the chain up, nearest first) and everyone they brought in (the tree
// down, cycle-safe and at most kMaxDepth levels deep), with a count of all invited.
class ReferralView final : public MemberTab {
    Q_OBJECT

public:
    static constexpr int kMaxDepth = 8;

    explicit ReferralView(const MemberContext& context, QWidget* parent = nullptr);

    void reload() override;
    int invitedCount() const { return m_invited; }

protected:
    void retranslate() override;

private:
    // Adds the referrals of `memberId` under `parent`; returns false on a store error.

    QLabel* m_chainTitle;
    QLabel* m_chain;
    QLabel* m_treeTitle;
    QTreeWidget* m_tree;
    int m_invited = 0;
};

} // namespace qundesk
