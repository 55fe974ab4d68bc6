// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QString>

namespace qundesk::bench {

// The scale of the benchmark demo: ~15k members and ~1M messages.
constexpr int kDemoScale = 10;

// A fresh, unused workspace path in the benchmarks' temporary folder (removed at exit).
QString freshWorkspacePath();

// The path of a closed scale-10 demo workspace, generated on first use and then shared by
// the benchmarks that only read it. Empty when it cannot be made (the error is printed).
QString sharedDemoPath();
// Lets the generation benchmark hand over the file it made, so it is not generated twice.
void offerSharedDemo(const QString& path);

} // namespace qundesk::bench
