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

// Case-insensitive "contains" of a bound pattern (already wrapped in %…%), escaping with '\'.
inline QString containsIgnoringCase(const QString& column, const QString& placeholder) {
    return QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(column, placeholder);
}

// Aggregate joining the text values of a group with ", " (SQLite group_concat; string_agg in
// PostgreSQL).
inline QString joinedText(const QString& expression) {
    return QStringLiteral("group_concat(%1, ', ')").arg(expression);
}

} // namespace qundesk::dialect
