// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QString>

#include <functional>

namespace qundesk {

class JobContext;

// What a job needs of the workspace. The runner opens the connection inside the job's own
// thread (SQLite connections never cross threads) and closes it when the job ends.
enum class JobAccess {
    None,  // no connection: the job works on files (restore, creating the demo workspace)
    Read,  // reads only; the window's edits go on meanwhile
    Write, // writes: the window's own edits wait (disabled) until it ends
};

using JobFunction = std::function<Status(JobContext&)>;

// A unit of long work that runs off the GUI thread (ui: JobRunner) or in place (runJobHere,
// for the CLI and tests). `run` returns its outcome as a Status; results it produces go into
// objects the caller shares with it (e.g. a std::shared_ptr captured by the function).
struct Job {
    QString title; // translated, shown while it runs ("Backing up the workspace")
    JobAccess access = JobAccess::Read;
    bool cancellable = false; // whether the window offers Cancel
    // A queued job is replaced by a newer one with the same non-empty key (e.g. the group
    // health of the Groups page: only the latest request matters).
    QString key;
    JobFunction run;
};

} // namespace qundesk
