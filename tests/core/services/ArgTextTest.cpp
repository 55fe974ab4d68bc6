// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Text built around user data keeps "%1" and "%2" in names as they are typed.
#include "util/Result.h"

#include <gtest/gtest.h>

using namespace qundesk;

TEST(ArgText, AnErrorKeepsPercentSignsOfFileAndMessage) {
    EXPECT_EQ(
        (Error{QStringLiteral("%2李 is not a date"), QStringLiteral("王%1.csv"), 3}.toString()),
        QStringLiteral("王%1.csv:3: %2李 is not a date"));
    EXPECT_EQ((Error{QStringLiteral("bad %1"), QStringLiteral("/tmp/%3%2.csv"), 0}.toString()),
              QStringLiteral("/tmp/%3%2.csv: bad %1"));
    EXPECT_EQ((Error{QStringLiteral("王%1"), {}, 7}.toString()), QStringLiteral("王%1"));
}
