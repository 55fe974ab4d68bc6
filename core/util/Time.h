// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace qundesk::time {

// Storage forms (see db/SchemaV1.cpp): instants as UTC ISO 8601 with Z, days as YYYY-MM-DD.
QString toStorage(const QDateTime& instant);
QDateTime fromStorage(const QString& text);
QString dayToStorage(const QDate& day);
QDate dayFromStorage(const QString& text);

// The workspace's calendar day of an instant in `zone` (DST-safe: converts, never adds hours).
QDate localDay(const QDateTime& instant, const QTimeZone& zone);

// Now, or the fixed instant set for tests and the trainer's simulated clock.
QDateTime now();
QDate today(const QTimeZone& zone);
void setFixedNow(const QDateTime& instant); // invalid QDateTime = real clock again

} // namespace qundesk::time
