// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/MemberStatusWriter.h"

#include "db/Sql.h"
#include "util/Time.h"

namespace qundesk {

namespace {

constexpr int kDeleteBatch = 100;

QVariant dayOrNull(const QDate& day) {
    return day.isValid() ? QVariant(time::dayToStorage(day))
                         : QVariant(QMetaType::fromType<QString>());
}

} // namespace

MemberStatusWriter::MemberStatusWriter(const QSqlDatabase& db, const QDate& today)
    : m_db(db)
    , m_today(time::dayToStorage(today))
    , m_insert(db,
               QStringLiteral("INSERT OR FAIL INTO member_status (member_id, stage, fan_level, "
                              "fan_level_earned_on, first_joined_day, last_message_day, "
                              "messages, active_days_30, orders, revenue_cents, "
                              "last_order_day, referrals, silent_since_day, computed_on, "
                              "search_text)"),
               15)
    , m_remove(db) {}

Status MemberStatusWriter::add(const MemberStatusRow& row) {
    m_pending.append(row);
    return m_pending.size() >= kDeleteBatch ? writePending() : Status{};
}

Status MemberStatusWriter::flush() {
    if (auto s = writePending(); !s)
        return s;
    // Every row's delete ran before its insert, whichever batch the insert is in.
    return m_insert.flush();
}

Status MemberStatusWriter::writePending() {
    QVariantList stored;
    for (const MemberStatusRow& row : std::as_const(m_pending)) {
        if (!row.isNew)
            stored << row.memberId;
    }
    if (!stored.isEmpty()) {
        if (stored.size() != m_removePrepared) {
            QStringList marks;
            for (qsizetype i = 0; i < stored.size(); ++i)
                marks << QStringLiteral("?");
            if (!m_remove.prepare(
                    QStringLiteral("DELETE FROM member_status WHERE member_id IN (%1)")
                        .arg(marks.join(QLatin1Char(',')))))
                return sql::failure(m_remove);
            m_removePrepared = int(stored.size());
        }
        for (qsizetype i = 0; i < stored.size(); ++i)
            m_remove.bindValue(int(i), stored.at(i));
        if (!m_remove.exec())
            return sql::failure(m_remove);
    }
    for (const MemberStatusRow& r : std::as_const(m_pending)) {
        const MemberFacts& f = r.facts;
        if (auto s = m_insert.add({r.memberId, lifecycle::key(r.stage), fanlevel::key(r.fan.level),
                                   dayOrNull(r.fan.earnedThrough), dayOrNull(f.firstJoined),
                                   dayOrNull(f.lastMessage), f.messages, f.activeDays30, f.orders,
                                   f.revenueCents, dayOrNull(f.lastOrder), f.referrals,
                                   dayOrNull(lifecycle::silentSince(f)), m_today, r.searchText});
            !s)
            return s;
    }
    m_pending.clear();
    return {};
}

} // namespace qundesk
