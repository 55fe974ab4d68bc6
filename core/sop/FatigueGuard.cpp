// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/FatigueGuard.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QLocale>

namespace qundesk::sop {

namespace {
constexpr qint64 kWeekSeconds = 7 * 24 * 3600;
}

Result<FatigueGuard> FatigueGuard::load(const Database& db, const QDateTime& from) {
    FatigueGuard guard;
    const SettingsStore settings(db);
    guard.m_cap = std::max(0, settings.thresholds().maxPrivateTouchesPerWeek);
    guard.m_zone = settings.timeZone();
    const QSqlDatabase c = db.connection();
    auto dnd = sql::exec(c, QStringLiteral("SELECT id, dnd_until FROM members WHERE dnd = 1 AND "
                                           "erased_at IS NULL"));
    if (!dnd)
        return dnd.error();
    while (dnd->next()) {
        Dnd d;
        if (!dnd->value(1).isNull() && !dnd->value(1).toString().isEmpty())
            d.until = time::fromStorage(dnd->value(1).toString());
        guard.m_dnd.insert(dnd->value(0).toLongLong(), d);
    }
    const QVariantMap since{
        {QStringLiteral(":from"), time::toStorage(from.addSecs(-kWeekSeconds))}};
    auto touches = sql::exec(c,
                             QStringLiteral("SELECT member_id, touched_at FROM touches WHERE "
                                            "channel = 'private' AND touched_at >= :from AND "
                                            "member_id IS NOT NULL"),
                             since);
    if (!touches)
        return touches.error();
    while (touches->next())
        guard.m_private[touches->value(0).toLongLong()]
            << time::fromStorage(touches->value(1).toString());
    // Planned private tasks not yet done (a done one has its touch above).
    auto planned = sql::exec(c,
                             QStringLiteral("SELECT k.member_id, k.due_at FROM sop_tasks k JOIN "
                                            "sop_steps s ON s.id = k.step_id JOIN sop_runs r ON "
                                            "r.id = k.run_id WHERE s.channel = 'private' AND "
                                            "k.status IN ('pending', 'postponed') AND "
                                            "k.hold_reason IS NULL AND k.due_at >= :from AND "
                                            "k.member_id IS NOT NULL AND r.simulated = 0"),
                             since);
    if (!planned)
        return planned.error();
    while (planned->next())
        guard.m_private[planned->value(0).toLongLong()]
            << time::fromStorage(planned->value(1).toString());
    return guard;
}

QString FatigueGuard::admit(qint64 memberId, const QDateTime& dueAt, const QString& channel) {
    if (memberId <= 0)
        return {};
    if (QString dnd = doNotDisturb(memberId, dueAt); !dnd.isEmpty())
        return dnd;
    if (channel != QLatin1String("private"))
        return {};
    // The rolling week up to the task: more than `cap` private touches in it are too many.
    QList<QDateTime>& times = m_private[memberId];
    const QDateTime weekStart = dueAt.addSecs(-kWeekSeconds);
    int inWeek = 0;
    for (const QDateTime& t : std::as_const(times))
        if (t > weekStart && t <= dueAt)
            ++inWeek;
    if (inWeek >= m_cap)
        return QStringLiteral("cap:%1").arg(m_cap);
    times << dueAt;
    return {};
}

QString FatigueGuard::doNotDisturb(qint64 memberId, const QDateTime& dueAt) const {
    if (auto it = m_dnd.constFind(memberId); it != m_dnd.cend()) {
        if (!it->until.isValid())
            return QStringLiteral("dnd");
        if (it->until > dueAt)
            return QStringLiteral("dnd_until:") +
                   time::dayToStorage(time::localDay(it->until, m_zone));
    }
    return {};
}

QString FatigueGuard::describe(const QString& holdKey) {
    if (holdKey == QLatin1String("dnd"))
        return tr("Do not disturb");
    if (holdKey.startsWith(QLatin1String("dnd_until:"))) {
        const QDate until = time::dayFromStorage(holdKey.mid(10));
        return tr("Do not disturb until %1").arg(QLocale().toString(until, QLocale::ShortFormat));
    }
    if (holdKey.startsWith(QLatin1String("cap:"))) {
        const int cap = holdKey.mid(4).toInt();
        return tr("Over the touch cap: %n private touch(es) in 7 days", "", cap);
    }
    return holdKey;
}

} // namespace qundesk::sop
