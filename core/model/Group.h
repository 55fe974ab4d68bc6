// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace qundesk {

// Keys are the stored values (chat_groups.platform / .purpose); labels are translated.
namespace platform {
QStringList keys(); // wechat, wecom, qq, telegram, whatsapp, discord, other
QString label(const QString& key);
} // namespace platform

namespace purpose {
QStringList keys(); // newcomer, vip, campaign, deals, interest, service, other
QString label(const QString& key);
} // namespace purpose

struct Group {
    qint64 id = 0;
    QString name;
    QString platform = QStringLiteral("wechat");
    QString purpose = QStringLiteral("other");
    int capacity = 500;
    QString rulesText;
    QString welcomeScript;
    bool archived = false;
    QString operatorName;
    QString externalId;
    QDateTime createdAt;
};

// A group with its current head count, for lists (Groups page, `group list`).
struct GroupSummary {
    Group group;
    int members = 0; // memberships not left
};

// Operator load by number of active groups: <= 5 green, 6-7 amber, more red (DESIGN.md).
enum class OperatorLoad { Green, Amber, Red };
OperatorLoad operatorLoad(int activeGroups);

} // namespace qundesk
