// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "DemoBenchmarkWorkspace.h"

#include "db/Database.h"
#include "demo/DemoWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QDate demoToday() {
    return QDate(2026, 6, 20);
}

QString sharedDemoPath() {
    if (!g_shared.isEmpty())
        return g_shared;
    if (const QString given = qEnvironmentVariable("QUNDESK_BENCH_WORKSPACE"); !given.isEmpty()) {
        if (!QFileInfo::exists(given)) {
            std::fprintf(stderr, "QUNDESK_BENCH_WORKSPACE: no file %s\n", qPrintable(given));
            return {};
        }
        return g_shared = given;
    }
    const QString cached = QDir(QStringLiteral(QUNDESK_BENCH_CACHE_DIR))
                               .filePath(QStringLiteral("bench-demo-scale10.qundesk"));
    if (QFileInfo::exists(cached))
        return g_shared = cached;
    // Made under another name and renamed when whole, so a stopped run leaves no half file.
    const QString path = freshWorkspacePath();
    {
        auto db = Database::open(path);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
            return {};
        }
        DemoOptions options;
        options.scale = kDemoScale;
        options.today = demoToday();
        std::fprintf(stderr, "generating the scale-%d demo workspace into %s\n", kDemoScale,
                     qPrintable(cached));
        auto stats = DemoWorkspace::generate(**db, options);
        if (!stats) {
            std::fprintf(stderr, "%s\n", qPrintable(stats.error().toString()));
            return {};
        }
    }
    if (!QFile::rename(path, cached)) {
        std::fprintf(stderr, "cannot keep the demo workspace as %s\n", qPrintable(cached));
        return g_shared = path;
    }
    return g_shared = cached;
}

} // namespace qundesk::bench
