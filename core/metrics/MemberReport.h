// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace qundesk {

class Database;

// One line of `report members --group NAME` (DESIGN.md CLI contract): every member currently
// in the group (a stay without a leave), posters or not.
struct MemberReportRow {
    qint64 memberId = 0;
    QString name;
    qint64 messages = 0; // messages in this group, all time (member_day_activity)
    QDate lastMessage;   // last workspace day they posted in this group; invalid = never
    QString stage;       // lifecycle key from member_status; empty before the first computation
    QString fanLevel;    // fan level key from member_status; empty likewise
    QStringList tags;    // every tag of the member, by name
};

// Members per lifecycle stage (`report lifecycle`): all five stages, zeros included.
struct LifecycleCount {
    QString stage; // lifecycle key
    int members = 0;
};

class MemberReport {
public:
    // Ordered by name, then id. One statement with bound parameters.
    static Result<QList<MemberReportRow>> members(const Database& db, qint64 groupId);
    // Keys of the CLI contract: {"members": [{"name", "messages", "last_message" (YYYY-MM-DD or
    // null), "stage", "fan_level" (null before the first computation), "tags": [names]}]}.
    static QJsonObject toJson(const QList<MemberReportRow>& rows);

    // Stage counts from member_status, of the members currently in the group (groupId > 0) or
    // of every member (0), in lifecycle::keys() order. Members whose status was never computed
    // are not counted.
    static Result<QList<LifecycleCount>> lifecycle(const Database& db, qint64 groupId = 0);
    // {"stages": [{"stage", "members"}]}
    static QJsonObject toJson(const QList<LifecycleCount>& stages);

    // The statements of members() and lifecycle(), for the query-plan test.
    static QStringList statements();
};

} // namespace qundesk
