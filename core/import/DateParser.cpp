// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/DateParser.h"

#include <QRegularExpression>

namespace qundesk {

namespace {

const QRegularExpression& datePattern() {
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(\d{1,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,4})\s*日?)"
                       R"((?:[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?\s*$)"));
    return re;
}

// Digits of `t` from `at` on, as a number; -1 if any is not an ASCII digit.
int digits(QStringView t, qsizetype at, qsizetype count) {
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = t[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

bool isDateSeparator(QChar c) {
    return c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('.');
}

// The common shapes "yyyy-MM-dd", "yyyy-MM-dd HH:mm" and "yyyy-MM-dd HH:mm:ss" (with - / or .
// between the date's parts, a space or T before the time) without the pattern, which an
// import asks for on every row: false when `t` has another shape (the pattern decides then).
bool parseIsoShape(QStringView t, QDate* date, QTime* time) {
    if ((t.size() != 10 && t.size() != 16 && t.size() != 19) || !isDateSeparator(t[4]) ||
        !isDateSeparator(t[7]))
        return false;
    const int y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2);
    if (y < 0 || mo < 0 || d < 0)
        return false;
    int h = 0, mi = 0, sec = 0;
    if (t.size() > 10) {
        if ((t[10] != QLatin1Char(' ') && t[10] != QLatin1Char('T')) || t[13] != QLatin1Char(':'))
            return false;
        h = digits(t, 11, 2);
        mi = digits(t, 14, 2);
        if (t.size() == 19) {
            if (t[16] != QLatin1Char(':'))
                return false;
            sec = digits(t, 17, 2);
        }
        if (h < 0 || mi < 0 || sec < 0)
            return false;
    }
    *date = QDate(y, mo, d);
    *time = QTime(h, mi, sec);
    return true;
}

int fourDigitYear(int y) {
    if (y >= 100)
        return y;
    return y < 70 ? 2000 + y : 1900 + y;
}

} // namespace

QDate DateParser::parseDate(const QString& text) const {
    const QDateTime dt = parseDateTime(text, QTimeZone::utc());
    return dt.isValid() ? dt.date() : QDate();
}

QDateTime DateParser::parseDateTime(const QString& text, const QTimeZone& zone) const {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDate date;
    QTime time;
    if (parseIsoShape(t, &date, &time)) {
        if (!date.isValid() || !time.isValid())
            return {};
        return QDateTime(date, time, zone);
    }
    bool serialOk = false;
    const int serial = t.toInt(&serialOk);
    if (serialOk) {
        // Excel's day serials: day 1 = 1900-01-01, with the 1900 leap-year bug (so 1899-12-30).
        if (serial < 20000 || serial > 80000)
            return {};
        return QDateTime(QDate(1899, 12, 30).addDays(serial), QTime(0, 0), zone);
    }
    const auto m = datePattern().match(t);
    if (!m.hasMatch())
        return {};
    const QString a = m.captured(1), b = m.captured(2), c = m.captured(3);
    int y = 0, mo = 0, d = 0;
    if (a.size() == 4) {
        y = a.toInt();
        mo = b.toInt();
        d = c.toInt();
    } else if (m_order == DateOrder::MDY) {
        mo = a.toInt();
        d = b.toInt();
        y = fourDigitYear(c.toInt());
    } else if (m_order == DateOrder::DMY) {
        d = a.toInt();
        mo = b.toInt();
        y = fourDigitYear(c.toInt());
    } else {
        y = fourDigitYear(a.toInt());
        mo = b.toInt();
        d = c.toInt();
    }
    date = QDate(y, mo, d);
    if (!date.isValid())
        return {};
    time = QTime(0, 0);
    if (m.hasCaptured(4)) {
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                     m.hasCaptured(6) ? m.captured(6).toInt() : 0);
        if (!time.isValid())
            return {};
    }
    return QDateTime(date, time, zone);
}

} // namespace qundesk
