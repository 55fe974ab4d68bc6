// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "dialogs/member/MemberTab.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace qundesk {

// The member's timeline (core MemberTimeline), newest first, a coloured mark per kind, and a
// row to log a touch by hand (channel and note; undoable).
class MemberTimelineView final : public MemberTab {
    Q_OBJECT

public:
    explicit MemberTimelineView(const MemberContext& context, QWidget* parent = nullptr);

    void reload() override;
    // Logs a touch on the chosen channel with the note typed (through the undo stack).
    void logTouch();

protected:
    void retranslate() override;

private:
    QListWidget* m_list;
    QComboBox* m_channel;
    QLineEdit* m_note;
    QPushButton* m_log;
};

} // namespace qundesk
