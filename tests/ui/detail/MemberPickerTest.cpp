// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/MemberPicker.h"

#include "DetailFixture.h"
#include "db/Database.h"

#include <QCompleter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace qundesk;

namespace {

using MemberPickerTest = test::DetailFixture;

QStringList suggestions(const MemberPicker& picker) {
    QStringList names;
    for (int r = 0; r < picker.matches()->rowCount(); ++r)
        names << picker.matches()->item(r)->data(Qt::UserRole).toString();
    return names;
}

} // namespace

TEST_F(MemberPickerTest, SuggestsOnceTypingPausesAndLeavesOutTheExcludedMember) {
    const qint64 self = addMember(QStringLiteral("王小明"));
    addMember(QStringLiteral("王小红"));
    addMember(QStringLiteral("李雷"));
    MemberPicker picker(&db());
    picker.setExcluded(self);
    picker.show();
    // Typed as an input method would deliver it (QTest::keyClicks takes ASCII only).
    for (const QChar c : QStringLiteral("王小"))
        QTest::sendKeyEvent(QTest::Click, &picker, Qt::Key_unknown, QString(c), Qt::NoModifier);
    EXPECT_TRUE(suggestions(picker).isEmpty()) << "nothing is searched while typing";
    QTRY_COMPARE_WITH_TIMEOUT(suggestions(picker), QStringList{QStringLiteral("王小红")}, 2000);
}

TEST_F(MemberPickerTest, ShowsAtMostTwentyAndChoosingRemembersTheMember) {
    for (int i = 0; i < 30; ++i)
        addMember(QStringLiteral("群成员%1").arg(i, 2, 10, QLatin1Char('0')));
    MemberPicker picker(&db());
    QSignalSpy chosen(&picker, &MemberPicker::memberChosen);
    picker.setText(QStringLiteral("群成员"));
    picker.searchNow();
    const QStringList names = suggestions(picker);
    ASSERT_EQ(names.size(), 20);
    EXPECT_EQ(names.first(), QStringLiteral("群成员00")) << "by name";
    picker.completer()->activated(picker.matches()->index(1, 0));
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_GT(picker.memberId(), 0);
    EXPECT_EQ(picker.text(), QStringLiteral("群成员01"));
    QTest::keyClick(&picker, Qt::Key_Backspace);
    EXPECT_EQ(picker.memberId(), 0) << "editing forgets the choice";
}

TEST_F(MemberPickerTest, ChoosingBeforeThePauseEndsKeepsTheChoice) {
    addMember(QStringLiteral("王小红"));
    MemberPicker picker(&db());
    picker.show();
    picker.setText(QStringLiteral("王"));
    picker.searchNow();
    ASSERT_EQ(picker.matches()->rowCount(), 1);
    QTest::sendKeyEvent(QTest::Click, &picker, Qt::Key_unknown, QStringLiteral("小"),
                        Qt::NoModifier); // starts the pause
    picker.completer()->activated(picker.matches()->index(0, 0));
    const qint64 chosen = picker.memberId();
    ASSERT_GT(chosen, 0);
    addMember(QStringLiteral("王小红二")); // a search run after the choice would list them too
    QTest::qWait(300);                     // past the pause
    EXPECT_EQ(picker.matches()->rowCount(), 1) << "no search after the choice";
    EXPECT_EQ(picker.memberId(), chosen);
    EXPECT_EQ(picker.text(), QStringLiteral("王小红"));
}

TEST_F(MemberPickerTest, NamesWithPercentPlaceholdersAreShownAsTyped) {
    const qint64 first = addMember(QStringLiteral("王%1"));
    const qint64 second = addMember(QStringLiteral("王%2李"));
    MemberPicker picker(&db());
    picker.setText(QStringLiteral("王"));
    picker.searchNow();
    QStringList shown;
    for (int r = 0; r < picker.matches()->rowCount(); ++r)
        shown << picker.matches()->item(r)->text();
    shown.sort();
    EXPECT_EQ(shown, (QStringList{QStringLiteral("王%1  #") + QString::number(first),
                                  QStringLiteral("王%2李  #") + QString::number(second)}));
}
