// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/LocalClock.h"

#include "util/Time.h"

#include <QDateTime>

namespace qundesk {

namespace {

constexpr qint64 kQuarter = 15 * 60;
constexpr qint64 kDay = 86400;

qint64 floorDiv(qint64 a, qint64 b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Proleptic Gregorian date of days since 1970-01-01 (H. Hinnant's civil_from_days).
void civil(qint64 days, int* y, int* m, int* d) {
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *d = int(doy - (153 * mp + 2) / 5 + 1);
    *m = int(mp < 10 ? mp + 3 : mp - 9);
    *y = int(yoe + era * 400 + (*m <= 2 ? 1 : 0));
}

void putTwo(char16_t* at, int value) {
    at[0] = char16_t(u'0' + value / 10);
    at[1] = char16_t(u'0' + value % 10);
}

int digits(const QString& text, qsizetype from, qsizetype count, bool* ok) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

qint64 LocalClock::toLocal(qint64 utcSeconds) {
    const qint64 quarter = floorDiv(utcSeconds, kQuarter);
    auto it = m_offsets.constFind(quarter);
    if (it == m_offsets.cend()) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(quarter * kQuarter, QTimeZone::utc());
        it = m_offsets.insert(quarter, m_zone.offsetFromUtc(at));
    }
    return utcSeconds + it.value();
}

qint64 LocalClock::toUtc(qint64 wallSeconds) {
    const qint64 quarter = floorDiv(wallSeconds, kQuarter);
    auto it = m_wallOffsets.constFind(quarter);
    if (it == m_wallOffsets.cend()) {
        const QDateTime wall = QDateTime::fromSecsSinceEpoch(quarter * kQuarter, QTimeZone::utc());
        const QDateTime instant = time::fromWallClock(wall.date(), wall.time(), m_zone);
        it = m_wallOffsets.insert(quarter, int(quarter * kQuarter - instant.toSecsSinceEpoch()));
    }
    return wallSeconds - it.value();
}

QDate LocalClock::dayOf(qint64 wallSeconds) {
    int y = 0, m = 0, d = 0;
    civil(floorDiv(wallSeconds, kDay), &y, &m, &d);
    return QDate(y, m, d);
}

int LocalClock::hourOf(qint64 wallSeconds) {
    return int((wallSeconds - floorDiv(wallSeconds, kDay) * kDay) / 3600);
}

QString LocalClock::instantToStorage(qint64 utcSeconds) {
    int y = 0, m = 0, d = 0;
    const qint64 days = floorDiv(utcSeconds, kDay);
    civil(days, &y, &m, &d);
    if (y < 0 || y > 9999)
        return time::toStorage(QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()));
    const int rest = int(utcSeconds - days * kDay);
    char16_t text[20] = {};
    putTwo(text, y / 100);
    putTwo(text + 2, y % 100);
    text[4] = u'-';
    putTwo(text + 5, m);
    text[7] = u'-';
    putTwo(text + 8, d);
    text[10] = u'T';
    putTwo(text + 11, rest / 3600);
    text[13] = u':';
    putTwo(text + 14, rest / 60 % 60);
    text[16] = u':';
    putTwo(text + 17, rest % 60);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 20);
}

QString LocalClock::dayToStorage(qint64 wallSeconds) {
    return time::dayToStorage(dayOf(wallSeconds));
}

bool LocalClock::instantFromStorage(const QString& text, qint64* utcSeconds) {
    if (text.size() != 20 || text.at(4) != u'-' || text.at(10) != u'T' || text.at(19) != u'Z') {
        const QDateTime parsed = time::fromStorage(text);
        if (!parsed.isValid())
            return false;
        *utcSeconds = parsed.toSecsSinceEpoch();
        return true;
    }
    bool ok = true;
    const int y = digits(text, 0, 4, &ok), mo = digits(text, 5, 2, &ok),
              d = digits(text, 8, 2, &ok), h = digits(text, 11, 2, &ok),
              mi = digits(text, 14, 2, &ok), s = digits(text, 17, 2, &ok);
    if (!ok)
        return false;
    const QDate day(y, mo, d);
    if (!day.isValid())
        return false;
    *utcSeconds =
        (day.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * kDay + h * 3600 + mi * 60 + s;
    return true;
}

} // namespace qundesk
