// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/ChatTimeText.h"

#include <QTimeZone>

namespace qundesk::chattime {

namespace {

// Reads `count` digits at `i` (advancing it); -1 when they are not all there.
int digits(QStringView t, qsizetype& i, int count) {
    int v = 0;
    for (int k = 0; k < count; ++k, ++i) {
        if (i >= t.size() || !t[i].isDigit() || t[i].unicode() > '9')
            return -1;
        v = v * 10 + (t[i].unicode() - '0');
    }
    return v;
}

// One or two digits (hours and minutes of the old Discord form, days of some spreadsheets).
int shortNumber(QStringView t, qsizetype& i) {
    int v = digits(t, i, 1);
    if (v < 0)
        return -1;
    if (i < t.size() && t[i].isDigit() && t[i].unicode() <= '9')
        v = v * 10 + (t[i++].unicode() - '0');
    return v;
}

} // namespace

bool validDate(int y, int m, int d) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1])
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m != 2 || d <= 28 || leap;
}

// H. Hinnant's days_from_civil.
qint64 daysFromCivil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

std::optional<Stamp> readIso(QStringView text) {
    const QStringView t = text.trimmed();
    qsizetype i = 0;
    const int y = digits(t, i, 4);
    if (y < 0 || i >= t.size() || (t[i] != u'-' && t[i] != u'/'))
        return std::nullopt;
    const QChar sep = t[i++];
    const int mo = shortNumber(t, i);
    if (mo < 0 || i >= t.size() || t[i] != sep)
        return std::nullopt;
    ++i;
    const int d = shortNumber(t, i);
    if (d < 0 || !validDate(y, mo, d) || i >= t.size() || (t[i] != u'T' && t[i] != u' '))
        return std::nullopt;
    ++i;
    const int h = shortNumber(t, i);
    if (h < 0 || h > 23 || i >= t.size() || t[i] != u':')
        return std::nullopt;
    ++i;
    const int mi = digits(t, i, 2);
    if (mi < 0 || mi > 59)
        return std::nullopt;
    int s = 0;
    if (i < t.size() && t[i] == u':') {
        ++i;
        s = digits(t, i, 2);
        if (s < 0 || s > 60)
            return std::nullopt;
        if (i < t.size() && (t[i] == u'.' || t[i] == u',')) { // fractions: dropped
            ++i;
            while (i < t.size() && t[i].isDigit())
                ++i;
        }
    }
    Stamp stamp{daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + qMin(s, 59), false};
    if (i == t.size())
        return stamp;
    if (t[i] == u'Z' && i + 1 == t.size()) {
        stamp.zoned = true;
        return stamp;
    }
    if (t[i] != u'+' && t[i] != u'-')
        return std::nullopt;
    const int sign = t[i++] == u'+' ? 1 : -1;
    const int oh = digits(t, i, 2);
    if (i < t.size() && t[i] == u':')
        ++i;
    const int om = digits(t, i, 2);
    if (oh < 0 || om < 0 || oh > 14 || om > 59 || i != t.size())
        return std::nullopt;
    stamp.seconds -= sign * (oh * 3600 + om * 60);
    stamp.zoned = true;
    return stamp;
}

std::optional<Stamp> readUnix(QStringView text) {
    const QStringView t = text.trimmed();
    if (t.size() != 10 && t.size() != 13)
        return std::nullopt;
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || v <= 0)
        return std::nullopt;
    return Stamp{t.size() == 13 ? v / 1000 : v, true};
}

std::optional<Stamp> readDayMonthNameYear(QStringView text) {
    static constexpr const char16_t* kMonths[] = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                                  u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    const QStringView t = text.trimmed();
    qsizetype i = 0;
    const int d = shortNumber(t, i);
    if (d < 0 || i + 5 > t.size() || t[i] != u'-')
        return std::nullopt;
    const QStringView name = t.mid(i + 1, 3);
    int mo = 0;
    for (int k = 0; k < 12; ++k) {
        if (name.compare(QStringView(kMonths[k]), Qt::CaseInsensitive) == 0)
            mo = k + 1;
    }
    i += 4;
    if (mo == 0 || i >= t.size() || t[i] != u'-')
        return std::nullopt;
    ++i;
    int y = digits(t, i, 2);
    if (y < 0)
        return std::nullopt;
    if (i < t.size() && t[i].isDigit()) { // a four-digit year
        const int rest = digits(t, i, 2);
        if (rest < 0)
            return std::nullopt;
        y = y * 100 + rest;
    } else {
        y += 2000;
    }
    if (!validDate(y, mo, d) || i >= t.size() || t[i] != u' ')
        return std::nullopt;
    ++i;
    int h = shortNumber(t, i);
    if (h < 0 || i >= t.size() || t[i] != u':')
        return std::nullopt;
    ++i;
    const int mi = digits(t, i, 2);
    if (mi < 0 || mi > 59)
        return std::nullopt;
    const QStringView meridiem = t.mid(i).trimmed();
    if (!meridiem.isEmpty()) {
        const bool pm = meridiem.compare(u"PM", Qt::CaseInsensitive) == 0;
        if (!pm && meridiem.compare(u"AM", Qt::CaseInsensitive) != 0)
            return std::nullopt;
        if (h < 1 || h > 12)
            return std::nullopt;
        h = h % 12 + (pm ? 12 : 0);
    }
    if (h > 23)
        return std::nullopt;
    return Stamp{daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60, false};
}

std::optional<Stamp> readAny(QStringView text, DateOrder order) {
    if (auto s = readIso(text))
        return s;
    if (auto s = readUnix(text))
        return s;
    if (auto s = readDayMonthNameYear(text))
        return s;
    const QDateTime wall =
        DateParser(order).parseDateTime(text.trimmed().toString(), QTimeZone::utc());
    if (!wall.isValid())
        return std::nullopt;
    return Stamp{wall.toSecsSinceEpoch(), false};
}

} // namespace qundesk::chattime
