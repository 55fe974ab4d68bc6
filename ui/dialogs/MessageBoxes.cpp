// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/MessageBoxes.h"

namespace qundesk {

namespace {
MessageBoxes::Hook& hook() {
    static MessageBoxes::Hook instance;
    return instance;
}
} // namespace

void MessageBoxes::setHook(Hook replacement) {
    hook() = std::move(replacement);
}

QMessageBox::StandardButton MessageBoxes::show(QWidget* parent, const MessageRequest& request) {
    if (hook())
        return hook()(parent, request);
    QMessageBox box(request.icon, request.title, request.text, request.buttons, parent);
    box.setInformativeText(request.informativeText);
    if (request.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(request.defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBoxes::error(QWidget* parent, const QString& title, const QString& text,
                         const QString& details) {
    show(parent, {QMessageBox::Critical, title, text, details, QMessageBox::Ok, QMessageBox::Ok});
}

void MessageBoxes::information(QWidget* parent, const QString& title, const QString& text) {
    show(parent, {QMessageBox::Information, title, text, {}, QMessageBox::Ok, QMessageBox::Ok});
}

bool MessageBoxes::ask(QWidget* parent, const QString& title, const QString& text,
                       const QString& details) {
    const auto answer = show(parent, {QMessageBox::Question, title, text, details,
                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes});
    return answer == QMessageBox::Yes;
}

} // namespace qundesk
