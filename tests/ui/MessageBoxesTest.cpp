// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/MessageBoxes.h"

#include "UiFixture.h"
#include "shell/LanguageManager.h"

#include <QApplication>
#include <QPushButton>
#include <QTimer>

using namespace qundesk;

namespace {

class MessageBoxesTest : public test::UiFixture {
protected:
    // Shows a real confirmation, reads its buttons and presses the one whose role is `press`.
    bool confirm(QMessageBox::ButtonRole press) {
        MessageBoxes::setHook({}); // the real QMessageBox
        QTimer::singleShot(0, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton* button : box->buttons()) {
                buttonTexts << button->text();
                if (box->buttonRole(button) == press)
                    pressed = button;
            }
            if (pressed)
                pressed->click();
            else
                box->reject();
        });
        return MessageBoxes::ask(nullptr, QStringLiteral("Delete tag"),
                                 QStringLiteral("Delete the tag “VIP”?"));
    }

    LanguageManager language;
    QStringList buttonTexts;
    QAbstractButton* pressed = nullptr;
};

} // namespace

TEST_F(MessageBoxesTest, AConfirmationNamesItsActionAndCancel) {
    language.apply(QStringLiteral("en"));
    EXPECT_TRUE(confirm(QMessageBox::YesRole));
    EXPECT_TRUE(buttonTexts.contains(QStringLiteral("Delete tag")))
        << buttonTexts.join(u'|').toStdString();
    EXPECT_TRUE(buttonTexts.contains(QStringLiteral("Cancel")));
    EXPECT_FALSE(buttonTexts.contains(QStringLiteral("&Yes")));
    EXPECT_FALSE(buttonTexts.contains(QStringLiteral("&No")));
}

TEST_F(MessageBoxesTest, CancelDoesNotConfirm) {
    language.apply(QStringLiteral("en"));
    EXPECT_FALSE(confirm(QMessageBox::RejectRole));
    ASSERT_NE(pressed, nullptr);
}

TEST_F(MessageBoxesTest, ChineseConfirmationsSayCancelNotNo) {
    language.apply(QStringLiteral("zh_CN"));
    EXPECT_FALSE(confirm(QMessageBox::RejectRole));
    EXPECT_TRUE(buttonTexts.contains(QStringLiteral("Delete tag"))); // the title, as given
    EXPECT_FALSE(buttonTexts.contains(QStringLiteral("否")))
        << buttonTexts.join(u'|').toStdString();
    EXPECT_FALSE(buttonTexts.contains(QStringLiteral("是")));
    EXPECT_TRUE(buttonTexts.contains(QStringLiteral("取消")))
        << buttonTexts.join(u'|').toStdString();
}
