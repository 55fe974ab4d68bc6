// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "TempWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <ostream>

namespace qundesk::test {

TempWorkspace::TempWorkspace() {
    auto db = Database::open(path());
    if (!db) {
        ADD_FAILURE() << db.error().toString().toStdString();
        return;
    }
    m_db = std::move(db).value();
}

QString TempWorkspace::writeFile(const QString& name, const QByteArray& bytes) const {
    const QString path = filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    EXPECT_EQ(f.write(bytes), bytes.size());
    return path;
}

QString copyFixture(const QString& name, const QString& dir) {
    const QString source = QStringLiteral(QUNDESK_FIXTURES_DIR "/") + name;
    const QString target = QDir(dir).filePath(QFileInfo(name).fileName());
    QFile::remove(target);
    if (!QFile::copy(source, target))
        ADD_FAILURE() << "cannot copy fixture " << name.toStdString();
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QString sharedSample(const QString& relativePath) {
    const QString path = QStringLiteral(QUNDESK_SHARED_SAMPLES_DIR "/") + relativePath;
    return QFileInfo::exists(path) ? path : QString();
}

void PrintTo(const QString& text, std::ostream* os) {
    *os << '"' << text.toStdString() << '"';
}

} // namespace qundesk::test

QT_BEGIN_NAMESPACE
void PrintTo(const QString& text, std::ostream* os) {
    qundesk::test::PrintTo(text, os);
}
QT_END_NAMESPACE
