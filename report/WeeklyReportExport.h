// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "jobs/Job.h"
#include "metrics/WeeklyReport.h"

#include <QCoreApplication>

#include <memory>

namespace qundesk {

// What an export of the weekly report produced.
struct WeeklyReportResult {
    WeeklyReportData data;
    QString path; // the file written
    int pages = 0;
};

// The weekly report from the workspace to a PDF file: the window (as a job) and
// `qundesk-cli export report` both call it. The file is written whole or not at all, never over
// the workspace or its files (TargetPath).
class WeeklyReportExport {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportExport)

public:
    // `monday` invalid: the last full week in the workspace's zone.
    static Result<WeeklyReportResult> write(const Database& db, const QDate& monday,
                                            const QString& path);
    // The same as a read job on the window's job runner.
    static Job job(const QDate& monday, const QString& path,
                   std::shared_ptr<WeeklyReportResult> result);
};

} // namespace qundesk
