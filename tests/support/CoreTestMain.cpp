// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "TestHome.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <ctime>

int main(int argc, char* argv[]) {
    const qundesk::test::TestHome home; // before the application reads any path
    QStandardPaths::setTestModeEnabled(true);
    // The tests' own machine zone unless one is given (CTest's ENVIRONMENT property does not
    // reach tests discovered at test time), so day buckets do not depend on the machine.
    if (qEnvironmentVariableIsEmpty("TZ")) {
        qputenv("TZ", "Asia/Shanghai");
        tzset();
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QunDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("qundesk-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
