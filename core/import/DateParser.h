// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace qundesk {

// Order of day, month and year in numeric dates that do not start with a four-digit year.
enum class DateOrder { YMD, DMY, MDY };

// Reads the dates operators' spreadsheets hold: 2026-05-03, 2026/5/3, 2026.5.3, 2026年5月3日,
// 3/5/2026 (with the order given), optionally followed by a time (20:05 or 20:05:33), or Excel
// day serials (45780). An invalid result means the text is not a date.
class DateParser {
public:
    explicit DateParser(DateOrder order = DateOrder::YMD)
        : m_order(order) {}

    QDate parseDate(const QString& text) const;
    // Wall-clock date-time in `zone` -> instant; a bare date is taken at 00:00.
    QDateTime parseDateTime(const QString& text, const QTimeZone& zone) const;

private:
    DateOrder m_order;
};

} // namespace qundesk
