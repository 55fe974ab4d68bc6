// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/RuleText.h"

#include <QStringList>
#include <QTimeZone>

namespace qundesk::calendar::ruleText {

namespace {

QStringList partsOf(const QString& rrule) {
    return rrule.trimmed().split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

QString valueOf(const QString& rrule, QLatin1String name) {
    for (const QString& part : partsOf(rrule)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0 && part.left(eq).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return part.mid(eq + 1).trimmed();
    }
    return {};
}

} // namespace

int count(const QString& rrule) {
    return valueOf(rrule, QLatin1String("COUNT")).toInt();
}

QDateTime until(const QString& rrule) {
    QString value = valueOf(rrule, QLatin1String("UNTIL"));
    if (value.endsWith(QLatin1Char('Z'), Qt::CaseInsensitive))
        value.chop(1);
    if (value.size() == 8) {
        const QDate d = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
        return d.isValid() ? QDateTime(d, QTime(23, 59), QTimeZone::utc()) : QDateTime();
    }
    const QDateTime t = QDateTime::fromString(value, QStringLiteral("yyyyMMdd'T'HHmmss"));
    return t.isValid() ? QDateTime(t.date(), t.time(), QTimeZone::utc()) : QDateTime();
}

bool untilIsUtc(const QString& rrule) {
    return valueOf(rrule, QLatin1String("UNTIL")).endsWith(QLatin1Char('Z'), Qt::CaseInsensitive);
}

QString withoutEnd(const QString& rrule) {
    QStringList kept;
    for (const QString& part : partsOf(rrule)) {
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        if (name != QLatin1String("COUNT") && name != QLatin1String("UNTIL"))
            kept << part.trimmed();
    }
    return kept.join(QLatin1Char(';'));
}

QString withCount(const QString& rrule, int n) {
    return withoutEnd(rrule) + QStringLiteral(";COUNT=%1").arg(n);
}

QString withUntil(const QString& rrule, const QDateTime& at, bool utc) {
    return withoutEnd(rrule) + QStringLiteral(";UNTIL=") +
           at.toString(QStringLiteral("yyyyMMdd'T'HHmmss")) +
           (utc ? QStringLiteral("Z") : QString());
}

} // namespace qundesk::calendar::ruleText
