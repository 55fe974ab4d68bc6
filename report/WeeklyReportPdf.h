// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "metrics/WeeklyReport.h"

#include <QCoreApplication>
#include <QIODevice>

namespace qundesk {

// Paints the weekly report (周报) as a PDF: per group the week's key figures against the week
// before, the messages and daily active members per day as line charts, the top contributors,
// the new lurkers and the members turning Declining, and how each number is defined.
class WeeklyReportPdf {
    Q_DECLARE_TR_FUNCTIONS(WeeklyReportPdf)

public:
    // Writes to an open device; returns the number of pages, or an error.
    static Result<int> write(const WeeklyReportData& data, QIODevice* device);

    // "+12 (+8.5%)", "−3 (−20.0%)", "0", "+4 (new)" : a week's change against the week before.
    static QString change(qint64 current, qint64 previous);
};

} // namespace qundesk
