// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/SopEndActions.h"

#include "sop/SopEndRules.h"
#include "sop/SopEngine.h"
#include "store/SopRunStore.h"
#include "store/SopTemplateStore.h"
#include "store/TagStore.h"
#include "util/LogCategories.h"

namespace qundesk::sop {

namespace {

Status startFor(const Database& db, const SopTemplate& from, const QString& which,
                const SopRunTarget& target, const QDate& today, int depth) {
    SopTemplateStore templates(db);
    auto next = templates.findByUid(which);
    if (!next)
        return next.error();
    if (!next->has_value()) {
        next = templates.findByName(which);
        if (!next)
            return next.error();
    }
    if (!next->has_value()) {
        qCWarning(lcRules).noquote() << "end action of SOP" << from.id << "names no SOP";
        return {}; // the other SOP was deleted: nothing to start
    }
    const SopTemplate& other = **next;
    if (other.id == from.id || depth >= SopEndActions::kMaxChain)
        return {};
    SopRunStore runs(db);
    auto running = runs.findActiveRun(other.id, QStringLiteral("member"), target.memberId);
    if (!running)
        return running.error();
    if (running->has_value())
        return {};
    auto runId = runs.startRun(other.id, QStringLiteral("member"), target.memberId, today, false,
                               target.groupId);
    if (!runId)
        return runId.error();
    auto refreshed = SopEngine::refreshRun(db, runId.value(), today, true, depth + 1);
    return refreshed ? Status{} : Status{refreshed.error()};
}

} // namespace

Status SopEndActions::run(const Database& db, const SopTemplate& sop, const SopRunTarget& target,
                          const QDate& today, int depth) {
    if (target.memberId <= 0)
        return {};
    auto actions = SopEndRules::endActions(sop);
    if (!actions)
        return actions.error();
    for (const EndAction& action : std::as_const(actions.value())) {
        if (action.kind == QLatin1String("add_tag")) {
            TagStore tags(db);
            Tag wanted;
            wanted.name = action.value;
            auto tagId = tags.findOrCreate(wanted);
            if (!tagId)
                return tagId.error();
            if (auto assigned = tags.assign({target.memberId}, tagId.value()); !assigned)
                return assigned.error();
        } else if (action.kind == QLatin1String("start_sop")) {
            if (Status s = startFor(db, sop, action.value, target, today, depth); !s)
                return s;
        }
    }
    return {};
}

} // namespace qundesk::sop
