// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace qundesk {

// One message for the user: what kind, a title, the main text and optional details.
struct MessageRequest {
    QMessageBox::Icon icon = QMessageBox::Information;
    QString title;
    QString text;
    QString informativeText;
    QMessageBox::StandardButtons buttons = QMessageBox::Ok;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
};

// Every message box of the UI goes through here, so tests can replace the modal dialog with a
// hook that records the request and answers at once.
class MessageBoxes {
public:
    using Hook =
        std::function<QMessageBox::StandardButton(QWidget* parent, const MessageRequest& request)>;

    // Replaces the dialog (tests); an empty hook restores the real QMessageBox.
    static void setHook(Hook hook);

    // `acceptText`, when given, names the Yes button after its action ("Delete members").
    static QMessageBox::StandardButton show(QWidget* parent, const MessageRequest& request,
                                            const QString& acceptText = {});
    static void error(QWidget* parent, const QString& title, const QString& text,
                      const QString& details = {});
    static void information(QWidget* parent, const QString& title, const QString& text);
    // A confirmation: the buttons are the action, named by `title` ("Delete tag"), and Cancel.
    // True when the user chooses the action (Yes).
    static bool ask(QWidget* parent, const QString& title, const QString& text,
                    const QString& details = {});
    // An error with a way on ("Open another workspace?"): the error icon, Yes and No, logged
    // as an error. True when the user answers Yes.
    static bool askAfterError(QWidget* parent, const QString& title, const QString& text,
                              const QString& details = {});
};

} // namespace qundesk
