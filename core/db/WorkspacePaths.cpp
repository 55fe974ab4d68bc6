// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/WorkspacePaths.h"

#include <QDir>
#include <QStandardPaths>

namespace qundesk {

namespace {
QString dataFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
} // namespace

QString defaultWorkspacePath() {
    return QDir(dataFolder()).filePath(QStringLiteral("workspace.qundesk"));
}

QString demoWorkspacePath() {
    return QDir(dataFolder()).filePath(QStringLiteral("demo.qundesk"));
}

} // namespace qundesk
