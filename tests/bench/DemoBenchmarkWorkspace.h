// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDate>
#include <QString>

namespace qundesk::bench {

// The scale of the benchmark demo: ~15k members and ~1M messages.
constexpr int kDemoScale = 10;

// A fresh, unused workspace path in the benchmarks' temporary folder (removed at exit).
QString freshWorkspacePath();

// The last day of the benchmark demo; the benchmarks' clock stands at noon of it.
QDate demoToday();

// The path of a closed scale-10 demo workspace that the benchmarks only read: the file named by
// QUNDESK_BENCH_WORKSPACE when set, else one cached in the build folder
// (bench-demo-scale10.qundesk), generated on first use. Empty when it cannot be made (the error
// is printed).
QString sharedDemoPath();
// Lets the generation benchmark hand over the file it made, so it is not generated twice.
void offerSharedDemo(const QString& path);

} // namespace qundesk::bench
