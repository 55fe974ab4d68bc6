// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "commands/TouchCommands.h"

#include "services/SopTaskService.h"
#include "util/Time.h"

namespace qundesk {

LogTouchCommand::LogTouchCommand(WorkspaceController& workspace, const Touch& touch)
    : MemberCommand(workspace, touch.memberId, tr("Log a touch"))
    , m_touch(touch) {
    if (!m_touch.touchedAt.isValid())
        m_touch.touchedAt = time::now(); // redo after undo logs the same moment
}

bool LogTouchCommand::apply() {
    auto id = SopTaskService::logTouch(db(), m_touch);
    if (!check(id.ok() ? Status{} : Status{id.error()}))
        return false;
    m_touchId = id.value();
    return true;
}

bool LogTouchCommand::revert() {
    return check(SopTaskService::removeTouch(db(), m_touchId));
}

} // namespace qundesk
