// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "commands/MemberEditCommands.h"
#include "model/Touch.h"

namespace qundesk {

// A touch logged by hand from the member detail (a call, a private message outside any SOP);
// undo forgets it.
class LogTouchCommand final : public MemberCommand {
    Q_DECLARE_TR_FUNCTIONS(LogTouchCommand)

public:
    LogTouchCommand(WorkspaceController& workspace, const Touch& touch);
    qint64 touchId() const { return m_touchId; }

protected:
    bool apply() override;
    bool revert() override;

private:
    Touch m_touch;
    qint64 m_touchId = 0;
};

} // namespace qundesk
