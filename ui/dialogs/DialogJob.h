// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "jobs/Job.h"
#include "shell/JobRunner.h"

class QWidget;

namespace qundesk {

// Runs `job` on the window's JobRunner (its own connection, on the worker thread) while a
// modal dialog waits for it: a progress window over `parent` shows how far it is and offers
// Cancel (the status bar's is out of reach behind a modal dialog). The window keeps painting;
// the call returns when the job has ended.
JobResult runJobFromDialog(QWidget* parent, JobRunner& runner, Job job);

} // namespace qundesk
