// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/Time.h"

#include <QMutex>

namespace qundesk::time {

namespace {
QMutex g_mutex;
QDateTime g_fixedNow;
} // namespace

QString toStorage(const QDateTime& instant) {
    return instant.toUTC().toString(Qt::ISODate);
}

QDateTime fromStorage(const QString& text) {
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    return parsed.toUTC();
}

QString dayToStorage(const QDate& day) {
    return day.toString(Qt::ISODate);
}

QDate dayFromStorage(const QString& text) {
    return QDate::fromString(text, Qt::ISODate);
}

QDate localDay(const QDateTime& instant, const QTimeZone& zone) {
    return instant.toTimeZone(zone).date();
}

QDateTime now() {
    QMutexLocker lock(&g_mutex);
    return g_fixedNow.isValid() ? g_fixedNow : QDateTime::currentDateTimeUtc();
}

QDate today(const QTimeZone& zone) {
    return localDay(now(), zone);
}

void setFixedNow(const QDateTime& instant) {
    QMutexLocker lock(&g_mutex);
    g_fixedNow = instant.isValid() ? instant.toUTC() : QDateTime();
}

} // namespace qundesk::time
