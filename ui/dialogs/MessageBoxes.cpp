// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/MessageBoxes.h"

#include "util/LogCategories.h"

#include <QAbstractButton>
#include <QWidget>

namespace qundesk {

namespace {
MessageBoxes::Hook& hook() {
    static MessageBoxes::Hook instance;
    return instance;
}

// The window or dialog the message sits on, by class and object name ("-" without a parent).
QString placeOf(const QWidget* parent) {
    if (!parent)
        return QStringLiteral("-");
    const QWidget* window = parent->window();
    const QString name = window->objectName();
    const QString type = QString::fromLatin1(window->metaObject()->className());
    return name.isEmpty() ? type : QStringLiteral("%1 \"%2\"").arg(type, name);
}

// Errors and warnings the user sees go to the log, on one line, with their context; other
// messages only when qundesk.ui's debug level is turned up (they may quote members' names).
void logShown(const QWidget* parent, const MessageRequest& request) {
    const bool problem =
        request.icon == QMessageBox::Critical || request.icon == QMessageBox::Warning;
    if (problem ? !lcUi().isWarningEnabled() : !lcUi().isDebugEnabled())
        return;
    QString line =
        QStringLiteral("shown in %1: %2 | %3").arg(placeOf(parent), request.title, request.text);
    if (!request.informativeText.isEmpty())
        line += QStringLiteral(" | ") + request.informativeText;
    line = line.simplified(); // one line in the log file
    if (problem)
        qCWarning(lcUi).noquote() << (request.icon == QMessageBox::Critical ? "Error" : "Warning")
                                  << line;
    else
        qCDebug(lcUi).noquote() << "Message" << line;
}

} // namespace

void MessageBoxes::setHook(Hook replacement) {
    hook() = std::move(replacement);
}

QMessageBox::StandardButton MessageBoxes::show(QWidget* parent, const MessageRequest& request,
                                               const QString& acceptText) {
    logShown(parent, request);
    if (hook())
        return hook()(parent, request);
    QMessageBox box(request.icon, request.title, request.text, request.buttons, parent);
    box.setInformativeText(request.informativeText);
    if (request.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(request.defaultButton);
    if (QAbstractButton* accept = box.button(QMessageBox::Yes); accept && !acceptText.isEmpty())
        accept->setText(acceptText);
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
    const auto answer = show(parent,
                             {QMessageBox::Question, title, text, details,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes},
                             title);
    return answer == QMessageBox::Yes;
}

bool MessageBoxes::askAfterError(QWidget* parent, const QString& title, const QString& text,
                                 const QString& details) {
    const auto answer = show(parent, {QMessageBox::Critical, title, text, details,
                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes});
    return answer == QMessageBox::Yes;
}

} // namespace qundesk
