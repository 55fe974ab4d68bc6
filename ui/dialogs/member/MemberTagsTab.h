// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "dialogs/member/MemberTab.h"

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace qundesk {

// Every tag of the workspace as a checkable chip list; checking gives the tag by hand,
// unchecking takes it away. Both are undoable.
class MemberTagsTab final : public MemberTab {
    Q_OBJECT

public:
    explicit MemberTagsTab(const MemberContext& context, QWidget* parent = nullptr);

    void reload() override;
    void setTag(qint64 tagId, bool on);

protected:
    void retranslate() override;

private:
    void itemChanged(QListWidgetItem* item);

    QLabel* m_hint;
    QListWidget* m_tags;
    bool m_loading = false;
};

} // namespace qundesk
