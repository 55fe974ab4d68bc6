// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace qundesk {

class Database;

// Thresholds of DESIGN.md "Metrics", all configurable per workspace.
struct Thresholds {
    int silentDays = 30;
    int newMemberDays = 14;
    int declineOrderDays = 90;
    int extendingOrders = 2;
    int maxPrivateTouchesPerWeek = 3;
    int maxPostsPerGroupDay = 4;
    QString quietStart = QStringLiteral("22:00");
    QString quietEnd = QStringLiteral("08:00");
    int maxMarketingPercent = 40;
};

// Workspace settings (table settings: key -> text). Per-user preferences such as the window
// layout or the interface language live in QSettings instead; these travel with the file.
class SettingsStore {
public:
    explicit SettingsStore(const Database& db);

    QString value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);

    // The zone stored in the workspace (setting "time_zone", an IANA id); none when nothing
    // is stored yet or the id is unknown to this machine's time zone database.
    std::optional<QTimeZone> storedTimeZone() const;
    // The workspace's time zone: the stored one, else the machine's (a workspace from before
    // zones were stored, opened read-only). Every day of the workspace is taken in this zone.
    QTimeZone timeZone() const;
    // Stores the zone as it is; days already derived are NOT rebuilt (see changeTimeZone).
    Status setTimeZone(const QTimeZone& zone);
    // Stores the machine's zone when the workspace has none yet: run when a workspace is
    // created or opened for writing, so its days stop following the machine it is opened on.
    Status storeMachineZoneIfUnset();

    // The workspace currency (ISO 4217 code, upper case): revenue totals are in it and
    // amounts in other currencies are shown apart, never added. CNY when unset.
    QString currency() const;
    // Fails on a code that is not three letters.
    Status setCurrency(const QString& code);

    Thresholds thresholds() const;
    Status setThresholds(const Thresholds& thresholds);

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
