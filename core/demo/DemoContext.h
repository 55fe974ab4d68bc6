// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoWorkspace.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <array>
#include <initializer_list>
#include <unordered_map>
#include <vector>

namespace qundesk::demo {

// A group of the demo and how people and messages spread over it.
struct GroupSpec {
    qint64 id = 0;
    QString name;
    QString platform;
    QString purpose;
    int capacity = 500;
    bool english = false;
    QDate createdOn;
    double share = 0.0;  // share of its language's members whose first group it is
    double chatty = 1.0; // multiplies every member's message rate
    double leaveRate = 0.1;
};

// One demo person (a members row). Index order = first-join order = id order.
struct Person {
    qint64 id = 0;
    bool english = false;
    QString displayName;
    QString latinHandle; // ascii handle for platform identities
    QString gender;
    QDate birthday;
    QString city;
    QString source;
    int referrer = -1;    // index of an earlier person, or -1
    bool lurker = false;  // never posts anywhere
    double talk = 0.0;    // base messages per present day
    qint64 firstJoin = 0; // epoch seconds of the first stay
    int orders = 0;
    qint64 spentCents = 0;
};

// One stay of a person in a group (a memberships row).
struct Stay {
    qint64 id = 0;
    int group = 0;
    int person = 0;
    QString role = QStringLiteral("member");
    QDate joinDay;
    int joinSecond = 0; // local seconds of the day
    QDate leaveDay;     // invalid = still there
    int leaveSecond = 0;
    bool removed = false;
    double rate = 0.0; // expected messages per present day before rhythm factors
    QString nickname;  // how the group sees the person
};

// A prepared statement bound by position (placeholders are named in the SQL for reading,
// bound in their order for speed: the demo inserts about a million rows at scale 10).
class PreparedInsert {
public:
    Status prepare(const QSqlDatabase& db, const QString& statement);
    Status run(std::initializer_list<QVariant> values);
    qint64 lastId() const { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
    QString m_head;
};

// Everything the generation steps share: the connection, the chance source, the calendar.
class DemoContext {
public:
    DemoContext(QSqlDatabase db, const DemoOptions& options);

    static constexpr int kWindowDays = 120;

    QSqlDatabase db;
    DemoRandom random;
    QTimeZone zone;
    QDate today;    // last generated day
    QDate firstDay; // today - 119
    int scale = 1;
    std::vector<GroupSpec> groups;
    std::vector<Person> people;
    std::vector<Stay> stays;
    DemoStats stats;

    // UTC storage form of local wall-clock `second` (0..86399) of `day` in the zone.
    QString instant(const QDate& day, int second);
    qint64 epoch(const QDate& day, int second);
    // A fixed creation stamp on `day` (so creation columns are deterministic too).
    QString stamp(const QDate& day, int hour = 9, int minute = 0) {
        return instant(day, hour * 3600 + minute * 60);
    }
    static QString day(const QDate& date) { return date.toString(Qt::ISODate); }

    // Reports progress; false when the caller cancelled (then every step stops at once).
    bool progress(int percent);
    bool cancelled() const { return m_cancelled; }
    Error cancelledError() const;

private:
    const std::array<qint64, 24>& hours(const QDate& day);

    std::function<bool(int)> m_progress;
    std::unordered_map<qint64, std::array<qint64, 24>> m_hourCache;
    int m_lastPercent = -1;
    bool m_cancelled = false;
};

// UTC storage form of epoch seconds ("YYYY-MM-DDTHH:MM:SSZ"), without QDateTime's cost.
QString formatEpoch(qint64 seconds);

} // namespace qundesk::demo
