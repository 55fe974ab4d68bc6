// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/Fatigue.h"

#include <QLocale>

namespace qundesk::calendar {

namespace {

QString dayText(const QDate& day) {
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString groupText(qint64 groupId, const QHash<qint64, QString>& names) {
    if (groupId <= 0)
        return Fatigue::tr("All groups");
    return names.value(groupId, Fatigue::tr("Group %1").arg(groupId));
}

} // namespace

QString Fatigue::ruleName(FatigueRule rule) {
    switch (rule) {
    case FatigueRule::PostsPerDay:
        return tr("Posts a day");
    case FatigueRule::QuietHours:
        return tr("Quiet hours");
    case FatigueRule::MarketingShare:
        return tr("Marketing share");
    case FatigueRule::PrivateTouches:
        return tr("Private touches");
    }
    return {};
}

QString Fatigue::describe(const FatigueWarning& w, const QHash<qint64, QString>& names) {
    const QString group = groupText(w.groupId, names);
    switch (w.rule) {
    case FatigueRule::PostsPerDay:
        return tr("%1: %2 posts planned on %3 (at most %4 a day).")
            .arg(group, QString::number(w.count), dayText(w.day), QString::number(w.limit));
    case FatigueRule::QuietHours: {
        const Occurrence& o = w.items.first();
        return tr("%1: “%2” at %3 on %4 falls in the quiet hours.")
            .arg(group, o.title, o.start.time().toString(QStringLiteral("HH:mm")), dayText(w.day));
    }
    case FatigueRule::MarketingShare: {
        const int percent = w.total > 0 ? (w.count * 100 + w.total / 2) / w.total : 0;
        return tr("%1: marketing is %2% of the week from %3 (%4 of %5 items; at most %6%).")
            .arg(group, QString::number(percent), dayText(w.day), QString::number(w.count),
                 QString::number(w.total), QString::number(w.limit));
    }
    case FatigueRule::PrivateTouches:
        return tr("%n member(s) would get %1 private touches in the 7 days from %2 (at most %3).",
                  "", int(w.memberIds.size()))
            .arg(QString::number(w.count), dayText(w.day), QString::number(w.limit));
    }
    return {};
}

} // namespace qundesk::calendar
