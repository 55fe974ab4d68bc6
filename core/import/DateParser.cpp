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
    const QDate date(y, mo, d);
    if (!date.isValid())
        return {};
    QTime time(0, 0);
    if (m.hasCaptured(4)) {
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                     m.hasCaptured(6) ? m.captured(6).toInt() : 0);
        if (!time.isValid())
            return {};
    }
    return QDateTime(date, time, zone);
}

} // namespace qundesk
