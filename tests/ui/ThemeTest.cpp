// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/Theme.h"

#include "UiFixture.h"
#include "shell/GroupSwitcher.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QItemSelectionModel>
#include <QTest>

using namespace qundesk;

namespace {

class ThemeTest : public test::UiFixture {
protected:
    void SetUp() override {
        UiFixture::SetUp();
        applyTheme(*qApp);
    }
    void TearDown() override {
        qApp->setStyleSheet(QString());
        UiFixture::TearDown();
    }
};

GroupSummary summary(qint64 id, const QString& name) {
    GroupSummary s;
    s.group.id = id;
    s.group.name = name;
    return s;
}

} // namespace

// The toolbar's group list once drew its current and hovered entry as a blank white box: the
// highlighted row must have the light accent background and dark, visible text.
TEST_F(ThemeTest, TheGroupSwitcherHighlightsItsEntryVisibly) {
    GroupSwitcher switcher;
    switcher.setGroups(
        {summary(1, QStringLiteral("VIP会员群")), summary(2, QStringLiteral("宝妈群"))});
    switcher.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&switcher));
    auto* combo = switcher.findChild<QComboBox*>(QStringLiteral("groupSwitcher"));
    ASSERT_NE(combo, nullptr);
    combo->showPopup();
    QAbstractItemView* view = combo->view();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view->window()));
    // What hovering an entry does: it becomes the current and selected one.
    view->selectionModel()->setCurrentIndex(view->model()->index(1, 0),
                                            QItemSelectionModel::ClearAndSelect);
    QApplication::processEvents();

    const QRect row = view->visualRect(view->model()->index(1, 0));
    ASSERT_TRUE(row.isValid());
    const QImage image = view->viewport()->grab().toImage();
    // Background: sampled near the row's right end, where no text is drawn.
    const int right = qMin(row.right(), image.width() - 1);
    const QColor background = image.pixelColor(right - 6, row.center().y());
    EXPECT_EQ(background.name(), QStringLiteral("#e1ebfd"));
    // Text: some pixel of the row is clearly darker than the background.
    int darkest = 255;
    for (int x = row.left(); x < right; ++x)
        for (int y = row.top(); y <= qMin(row.bottom(), image.height() - 1); ++y)
            darkest = qMin(darkest, qGray(image.pixel(x, y)));
    EXPECT_LT(darkest, 128);
    combo->hidePopup();
}

// Buttons that cannot act (Edit or Archive without a chosen group) must look it.
TEST_F(ThemeTest, DisabledTextIsPaler) {
    const QPalette palette = QApplication::palette();
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        const QColor active = palette.color(QPalette::Active, role);
        const QColor disabled = palette.color(QPalette::Disabled, role);
        EXPECT_NE(active, disabled) << role;
        EXPECT_GT(qGray(disabled.rgb()), qGray(active.rgb()) + 60) << role;
    }
}
