// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "model/Group.h"

#include <QCoreApplication>

namespace qundesk {

QStringList platform::keys() {
    return {QStringLiteral("wechat"),   QStringLiteral("wecom"),    QStringLiteral("qq"),
            QStringLiteral("telegram"), QStringLiteral("whatsapp"), QStringLiteral("discord"),
            QStringLiteral("other")};
}

QString platform::label(const QString& key) {
    if (key == QLatin1String("wechat"))
        return QCoreApplication::translate("Platform", "WeChat");
    if (key == QLatin1String("wecom"))
        return QCoreApplication::translate("Platform", "WeCom");
    if (key == QLatin1String("qq"))
        return QCoreApplication::translate("Platform", "QQ");
    if (key == QLatin1String("telegram"))
        return QCoreApplication::translate("Platform", "Telegram");
    if (key == QLatin1String("whatsapp"))
        return QCoreApplication::translate("Platform", "WhatsApp");
    if (key == QLatin1String("discord"))
        return QCoreApplication::translate("Platform", "Discord");
    return QCoreApplication::translate("Platform", "Other");
}

QStringList purpose::keys() {
    return {QStringLiteral("newcomer"), QStringLiteral("vip"),      QStringLiteral("campaign"),
            QStringLiteral("deals"),    QStringLiteral("interest"), QStringLiteral("service"),
            QStringLiteral("other")};
}

QString purpose::label(const QString& key) {
    if (key == QLatin1String("newcomer"))
        return QCoreApplication::translate("Purpose", "New-customer group");
    if (key == QLatin1String("vip"))
        return QCoreApplication::translate("Purpose", "VIP group");
    if (key == QLatin1String("campaign"))
        return QCoreApplication::translate("Purpose", "Campaign group");
    if (key == QLatin1String("deals"))
        return QCoreApplication::translate("Purpose", "Deals group");
    if (key == QLatin1String("interest"))
        return QCoreApplication::translate("Purpose", "Interest group");
    if (key == QLatin1String("service"))
        return QCoreApplication::translate("Purpose", "Customer-service group");
    return QCoreApplication::translate("Purpose", "Other");
}

OperatorLoad operatorLoad(int activeGroups) {
    if (activeGroups <= 5)
        return OperatorLoad::Green;
    if (activeGroups <= 7)
        return OperatorLoad::Amber;
    return OperatorLoad::Red;
}

} // namespace qundesk
