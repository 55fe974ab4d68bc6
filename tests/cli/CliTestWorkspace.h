// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QString>
#include <QStringList>

namespace qundesk::test {

// A QunDesk workspace at `path` with one group per name, closed again. With `rollbackJournal`
// it is switched from WAL to a rollback journal, so reading it creates no -wal/-shm files
// (the file-size limit of CliRunner::runWithFileLimit then only meets the command's output).
void makeWorkspace(const QString& path, const QStringList& groups, bool rollbackJournal = false);

// The file's mode bits (e.g. 0640).
int fileMode(const QString& path);

} // namespace qundesk::test
