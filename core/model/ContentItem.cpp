// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "model/ContentItem.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace qundesk {

QStringList channel::keys() {
    return {QStringLiteral("group"), QStringLiteral("private"), QStringLiteral("moments"),
            QStringLiteral("live")};
}

QString channel::label(const QString& key) {
    if (key == QLatin1String("group"))
        return QCoreApplication::translate("Channel", "Group message");
    if (key == QLatin1String("private"))
        return QCoreApplication::translate("Channel", "Private chat");
    if (key == QLatin1String("moments"))
        return QCoreApplication::translate("Channel", "Moments");
    if (key == QLatin1String("live"))
        return QCoreApplication::translate("Channel", "Live session");
    return key;
}

bool channel::isValid(const QString& key) {
    return keys().contains(key);
}

QStringList contentLine::keys() {
    return {QStringLiteral("persona"),  QStringLiteral("marketing"), QStringLiteral("feedback"),
            QStringLiteral("activity"), QStringLiteral("daily"),     QStringLiteral("topic")};
}

QString contentLine::label(const QString& key) {
    if (key == QLatin1String("persona"))
        return QCoreApplication::translate("ContentLine", "Persona");
    if (key == QLatin1String("marketing"))
        return QCoreApplication::translate("ContentLine", "Marketing");
    if (key == QLatin1String("feedback"))
        return QCoreApplication::translate("ContentLine", "User feedback");
    if (key == QLatin1String("activity"))
        return QCoreApplication::translate("ContentLine", "Activity");
    if (key == QLatin1String("daily"))
        return QCoreApplication::translate("ContentLine", "Daily content");
    if (key == QLatin1String("topic"))
        return QCoreApplication::translate("ContentLine", "Topic");
    return key;
}

bool contentLine::isValid(const QString& key) {
    return keys().contains(key);
}

QStringList contentStatus::keys() {
    return {QStringLiteral("idea"), QStringLiteral("draft"), QStringLiteral("scheduled"),
            QStringLiteral("published"), QStringLiteral("skipped")};
}

QString contentStatus::label(const QString& key) {
    if (key == QLatin1String("idea"))
        return QCoreApplication::translate("ContentStatus", "Idea");
    if (key == QLatin1String("draft"))
        return QCoreApplication::translate("ContentStatus", "Draft");
    if (key == QLatin1String("scheduled"))
        return QCoreApplication::translate("ContentStatus", "Scheduled");
    if (key == QLatin1String("published"))
        return QCoreApplication::translate("ContentStatus", "Published");
    if (key == QLatin1String("skipped"))
        return QCoreApplication::translate("ContentStatus", "Skipped");
    return key;
}

bool contentStatus::isValid(const QString& key) {
    return keys().contains(key);
}

QString localTime::toStorage(const QDateTime& local) {
    if (!local.isValid())
        return {};
    return local.date().toString(Qt::ISODate) + QLatin1Char('T') +
           local.time().toString(QStringLiteral("HH:mm"));
}

QDateTime localTime::fromStorage(const QString& text) {
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11, 5), QStringLiteral("HH:mm"));
    if (text.size() != 16 || text.at(10) != QLatin1Char('T') || !date.isValid() || !time.isValid())
        return {};
    return carrier(date, time);
}

QDateTime localTime::carrier(const QDate& date, const QTime& time) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

} // namespace qundesk
