// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "DemoBenchmarkWorkspace.h"

#include "db/Database.h"
#include "demo/DemoWorkspace.h"

#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace qundesk::bench {

namespace {
// QUNDESK_BENCH_KEEP=1 keeps the workspaces (and prints where) for a look with sqlite3.
QTemporaryDir& folder() {
    static QTemporaryDir dir = [] {
        QTemporaryDir d;
        if (qEnvironmentVariableIntValue("QUNDESK_BENCH_KEEP") == 1) {
            d.setAutoRemove(false);
            std::fprintf(stderr, "workspaces in %s\n", qPrintable(d.path()));
        }
        return d;
    }();
    return dir;
}
QString g_shared;
int g_counter = 0;
} // namespace

QString freshWorkspacePath() {
    return folder().filePath(QStringLiteral("bench-%1.qundesk").arg(++g_counter));
}

void offerSharedDemo(const QString& path) {
    if (g_shared.isEmpty())
        g_shared = path;
}

QString sharedDemoPath() {
    if (!g_shared.isEmpty())
        return g_shared;
    const QString path = freshWorkspacePath();
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return {};
    }
    DemoOptions options;
    options.scale = kDemoScale;
    options.today = QDate(2026, 6, 20);
    auto stats = DemoWorkspace::generate(**db, options);
    if (!stats) {
        std::fprintf(stderr, "%s\n", qPrintable(stats.error().toString()));
        return {};
    }
    g_shared = path;
    return g_shared;
}

} // namespace qundesk::bench
