// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "dialogs/MessageBoxes.h"

#include <QList>
#include <QStringList>

#include <gtest/gtest.h>

namespace qundesk {
class Database;
}

namespace qundesk::test {

// Clears the test-mode QSettings and replaces message boxes and file dialogs with recorders,
// so no test blocks on a modal dialog or sees another test's preferences.
class UiFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    QList<MessageRequest> messages;                       // every message shown
    QMessageBox::StandardButton answer = QMessageBox::No; // what the "user" answers
    QStringList chosenFiles;                              // answers to file dialogs, in order
};

// Creates groups named `names`; group i gets members[i] current members (when given).
void seedGroups(Database& db, const QStringList& names, const QList<int>& members = {});

} // namespace qundesk::test
