// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QString>

// The one place for SQL that differs between SQLite and other databases (a later step adds
// PostgreSQL through QPSQL). Everything else in core sticks to portable SQL.
namespace qundesk::dialect {

// Month (1-12) of a "YYYY-MM-DD" text column, as an integer expression.
inline QString monthOfDay(const QString& column) {
    return QStringLiteral("CAST(substr(%1, 6, 2) AS INTEGER)").arg(column);
}

// Day of the week (0 = Sunday … 6 = Saturday) of a "YYYY-MM-DD" text column, as an integer
// expression.
inline QString weekdayOfDay(const QString& column) {
    return QStringLiteral("CAST(strftime('%w', %1) AS INTEGER)").arg(column);
}

// Case-insensitive "contains" of a bound pattern (already wrapped in %…%), escaping with '\'.
inline QString containsIgnoringCase(const QString& column, const QString& placeholder) {
    return QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(column, placeholder);
}

// Aggregate joining the text values of a group with ", " (SQLite group_concat; string_agg in
// PostgreSQL).
inline QString joinedText(const QString& expression) {
    return QStringLiteral("group_concat(%1, ', ')").arg(expression);
}

// The calendar day ("YYYY-MM-DD") of a stored UTC instant column shifted by a UTC offset bound
// as text "+N seconds" / "-N seconds" (see offsetModifier).
inline QString dayOfShiftedInstant(const QString& column, const QString& offsetPlaceholder) {
    return QStringLiteral("date(%1, %2)").arg(column, offsetPlaceholder);
}

// The bound value dayOfShiftedInstant expects for an offset of `seconds` from UTC.
inline QString offsetModifier(int seconds) {
    return (seconds < 0 ? QStringLiteral("-%1 seconds") : QStringLiteral("+%1 seconds"))
        .arg(seconds < 0 ? -qint64(seconds) : qint64(seconds));
}

} // namespace qundesk::dialect
