// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "model/Member.h"

#include <QCoreApplication>

namespace qundesk {

QStringList gender::keys() {
    return {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other")};
}

QString gender::label(const QString& key) {
    if (key.isEmpty())
        return QCoreApplication::translate("Gender", "Unknown");
    if (key == QLatin1String("female"))
        return QCoreApplication::translate("Gender", "Female");
    if (key == QLatin1String("male"))
        return QCoreApplication::translate("Gender", "Male");
    if (key == QLatin1String("other"))
        return QCoreApplication::translate("Gender", "Other");
    return key;
}

QStringList sourceChannel::keys() {
    return {QStringLiteral("douyin"),   QStringLiteral("taobao"),  QStringLiteral("xiaohongshu"),
            QStringLiteral("weibo"),    QStringLiteral("wechat"),  QStringLiteral("offline"),
            QStringLiteral("referral"), QStringLiteral("website"), QStringLiteral("instagram"),
            QStringLiteral("facebook"), QStringLiteral("other")};
}

QString sourceChannel::label(const QString& key) {
    if (key == QLatin1String("douyin"))
        return QCoreApplication::translate("SourceChannel", "Douyin");
    if (key == QLatin1String("taobao"))
        return QCoreApplication::translate("SourceChannel", "Taobao");
    if (key == QLatin1String("xiaohongshu"))
        return QCoreApplication::translate("SourceChannel", "Xiaohongshu");
    if (key == QLatin1String("weibo"))
        return QCoreApplication::translate("SourceChannel", "Weibo");
    if (key == QLatin1String("wechat"))
        return QCoreApplication::translate("SourceChannel", "WeChat");
    if (key == QLatin1String("offline"))
        return QCoreApplication::translate("SourceChannel", "Offline store");
    if (key == QLatin1String("referral"))
        return QCoreApplication::translate("SourceChannel", "Referral");
    if (key == QLatin1String("website"))
        return QCoreApplication::translate("SourceChannel", "Website");
    if (key == QLatin1String("instagram"))
        return QCoreApplication::translate("SourceChannel", "Instagram");
    if (key == QLatin1String("facebook"))
        return QCoreApplication::translate("SourceChannel", "Facebook");
    if (key == QLatin1String("other"))
        return QCoreApplication::translate("SourceChannel", "Other");
    return key;
}

QStringList role::keys() {
    return {QStringLiteral("owner"), QStringLiteral("admin"),     QStringLiteral("koc"),
            QStringLiteral("kol"),   QStringLiteral("assistant"), QStringLiteral("member")};
}

QString role::label(const QString& key) {
    if (key == QLatin1String("owner"))
        return QCoreApplication::translate("Role", "Owner");
    if (key == QLatin1String("admin"))
        return QCoreApplication::translate("Role", "Admin");
    if (key == QLatin1String("koc"))
        return QCoreApplication::translate("Role", "KOC");
    if (key == QLatin1String("kol"))
        return QCoreApplication::translate("Role", "KOL");
    if (key == QLatin1String("assistant"))
        return QCoreApplication::translate("Role", "Assistant");
    if (key == QLatin1String("member"))
        return QCoreApplication::translate("Role", "Member");
    return key;
}

QStringList tier::keys() {
    return {QStringLiteral("regular"), QStringLiteral("silver"), QStringLiteral("gold"),
            QStringLiteral("platinum"), QStringLiteral("diamond")};
}

QString tier::label(const QString& key) {
    if (key == QLatin1String("regular"))
        return QCoreApplication::translate("Tier", "Regular");
    if (key == QLatin1String("silver"))
        return QCoreApplication::translate("Tier", "Silver");
    if (key == QLatin1String("gold"))
        return QCoreApplication::translate("Tier", "Gold");
    if (key == QLatin1String("platinum"))
        return QCoreApplication::translate("Tier", "Platinum");
    if (key == QLatin1String("diamond"))
        return QCoreApplication::translate("Tier", "Diamond");
    return key;
}

QStringList leaveKind::keys() {
    return {QStringLiteral("left"), QStringLiteral("removed")};
}

QString leaveKind::label(const QString& key) {
    if (key == QLatin1String("left"))
        return QCoreApplication::translate("LeaveKind", "Left");
    if (key == QLatin1String("removed"))
        return QCoreApplication::translate("LeaveKind", "Removed");
    return key;
}

} // namespace qundesk
