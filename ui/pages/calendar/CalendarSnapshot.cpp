// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/calendar/CalendarSnapshot.h"

#include <QCoreApplication>

namespace qundesk {

QList<calendar::Occurrence> CalendarSnapshot::on(const QDate& day) const {
    QList<calendar::Occurrence> out;
    for (const calendar::Occurrence& o : occurrences)
        if (o.start.date() == day)
            out << o;
    return out;
}

QList<calendar::FatigueWarning> CalendarSnapshot::warningsOn(const QDate& day) const {
    QList<calendar::FatigueWarning> out;
    for (const calendar::FatigueWarning& w : warnings) {
        bool hit = (w.rule == calendar::FatigueRule::PostsPerDay ||
                    w.rule == calendar::FatigueRule::QuietHours) &&
                   w.day == day;
        for (const calendar::Occurrence& o : w.items)
            hit = hit || (w.covers(day) && o.start.date() == day);
        if (hit)
            out << w;
    }
    return out;
}

QString CalendarSnapshot::groupName(qint64 groupId) const {
    if (groupId <= 0)
        return QCoreApplication::translate("CalendarPage", "All groups");
    return groupNames.value(groupId);
}

QColor calendarColors::forLine(const QString& key) {
    if (key == QLatin1String("persona"))
        return QColor(0x7E, 0x57, 0xC2);
    if (key == QLatin1String("marketing"))
        return QColor(0xE5, 0x39, 0x35);
    if (key == QLatin1String("feedback"))
        return QColor(0x43, 0xA0, 0x47);
    if (key == QLatin1String("activity"))
        return QColor(0xF5, 0x7C, 0x00);
    if (key == QLatin1String("topic"))
        return QColor(0x00, 0x89, 0x7B);
    return QColor(0x1E, 0x88, 0xE5); // daily
}

QColor calendarColors::skipped() {
    return QColor(0x9E, 0x9E, 0x9E);
}

QColor calendarColors::warning() {
    return QColor(0xFF, 0x8F, 0x00);
}

} // namespace qundesk
