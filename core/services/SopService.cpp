// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/SopService.h"

#include "db/Sql.h"
#include "services/ServiceTransaction.h"
#include "store/SettingsStore.h"
#include "store/SopRunStore.h"
#include "store/SopTemplateStore.h"
#include "util/LogCategories.h"
#include "util/Time.h"

namespace qundesk {

namespace {

QDate todayIn(const Database& db) {
    return time::today(SettingsStore(db).timeZone());
}

Status checkTarget(const Database& db, const QString& kind, qint64 id) {
    const QString table = kind == QLatin1String("group")     ? QStringLiteral("chat_groups")
                          : kind == QLatin1String("segment") ? QStringLiteral("segments")
                                                             : QStringLiteral("members");
    auto found = sql::scalar(db.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = :id").arg(table),
                             {{QStringLiteral(":id"), id}}, 0);
    if (!found)
        return found.error();
    if (found->toInt() == 0)
        return Error{SopService::tr("The %1 the SOP is for no longer exists.")
                         .arg(sopTarget::label(kind).toLower()),
                     {},
                     0};
    return {};
}

} // namespace

Result<qint64> SopService::saveTemplate(const Database& db, const SopTemplate& sop) {
    return services::inTransaction(db, [&]() -> Result<qint64> {
        SopTemplateStore store(db);
        if (sop.id == 0)
            return store.create(sop);
        if (Status s = store.update(sop); !s)
            return s.error();
        return sop.id;
    });
}

Status SopService::removeTemplate(const Database& db, qint64 templateId) {
    return services::inTransaction(db, [&]() { return SopTemplateStore(db).remove(templateId); });
}

Result<SopService::Applied> SopService::apply(const Database& db, qint64 templateId,
                                              const QString& targetKind, qint64 targetId,
                                              const QDate& startOn, bool simulated,
                                              qint64 contextGroupId) {
    if (!sopTarget::isValid(targetKind))
        return Error{tr("Unknown SOP target “%1”.").arg(targetKind), {}, 0};
    const QDate today = todayIn(db);
    const QDate start = startOn.isValid() ? startOn : today;
    return services::inTransaction(db, [&]() -> Result<Applied> {
        if (auto sop = SopTemplateStore(db).get(templateId); !sop)
            return sop.error();
        if (Status s = checkTarget(db, targetKind, targetId); !s)
            return s.error();
        SopRunStore runs(db);
        Applied applied;
        auto running = runs.findActiveRun(templateId, targetKind, targetId);
        if (!running)
            return running.error();
        if (running->has_value() && (*running)->simulated == simulated) {
            applied.runId = (*running)->id;
            applied.reused = true;
        } else {
            auto runId =
                runs.startRun(templateId, targetKind, targetId, start, simulated, contextGroupId);
            if (!runId)
                return runId.error();
            applied.runId = runId.value();
        }
        auto count = sop::SopEngine::refreshRun(db, applied.runId, std::max(today, start),
                                                !applied.reused, 0, applied.reused);
        if (!count)
            return count.error();
        applied.count = count.value();
        qCInfo(lcRules).noquote() << "SOP" << templateId << "applied to" << targetKind << targetId
                                  << ":" << applied.count.tasksAdded << "tasks";
        return applied;
    });
}

Result<sop::RefreshCount> SopService::refresh(const Database& db, const QDate& todayIn_,
                                              qint64 groupId) {
    const QDate today = todayIn_.isValid() ? todayIn_ : todayIn(db);
    return services::inTransaction(
        db, [&]() { return sop::SopEngine::refreshAll(db, today, groupId); });
}

Status SopService::stopRun(const Database& db, qint64 runId) {
    return services::inTransaction(db, [&]() -> Status {
        SopRunStore runs(db);
        if (Status s = runs.dropOpenTasks(runId, 0); !s)
            return s;
        return runs.setRunStatus(runId, QStringLiteral("stopped"));
    });
}

} // namespace qundesk
