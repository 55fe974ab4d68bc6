// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "model/Sop.h"

#include <QCoreApplication>

namespace qundesk {

QStringList sopTarget::keys() {
    return {QStringLiteral("group"), QStringLiteral("segment"), QStringLiteral("member")};
}

QString sopTarget::label(const QString& key) {
    if (key == QLatin1String("group"))
        return QCoreApplication::translate("SopTarget", "Group");
    if (key == QLatin1String("segment"))
        return QCoreApplication::translate("SopTarget", "Segment");
    if (key == QLatin1String("member"))
        return QCoreApplication::translate("SopTarget", "Member");
    return key;
}

bool sopTarget::isValid(const QString& key) {
    return keys().contains(key);
}

QStringList sopScenario::keys() {
    return {QStringLiteral("new_member"), QStringLiteral("festival"), QStringLiteral("conversion"),
            QStringLiteral("new_group"),  QStringLiteral("periodic"), QStringLiteral("campaign"),
            QStringLiteral("reactivation"), QStringLiteral("birthday")};
}

QString sopScenario::label(const QString& key) {
    if (key == QLatin1String("new_member"))
        return QCoreApplication::translate("SopScenario", "New member");
    if (key == QLatin1String("festival"))
        return QCoreApplication::translate("SopScenario", "Festival");
    if (key == QLatin1String("conversion"))
        return QCoreApplication::translate("SopScenario", "Conversion");
    if (key == QLatin1String("new_group"))
        return QCoreApplication::translate("SopScenario", "New group nurturing");
    if (key == QLatin1String("periodic"))
        return QCoreApplication::translate("SopScenario", "Periodic care");
    if (key == QLatin1String("campaign"))
        return QCoreApplication::translate("SopScenario", "Campaign");
    if (key == QLatin1String("reactivation"))
        return QCoreApplication::translate("SopScenario", "Reactivation");
    if (key == QLatin1String("birthday"))
        return QCoreApplication::translate("SopScenario", "Birthday");
    return key;
}

bool sopScenario::isValid(const QString& key) {
    return keys().contains(key);
}

QStringList sopTargetStatus::keys() {
    return {QStringLiteral("active"), QStringLiteral("finished"), QStringLiteral("exited")};
}

QStringList sopAnchor::keys() {
    return {QStringLiteral("join"), QStringLiteral("start")};
}

QString sopAnchor::label(const QString& key) {
    if (key == QLatin1String("join"))
        return QCoreApplication::translate("SopAnchor", "After joining");
    if (key == QLatin1String("start"))
        return QCoreApplication::translate("SopAnchor", "After the SOP starts");
    return key;
}

bool sopAnchor::isValid(const QString& key) {
    return keys().contains(key);
}

QStringList sopTiming::keys() {
    return {QStringLiteral("day_offset"), QStringLiteral("fixed_date"), QStringLiteral("weekday")};
}

QString sopTiming::label(const QString& key) {
    if (key == QLatin1String("day_offset"))
        return QCoreApplication::translate("SopTiming", "Day after anchor");
    if (key == QLatin1String("fixed_date"))
        return QCoreApplication::translate("SopTiming", "Fixed date");
    if (key == QLatin1String("weekday"))
        return QCoreApplication::translate("SopTiming", "Weekday");
    return key;
}

bool sopTiming::isValid(const QString& key) {
    return keys().contains(key);
}

QStringList sopRunStatus::keys() {
    return {QStringLiteral("active"), QStringLiteral("finished"), QStringLiteral("stopped")};
}

QString sopRunStatus::label(const QString& key) {
    if (key == QLatin1String("active"))
        return QCoreApplication::translate("SopRunStatus", "Active");
    if (key == QLatin1String("finished"))
        return QCoreApplication::translate("SopRunStatus", "Finished");
    if (key == QLatin1String("stopped"))
        return QCoreApplication::translate("SopRunStatus", "Stopped");
    return key;
}

bool sopRunStatus::isValid(const QString& key) {
    return keys().contains(key);
}

QStringList sopTaskStatus::keys() {
    return {QStringLiteral("pending"), QStringLiteral("done"), QStringLiteral("skipped"),
            QStringLiteral("postponed")};
}

QString sopTaskStatus::label(const QString& key) {
    if (key == QLatin1String("pending"))
        return QCoreApplication::translate("SopTaskStatus", "Pending");
    if (key == QLatin1String("done"))
        return QCoreApplication::translate("SopTaskStatus", "Done");
    if (key == QLatin1String("skipped"))
        return QCoreApplication::translate("SopTaskStatus", "Skipped");
    if (key == QLatin1String("postponed"))
        return QCoreApplication::translate("SopTaskStatus", "Postponed");
    return key;
}

bool sopTaskStatus::isValid(const QString& key) {
    return keys().contains(key);
}

} // namespace qundesk
