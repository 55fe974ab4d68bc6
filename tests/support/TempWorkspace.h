// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

namespace qundesk::test {

// A fresh workspace file with the current schema in its own temporary folder.
class TempWorkspace {
public:
    TempWorkspace();
    Database& db() { return *m_db; }
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("workspace.qundesk")); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // Writes `bytes` to `name` in the workspace's folder and returns its path.
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    // Closes the connection (e.g. before reading the file's bytes or opening it elsewhere).
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// Copies a file from tests/fixtures into `dir` and returns the copy's path.
QString copyFixture(const QString& name, const QString& dir);
// The path of a sample under ../shared/samples, or empty when that folder is absent.
QString sharedSample(const QString& relativePath);

// GoogleTest-friendly printing of QString.
void PrintTo(const QString& text, std::ostream* os);

} // namespace qundesk::test

QT_BEGIN_NAMESPACE
void PrintTo(const QString& text, std::ostream* os);
QT_END_NAMESPACE
