// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/DateParser.h"

#include <QStringView>

#include <optional>

namespace qundesk::chattime {

// A time read from an export's cell, as ChatEvent holds it: with `zoned` an instant (seconds
// since the epoch, UTC); without, the wall-clock time counted as if it were UTC.
struct Stamp {
    qint64 seconds = 0;
    bool zoned = false;
};

// Days since 1970-01-01 of a proleptic Gregorian date; -1 … when the date is no date: check
// validDate() first.
qint64 daysFromCivil(int y, int m, int d);
bool validDate(int y, int m, int d);

// "2024-03-12 09:05[:07[.1234567]]", with 'T' or a space, '-' or '/' between the date's parts,
// and an optional zone ("Z", "+02:00", "+0200"): zoned when the zone is there.
std::optional<Stamp> readIso(QStringView text);
// Unix seconds ("1710234307"), or milliseconds when there are 13 digits: zoned.
std::optional<Stamp> readUnix(QStringView text);
// DiscordChatExporter's old form "17-Jul-20 07:03 PM" (English month names): wall clock.
std::optional<Stamp> readDayMonthNameYear(QStringView text);
// Any of the above, else the spreadsheet forms DateParser reads in `order` (wall clock).
std::optional<Stamp> readAny(QStringView text, DateOrder order);

} // namespace qundesk::chattime
