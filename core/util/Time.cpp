// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/Time.h"

#include <QMutex>

namespace qundesk::time {

namespace {
QMutex g_mutex;
QDateTime g_fixedNow;
} // namespace

namespace {
// Two decimal digits of `n` (0–99) at `at`.
void putTwo(char16_t* at, int n) {
    at[0] = char16_t(u'0' + n / 10);
    at[1] = char16_t(u'0' + n % 10);
}
} // namespace

QString toStorage(const QDateTime& instant) {
    // Written by hand like dayToStorage: an import stores a time per row it reads.
    const QDateTime utc = instant.toUTC();
    const QDate day = utc.date();
    if (!utc.isValid() || day.year() < 0 || day.year() > 9999)
        return utc.toString(Qt::ISODate);
    const QTime time = utc.time();
    char16_t text[20] = {};
    putTwo(text, day.year() / 100);
    putTwo(text + 2, day.year() % 100);
    text[4] = u'-';
    putTwo(text + 5, day.month());
    text[7] = u'-';
    putTwo(text + 8, day.day());
    text[10] = u'T';
    putTwo(text + 11, time.hour());
    text[13] = u':';
    putTwo(text + 14, time.minute());
    text[16] = u':';
    putTwo(text + 17, time.second());
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 20);
}

QString dayStartToStorage(const QDate& day, const QTimeZone& zone) {
    return toStorage(day.startOfDay(zone));
}

QDateTime fromStorage(const QString& text) {
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime)
        parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    return parsed.toUTC();
}

QString dayToStorage(const QDate& day) {
    // Written by hand: QDate::toString goes through a formatter, which shows at 100,000 rows.
    int y = 0, m = 0, d = 0;
    day.getDate(&y, &m, &d);
    if (!day.isValid() || y < 0 || y > 9999)
        return day.toString(Qt::ISODate);
    const char16_t text[] = {char16_t(u'0' + y / 1000),
                             char16_t(u'0' + y / 100 % 10),
                             char16_t(u'0' + y / 10 % 10),
                             char16_t(u'0' + y % 10),
                             u'-',
                             char16_t(u'0' + m / 10),
                             char16_t(u'0' + m % 10),
                             u'-',
                             char16_t(u'0' + d / 10),
                             char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QDate dayFromStorage(const QString& text) {
    return QDate::fromString(text, Qt::ISODate);
}

QDate localDay(const QDateTime& instant, const QTimeZone& zone) {
    return instant.toTimeZone(zone).date();
}

QDateTime wallClock(const QDateTime& instant, const QTimeZone& zone) {
    if (!instant.isValid())
        return {};
    const QDateTime local = instant.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), QTimeZone::utc());
}

QDateTime fromWallClock(const QDate& date, const QTime& time, const QTimeZone& zone) {
    QDateTime at(date, time, zone);
    if (!at.isValid() || at.time() != time)
        at = date.startOfDay(zone).addMSecs(time.msecsSinceStartOfDay());
    return at.toUTC();
}

QDateTime now() {
    QMutexLocker lock(&g_mutex);
    return g_fixedNow.isValid() ? g_fixedNow : QDateTime::currentDateTimeUtc();
}

QDate today(const QTimeZone& zone) {
    return localDay(now(), zone);
}

QDate LocalDays::dayOf(const QString& text) {
    // "YYYY-MM-DDTHH:MM:SSZ" (or without Z, or with fractions): read the fields by position.
    const auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const QChar c = text.at(i);
            if (!c.isDigit())
                return -1;
            value = value * 10 + c.digitValue();
        }
        return value;
    };
    const bool shaped =
        text.size() >= 19 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T') &&
        text.at(13) == QLatin1Char(':') &&
        (text.size() == 19 || text.at(19) == QLatin1Char('Z') || text.at(19) == QLatin1Char('.'));
    const int y = shaped ? digits(0, 4) : -1, mo = shaped ? digits(5, 2) : -1,
              d = shaped ? digits(8, 2) : -1, h = shaped ? digits(11, 2) : -1,
              mi = shaped ? digits(14, 2) : -1, sec = shaped ? digits(17, 2) : -1;
    const QDate date = (y < 0 || mo < 0 || d < 0) ? QDate() : QDate(y, mo, d);
    if (!date.isValid() || h < 0 || mi < 0 || sec < 0)
        return localDay(fromStorage(text), m_zone);
    constexpr qint64 kEpochJulianDay = 2440588;
    const qint64 epoch = (date.toJulianDay() - kEpochJulianDay) * 86400 + h * 3600 + mi * 60 + sec;
    const qint64 quarter = epoch >= 0 ? epoch / 900 : (epoch - 899) / 900;
    auto it = m_offsets.constFind(quarter);
    if (it == m_offsets.cend())
        it = m_offsets.insert(quarter, m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(
                                           quarter * 900, QTimeZone::utc())));
    const qint64 local = epoch + it.value();
    return QDate::fromJulianDay(kEpochJulianDay +
                                (local >= 0 ? local / 86400 : (local - 86399) / 86400));
}

void setFixedNow(const QDateTime& instant) {
    QMutexLocker lock(&g_mutex);
    g_fixedNow = instant.isValid() ? instant.toUTC() : QDateTime();
}

} // namespace qundesk::time
