// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/SopTargets.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "rules/MemberCondition.h"
#include "store/SegmentStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QHash>
#include <QSet>

namespace qundesk::sop {

namespace {

struct Stay {
    qint64 groupId = 0;
    QDate joinDay;
};

// Open stays of non-erased members: per member, the one in `groupId` when given, else the
// earliest joined.
Result<QHash<qint64, Stay>> openStays(const Database& db, qint64 groupId) {
    QString where = QStringLiteral("s.left_at IS NULL AND m.erased_at IS NULL");
    QVariantMap binds;
    if (groupId > 0) {
        where += QStringLiteral(" AND s.group_id = :group");
        binds.insert(QStringLiteral(":group"), groupId);
    }
    auto q = sql::exec(db.connection(),
                       QStringLiteral("SELECT s.member_id, s.group_id, s.joined_at FROM "
                                      "memberships s JOIN members m ON m.id = s.member_id WHERE "
                                      "%1 ORDER BY s.joined_at, s.id")
                           .arg(where),
                       binds);
    if (!q)
        return q.error();
    time::LocalDays days(SettingsStore(db).timeZone());
    QHash<qint64, Stay> stays;
    while (q->next()) {
        const qint64 member = q->value(0).toLongLong();
        if (!stays.contains(member))
            stays.insert(member, {q->value(1).toLongLong(), days.dayOf(q->value(2).toString())});
    }
    return stays;
}

Result<QList<qint64>> segmentMembers(const Database& db, qint64 segmentId, const QDate& today) {
    if (segmentId <= 0)
        return QList<qint64>{};
    auto segment = SegmentStore(db).get(segmentId);
    if (!segment)
        return segment.error();
    auto def = MemberFilterDefinition::fromJson(segment->definition.toUtf8());
    if (!def)
        return def.error();
    return MemberFilterQuery::memberIds(db, def.value(), today);
}

} // namespace

Result<QList<TargetCandidate>> SopTargets::resolve(const Database& db, const SopRun& run,
                                                  const QDate& today) {
    QList<TargetCandidate> out;
    if (run.targetKind == QLatin1String("group")) {
        auto stays = openStays(db, run.groupId);
        if (!stays)
            return stays.error();
        for (auto it = stays->cbegin(); it != stays->cend(); ++it)
            out << TargetCandidate{it.key(), it->groupId, it->joinDay};
        std::sort(out.begin(), out.end(), [](const TargetCandidate& a, const TargetCandidate& b) {
            return a.memberId < b.memberId;
        });
        return out;
    }
    QList<qint64> members;
    if (run.targetKind == QLatin1String("segment")) {
        auto ids = segmentMembers(db, run.segmentId, today);
        if (!ids)
            return ids.error();
        members = ids.value();
    } else if (run.memberId > 0) {
        auto erased = sql::scalar(db.connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM members WHERE id = :id AND "
                                                 "erased_at IS NULL"),
                                  {{QStringLiteral(":id"), run.memberId}}, 0);
        if (!erased)
            return erased.error();
        if (erased->toInt() > 0)
            members << run.memberId;
    }
    auto inRunGroup = openStays(db, run.groupId);
    if (!inRunGroup)
        return inRunGroup.error();
    auto anyGroup = run.groupId > 0 ? openStays(db, 0) : inRunGroup;
    if (!anyGroup)
        return anyGroup.error();
    for (qint64 id : std::as_const(members)) {
        TargetCandidate c{id, 0, {}};
        const Stay stay = inRunGroup->contains(id) ? inRunGroup->value(id) : anyGroup->value(id);
        c.groupId = run.groupId > 0 ? run.groupId : stay.groupId;
        if (stay.groupId == c.groupId)
            c.joinDay = stay.joinDay;
        out << c;
    }
    return out;
}

Result<int> SopTargets::size(const Database& db, const QString& targetKind, qint64 targetId,
                             const QDate& today) {
    if (targetKind == QLatin1String("group")) {
        auto stays = openStays(db, targetId);
        return stays ? Result<int>(int(stays->size())) : Result<int>(stays.error());
    }
    if (targetKind == QLatin1String("segment")) {
        auto ids = segmentMembers(db, targetId, today);
        return ids ? Result<int>(int(ids->size())) : Result<int>(ids.error());
    }
    return targetId > 0 ? 1 : 0;
}

Result<qint64> SopTargets::memberNamed(const Database& db, const QString& name) {
    auto ids = sql::ids(db.connection(),
                        QStringLiteral("SELECT id FROM members WHERE display_name = :name AND "
                                       "erased_at IS NULL ORDER BY id"),
                        {{QStringLiteral(":name"), name.trimmed()}});
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error{tr("There is no member named “%1”.").arg(name), {}, 0};
    if (ids->size() > 1)
        return Error{tr("%n members are named “%1”; the SOP needs one.", "", int(ids->size()))
                         .arg(name),
                     {},
                     0};
    return ids->first();
}

} // namespace qundesk::sop
