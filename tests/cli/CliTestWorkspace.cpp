// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliTestWorkspace.h"

#include "db/Database.h"
#include "model/Group.h"
#include "store/GroupStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>
#include <sys/stat.h>

namespace qundesk::test {

void makeWorkspace(const QString& path, const QStringList& groups, bool rollbackJournal) {
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        for (const QString& name : groups) {
            Group g;
            g.name = name;
            ASSERT_TRUE(GroupStore(*db.value()).create(g).ok());
        }
    }
    if (!rollbackJournal)
        return;
    const QString name = QStringLiteral("cli-test-journal");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int fileMode(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace qundesk::test
