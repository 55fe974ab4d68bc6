// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/SopPage.h"

#include "SopUiFixture.h"
#include "dialogs/SopApplyDialog.h"
#include "pages/sop/SopDryRunView.h"
#include "pages/sop/SopEditor.h"
#include "pages/sop/SopRunsView.h"
#include "pages/sop/SopStepForm.h"
#include "pages/sop/SopStepTable.h"
#include "store/SopTemplateStore.h"

#include <QComboBox>
#include <QDropEvent>
#include <QMimeData>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace qundesk;

namespace {

class SopPageTest : public test::SopUiFixture {
protected:
    template <typename T>
    T* child(QWidget* parent, const char* name) {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
};

} // namespace

TEST_F(SopPageTest, BuildDryRunAndApplyAnSop) {
    MainWindow window(language);
    open(window);
    window.setCurrentPage(PageId::Sop);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    SopPage* page = window.findChild<SopPage*>();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->library()->count(), 0);

    // Build: a name, a group target counting from the join, two steps.
    page->newTemplate();
    SopEditor* editor = page->editor();
    child<QLineEdit>(editor, "sopName")->setText(QStringLiteral("入群两步"));
    auto* target = child<QComboBox>(editor, "sopTarget");
    target->setCurrentIndex(target->findData(QStringLiteral("group")));
    SopStepForm* form = editor->stepForm();
    auto* title = child<QLineEdit>(form, "stepTitle");
    title->setText(QStringLiteral("欢迎"));
    Q_EMIT title->textEdited(title->text()); // as typing does
    child<QTimeEdit>(form, "stepWindowStart")->setTime(QTime(9, 0));
    auto* script = child<QPlainTextEdit>(form, "stepScript");
    script->clear();
    form->insertPlaceholder(QStringLiteral("{nickname}"));
    script->insertPlainText(QStringLiteral("，欢迎来到{group}"));
    EXPECT_EQ(editor->stepsTable()->item(0, 0)->text(), QStringLiteral("欢迎"));
    // The script rendered for a real member of the workspace.
    const QString rendered = child<QLabel>(editor, "renderedScript")->text();
    EXPECT_TRUE(rendered.endsWith(QStringLiteral("，欢迎来到新人群"))) << rendered.toStdString();
    EXPECT_FALSE(rendered.contains(QLatin1Char('{')));
    editor->addStep();
    child<QLineEdit>(form, "stepTitle")->setText(QStringLiteral("回访"));
    Q_EMIT child<QLineEdit>(form, "stepTitle")->textEdited(QStringLiteral("回访"));
    EXPECT_EQ(editor->stepsTable()->rowCount(), 2);
    auto* save = child<QPushButton>(editor, "saveSopButton");
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    auto stored =
        SopTemplateStore(*window.workspace().database()).findByName(QStringLiteral("入群两步"));
    ASSERT_TRUE(stored.ok() && stored->has_value())
        << (messages.isEmpty() ? std::string() : messages.last().text.toStdString());
    ASSERT_EQ((*stored)->steps.size(), 2);
    EXPECT_EQ((*stored)->steps.at(0).script, QStringLiteral("{nickname}，欢迎来到{group}"));
    EXPECT_EQ((*stored)->steps.at(1).title, QStringLiteral("回访"));
    EXPECT_EQ((*stored)->steps.at(1).dayOffset, 1);
    EXPECT_EQ(page->library()->count(), 1);

    // Dry run: a member joining on 3 May gets day 0 and day 1.
    page->dryRun()->setJoinDay(QDate(2026, 5, 3));
    ASSERT_EQ(page->dryRun()->items().size(), 2);
    EXPECT_EQ(page->dryRun()->items().at(0).day, QDate(2026, 5, 3));
    EXPECT_EQ(page->dryRun()->items().at(0).time, QTime(9, 0));
    EXPECT_EQ(page->dryRun()->items().at(1).day, QDate(2026, 5, 4));
    EXPECT_EQ(page->dryRun()->timeline()->topLevelItemCount(), 2);

    // Apply to the group: its two members, two steps each.
    SopApplyDialog dialog(window.workspace(), **stored);
    ASSERT_TRUE(dialog.chooseTarget(QStringLiteral("新人群")));
    EXPECT_TRUE(dialog.sizeText().contains(QLatin1Char('2'))) << dialog.sizeText().toStdString();
    dialog.accept();
    ASSERT_TRUE(dialog.applied().has_value());
    EXPECT_EQ(dialog.applied()->count.tasksAdded, 4);
    EXPECT_EQ(count(window, QStringLiteral("SELECT COUNT(*) FROM sop_tasks")), 4);
    page->runs()->reload();
    ASSERT_EQ(page->runs()->runs().size(), 1);
    EXPECT_EQ(page->runs()->runs().first().total, 4);
}

TEST_F(SopPageTest, TheBuiltInLibraryIsAddedInTheInterfaceLanguage) {
    MainWindow window(language);
    open(window);
    SopPage* page = window.findChild<SopPage*>();
    page->addBuiltins();
    EXPECT_EQ(page->library()->count(), 8);
    EXPECT_TRUE(page->selectTemplate(QStringLiteral("7-day new-member onboarding")));
    EXPECT_EQ(page->editor()->stepsTable()->rowCount(), 5);
    ASSERT_FALSE(messages.isEmpty());
    page->addBuiltins();
    EXPECT_EQ(page->library()->count(), 8) << "adding it again adds nothing";
}

// Dragging the first step below the third: the steps follow in the table, in the template and,
// once saved, in the workspace.
TEST_F(SopPageTest, DraggingAStepReordersTheSteps) {
    MainWindow window(language);
    open(window);
    window.setCurrentPage(PageId::Sop);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    SopPage* page = window.findChild<SopPage*>();
    page->addBuiltins();
    ASSERT_TRUE(page->selectTemplate(QStringLiteral("7-day new-member onboarding")));
    SopEditor* editor = page->editor();
    SopStepTable* table = editor->stepsTable();
    ASSERT_EQ(table->rowCount(), 5);
    QStringList before;
    for (int r = 0; r < table->rowCount(); ++r)
        before << table->item(r, 0)->text();
    editor->selectStep(0);

    // The drop lands in the lower half of the third row: the step goes after it.
    const QRect third = table->visualItemRect(table->item(2, 0));
    const QPoint at(third.center().x(), third.bottom() - 2);
    EXPECT_EQ(table->insertionRow(at), 3);
    std::unique_ptr<QMimeData> mime(
        table->model()->mimeData({table->model()->index(0, 0)}));
    QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &move);
    EXPECT_TRUE(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(table->viewport(), &drop);
    EXPECT_EQ(drop.dropAction(), Qt::IgnoreAction) << "the view removes no row itself";

    const QStringList expected = {before.at(1), before.at(2), before.at(0), before.at(3),
                                  before.at(4)};
    QStringList after;
    for (int r = 0; r < table->rowCount(); ++r)
        after << table->item(r, 0)->text();
    EXPECT_EQ(after, expected);
    EXPECT_EQ(table->currentRow(), 2) << "the moved step stays selected";
    EXPECT_EQ(editor->currentTemplate().steps.at(2).title, before.at(0));

    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveSopButton")),
                      Qt::LeftButton);
    auto stored = SopTemplateStore(*window.workspace().database())
                      .findByName(QStringLiteral("7-day new-member onboarding"));
    ASSERT_TRUE(stored.ok() && stored->has_value());
    QStringList saved;
    for (const SopStep& s : std::as_const((*stored)->steps))
        saved << s.title;
    EXPECT_EQ(saved, expected);
}
