// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "ForeignLock.h"

#include "db/WorkspaceLock.h"

#include <QFile>
#include <QLockFile>
#include <QTemporaryDir>

namespace qundesk::test {

ForeignLock::ForeignLock(const QString& workspace)
    : m_lockFile(WorkspaceLock::lockFilePath(workspace)) {
    m_holder.start(QStringLiteral("sleep"), {QStringLiteral("120")});
    if (!m_holder.waitForStarted(10000))
        return;
    // The content Qt writes (pid, program, host, machine and boot ids), taken from a real lock
    // and given the other process's pid and program name.
    QTemporaryDir dir;
    QByteArray content;
    {
        QLockFile probe(dir.filePath(QStringLiteral("probe.lock")));
        if (!probe.tryLock(0))
            return;
        QFile f(dir.filePath(QStringLiteral("probe.lock")));
        if (!f.open(QIODevice::ReadOnly))
            return;
        content = f.readAll();
    }
    QList<QByteArray> lines = content.split('\n');
    if (lines.size() < 3)
        return;
    lines[0] = QByteArray::number(m_holder.processId());
    lines[1] = QByteArrayLiteral("sleep");
    QFile out(m_lockFile);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    out.write(lines.join('\n'));
    m_valid = true;
}

ForeignLock::~ForeignLock() {
    if (m_holder.state() != QProcess::NotRunning) {
        m_holder.kill();
        m_holder.waitForFinished(10000);
    }
    if (m_valid)
        QFile::remove(m_lockFile);
}

} // namespace qundesk::test
