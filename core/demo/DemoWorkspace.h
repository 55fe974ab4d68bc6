// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace qundesk {

class Database;

struct DemoOptions {
    quint32 seed = 20260618;
    int scale = 1; // multiplies members and messages (10 -> ~15k members, ~1M messages)
    QDate today;   // last day of the 120 generated days; invalid = today in the zone
    QByteArray timeZone = "Asia/Shanghai";
    // Called now and then with 0..100; returning false cancels (the workspace is unchanged).
    std::function<bool(int percent)> progress;
};

struct DemoStats {
    int groups = 0;
    int members = 0;
    qint64 messages = 0;
    int orders = 0;
    int contentItems = 0;
    int sopRuns = 0;
};

// Fills an empty workspace with a realistic, deterministic demo (same seed and day, same
// content): six groups, ~1,500 members with referrers and tags, 120 days of messages, joins
// and leaves, orders, four weeks of planned content and SOP runs. All in one transaction.
class DemoWorkspace {
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    static Result<DemoStats> generate(Database& db, const DemoOptions& options = {});
};

} // namespace qundesk
