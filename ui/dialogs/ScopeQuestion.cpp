// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/ScopeQuestion.h"

#include <QMessageBox>
#include <QPushButton>

namespace qundesk {

namespace {
ScopeQuestion::Hook& hook() {
    static ScopeQuestion::Hook h;
    return h;
}
} // namespace

void ScopeQuestion::setHook(Hook h) {
    hook() = std::move(h);
}

std::optional<EditScope> ScopeQuestion::ask(QWidget* parent, const QString& title) {
    if (hook())
        return hook()(title);
    QMessageBox box(QMessageBox::Question, title,
                    tr("This item repeats. Which occurrences should change?"), QMessageBox::Cancel,
                    parent);
    QPushButton* one = box.addButton(tr("This one"), QMessageBox::AcceptRole);
    QPushButton* following = box.addButton(tr("This and following"), QMessageBox::AcceptRole);
    QPushButton* all = box.addButton(tr("All"), QMessageBox::AcceptRole);
    box.setDefaultButton(one);
    box.exec();
    if (box.clickedButton() == one)
        return EditScope::ThisOne;
    if (box.clickedButton() == following)
        return EditScope::ThisAndFollowing;
    if (box.clickedButton() == all)
        return EditScope::All;
    return std::nullopt;
}

} // namespace qundesk
