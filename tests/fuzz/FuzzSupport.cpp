// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

namespace qundesk::fuzz {

void initialize(int* argc, char*** argv) {
    QStandardPaths::setTestModeEnabled(true);
    // The core logs each import; millions of runs would drown libFuzzer's own output.
    QLoggingCategory::setFilterRules(QStringLiteral("qundesk.*=false\nqt.*=false"));
    static QCoreApplication app(*argc, *argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QunDeskFuzz"));
    QCoreApplication::setApplicationName(QStringLiteral("qundesk-fuzz"));
}

void require(bool condition, const char* what) {
    if (condition)
        return;
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}

} // namespace qundesk::fuzz
