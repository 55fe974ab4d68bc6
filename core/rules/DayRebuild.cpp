// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/DayRebuild.h"

#include "db/Sql.h"
#include "db/SqlDialect.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace qundesk::dayrebuild {

namespace {

// Message ids per UPDATE: small enough to report progress and to cancel within a moment.
constexpr qint64 kIdChunk = 50000;
// UTC offsets per CASE expression (a zone changes its offset about twice a year).
constexpr qsizetype kPeriodBatch = 100;

Error cancelled() {
    return Error{QCoreApplication::translate("TimeZoneChange", "Cancelled."), {}, 0};
}

// A stretch of time over which `zone` keeps one UTC offset, from `start` (an instant in
// storage form; empty = since ever) to the next period's start.
struct Period {
    QString start;
    int offset = 0;
};

QList<Period> periodsOf(const QTimeZone& zone, const QDateTime& first, const QDateTime& last) {
    QList<Period> periods{{QString(), zone.offsetFromUtc(first)}};
    if (!zone.hasTransitions())
        return periods;
    for (const QTimeZone::OffsetData& t : zone.transitions(first.addSecs(1), last)) {
        if (t.offsetFromUtc != periods.constLast().offset)
            periods.append({time::toStorage(t.atUtc), t.offsetFromUtc});
    }
    return periods;
}

} // namespace

Status messageDays(const QSqlDatabase& db, const QTimeZone& zone, const Step& step) {
    auto span = sql::exec(db, QStringLiteral("SELECT MIN(id), MAX(id), MIN(sent_at), MAX(sent_at) "
                                             "FROM messages"));
    if (!span)
        return span.error();
    if (!span->next() || span->value(0).isNull())
        return {};
    const qint64 firstId = span->value(0).toLongLong();
    const qint64 lastId = span->value(1).toLongLong();
    const QList<Period> periods = periodsOf(zone, time::fromStorage(span->value(2).toString()),
                                            time::fromStorage(span->value(3).toString()));
    span->finish();

    const qint64 chunks = (lastId - firstId) / kIdChunk + 1;
    const qsizetype batches = (periods.size() + kPeriodBatch - 1) / kPeriodBatch;
    qint64 done = 0;
    for (qsizetype b = 0; b < batches; ++b) {
        const qsizetype from = b * kPeriodBatch;
        const qsizetype to = qMin(periods.size(), from + kPeriodBatch); // periods [from, to)
        QVariantMap binds;
        QString day; // "CASE WHEN sent_at < :t1 THEN <day at :o0> … ELSE <day at :oN> END"
        for (qsizetype i = from; i < to; ++i) {
            const QString offset = QStringLiteral(":o%1").arg(i - from);
            binds.insert(offset, dialect::offsetModifier(periods.at(i).offset));
            const QString shifted = dialect::dayOfShiftedInstant(QStringLiteral("sent_at"), offset);
            if (i + 1 < to) {
                const QString until = QStringLiteral(":t%1").arg(i + 1 - from);
                binds.insert(until, periods.at(i + 1).start);
                day += QStringLiteral(" WHEN sent_at < %1 THEN %2").arg(until, shifted);
            } else {
                day = day.isEmpty() ? shifted
                                    : QStringLiteral("CASE%1 ELSE %2 END").arg(day, shifted);
            }
        }
        QString where = QStringLiteral("id >= :lo AND id < :hi");
        if (from > 0) {
            where += QStringLiteral(" AND sent_at >= :batch_start");
            binds.insert(QStringLiteral(":batch_start"), periods.at(from).start);
        }
        if (to < periods.size()) {
            where += QStringLiteral(" AND sent_at < :batch_end");
            binds.insert(QStringLiteral(":batch_end"), periods.at(to).start);
        }
        const QString statement = QStringLiteral("UPDATE messages SET day = %1 WHERE %2 AND "
                                                 "day <> %1")
                                      .arg(day, where);
        for (qint64 lo = firstId; lo <= lastId; lo += kIdChunk) {
            binds.insert(QStringLiteral(":lo"), lo);
            binds.insert(QStringLiteral(":hi"), lo + kIdChunk);
            if (auto q = sql::exec(db, statement, binds); !q)
                return q.error();
            if (step && !step(double(++done) / double(chunks * batches)))
                return cancelled();
        }
    }
    return {};
}

Status dailyActivity(const QSqlDatabase& db) {
    if (auto q = sql::exec(db, QStringLiteral("DELETE FROM member_day_activity")); !q)
        return q.error();
    auto q = sql::exec(db, QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, "
                                          "day, messages) SELECT group_id, member_id, day, "
                                          "COUNT(*) FROM messages WHERE member_id IS NOT NULL "
                                          "GROUP BY group_id, member_id, day"));
    return q ? Status{} : Status{q.error()};
}

Status sopDueTimes(const QSqlDatabase& db, const QTimeZone& from, const QTimeZone& to,
                   const Step& step) {
    auto tasks = sql::exec(db, QStringLiteral("SELECT id, due_at FROM sop_tasks ORDER BY id"));
    if (!tasks)
        return tasks.error();
    QList<std::pair<qint64, QString>> moved;
    while (tasks->next()) {
        const QDateTime due = time::fromStorage(tasks->value(1).toString());
        if (!due.isValid())
            continue;
        const QDateTime local = time::wallClock(due, from);
        const QString stored = time::toStorage(time::fromWallClock(local.date(), local.time(), to));
        if (stored != tasks->value(1).toString())
            moved.append({tasks->value(0).toLongLong(), stored});
    }
    tasks->finish();

    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE sop_tasks SET due_at = :due WHERE id = :id")))
        return sql::failure(update);
    for (qsizetype i = 0; i < moved.size(); ++i) {
        update.bindValue(QStringLiteral(":due"), moved.at(i).second);
        update.bindValue(QStringLiteral(":id"), moved.at(i).first);
        if (!update.exec())
            return sql::failure(update);
        if (step && i % 1000 == 999 && !step(double(i + 1) / double(moved.size())))
            return cancelled();
    }
    return {};
}

} // namespace qundesk::dayrebuild
