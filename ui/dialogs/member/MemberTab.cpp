// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/MemberTab.h"

#include "dialogs/MessageBoxes.h"
#include "shell/WorkspaceController.h"

#include <QEvent>

namespace qundesk {

Database* MemberContext::db() const {
    return workspace.database();
}

MemberTab::MemberTab(const MemberContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {}

void MemberTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // texts built from data (labels of keys, dates) follow the language too
    }
    QWidget::changeEvent(event);
}

void MemberTab::showError(const QString& message) {
    MessageBoxes::error(this, tr("Member"), message);
}

} // namespace qundesk
