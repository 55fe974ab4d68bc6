// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDate>
#include <QString>

namespace qundesk {
class Database;
}

namespace qundesk::bench {

// The member benchmarks' scale (issue 3: 100,000 members).
constexpr int kMembers = 100000;
// The fixed "today" the rules and filters are evaluated on.
inline QDate memberBenchToday() {
    return QDate(2026, 6, 20);
}

// Every how many rows the shared workspace's CSV names a referrer (by handle). Kept modest:
// each referrer is resolved by MemberImportWriter::findByNameOrHandle, which scans every
// identity (see BM_ImportMemberCsv's referrer variants).
constexpr int kReferrerEvery = 500;

// A generated member-list CSV of `rows` rows (name, handle, group among six, joined, source,
// referrer on every `referrerEvery`-th row (0 = none), tags, phone, city, birthday, notes) in
// the benchmarks' temporary folder, written once per variant per run. Empty when it cannot be
// written (the error is printed).
QString memberCsv(int rows, int referrerEvery);

// The shared 100,000-member workspace, built ONCE per benchmark run: the kMembers-row CSV (a
// referrer every kReferrerEvery rows) imported, then daily activity (0-6 active days per
// member in the last 60 days), orders (every 10th member one, every 30th a second) and four
// tag rules, then member status and the rules computed for memberBenchToday(). nullptr when it
// cannot be built (the error is printed).
Database* sharedMemberWorkspace();
// Closes it (main() does, before Qt's statics go).
void closeSharedMemberWorkspace();

// Resets the process's peak resident set (VmHWM) to its current size (Linux
// /proc/self/clear_refs); false when the kernel does not allow it.
bool resetPeakRss();
// VmHWM and VmRSS of this process in KiB (0 when /proc is unavailable).
qint64 peakRssKiB();
qint64 currentRssKiB();

} // namespace qundesk::bench
