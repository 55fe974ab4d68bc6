// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/IcalGlue.h"

#include "model/ContentItem.h"

#include <QTimeZone>

#include <mutex>

namespace qundesk::calendar::ical {

void init() {
    static std::once_flag once;
    std::call_once(once, [] { icalerror_set_errors_are_fatal(0); });
}

icaltimetype floating(const QDateTime& wallClock) {
    icaltimetype t = icaltime_null_time();
    const QDate d = wallClock.date();
    const QTime time = wallClock.time();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = 0;
    t.is_date = 0;
    t.zone = nullptr;
    return t;
}

QDateTime wallClockOf(const icaltimetype& t) {
    if (icaltime_is_null_time(t))
        return {};
    const QDate d(t.year, t.month, t.day);
    const QTime time = t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, t.second);
    if (!d.isValid() || !time.isValid())
        return {};
    return localTime::carrier(d, time);
}

bool parseRule(const QString& rrule, icalrecurrencetype* out, QString* reason) {
    init();
    const QByteArray text = rrule.trimmed().toUtf8();
    if (text.isEmpty()) {
        if (reason)
            *reason = QStringLiteral("empty rule");
        return false;
    }
    icalerror_clear_errno();
    *out = icalrecurrencetype_from_string(text.constData());
    if (out->freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
        if (reason)
            *reason = QString::fromUtf8(icalerror_strerror(icalerrno));
        icalerror_clear_errno();
        return false;
    }
    return true;
}

} // namespace qundesk::calendar::ical
