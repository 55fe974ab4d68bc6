// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace qundesk {

class WorkspaceController;

// File ▸ Export weekly report…: asks for a PDF file (named after the last full week), paints
// the report as a read job on the job runner (the window stays usable), then says where it is.
class WeeklyReportAction {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportAction)

public:
    // `monday` invalid: the last full Monday–Sunday week in the workspace's zone.
    static void run(QWidget* window, WorkspaceController& workspace, const QDate& monday = {});
};

} // namespace qundesk
