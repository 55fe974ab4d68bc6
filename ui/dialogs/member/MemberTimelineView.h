// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "dialogs/member/MemberTab.h"

class QListWidget;

namespace qundesk {

// The member's timeline (core MemberTimeline), newest first, a coloured mark per kind.
class MemberTimelineView final : public MemberTab {
    Q_OBJECT

public:
    explicit MemberTimelineView(const MemberContext& context, QWidget* parent = nullptr);

    void reload() override;

protected:
    void retranslate() override {}

private:
    QListWidget* m_list;
};

} // namespace qundesk
