// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/MemberTagService.h"

#include "model/Tag.h"
#include "rules/MemberRefresh.h"
#include "services/ServiceTransaction.h"
#include "store/TagStore.h"

#include <QSet>

namespace qundesk {

namespace {

// Assigns `tagId` by hand and notes who did not carry it before.
Status assignNoting(const Database& db, MemberTagService::Tagged& tagged) {
    auto had = MemberTagRows::capture(db, tagged.memberIds, tagged.tagId);
    if (!had)
        return had.error();
    const QList<qint64> before = had->memberIds();
    const QSet<qint64> hadTag(before.cbegin(), before.cend());
    if (auto assigned =
            TagStore(db).assign(tagged.memberIds, tagged.tagId, QStringLiteral("manual"));
        !assigned)
        return assigned.error();
    tagged.added.clear();
    for (qint64 id : std::as_const(tagged.memberIds))
        if (!hadTag.contains(id))
            tagged.added << id;
    return memberrefresh::afterEdit(db, tagged.memberIds);
}

Status takeAway(const Database& db, MemberTagService::Untagged& untagged) {
    auto rows = MemberTagRows::capture(db, untagged.memberIds, untagged.tagId);
    if (!rows)
        return rows.error();
    untagged.removed = std::move(rows).value();
    if (auto removed = TagStore(db).unassign(untagged.memberIds, untagged.tagId); !removed)
        return removed.error();
    return memberrefresh::afterEdit(db, untagged.memberIds);
}

} // namespace

Result<MemberTagService::Tagged> MemberTagService::tagByName(const Database& db,
                                                             const QList<qint64>& memberIds,
                                                             const QString& tagName) {
    return services::inTransaction(db, [&]() -> Result<Tagged> {
        Tagged tagged;
        tagged.memberIds = memberIds;
        Tag wanted;
        wanted.name = tagName.trimmed();
        auto tagId = TagStore(db).findOrCreate(wanted, &tagged.createdTag);
        if (!tagId)
            return tagId.error();
        tagged.tagId = *tagId;
        if (auto s = assignNoting(db, tagged); !s)
            return s.error();
        return tagged;
    });
}

Result<MemberTagService::Tagged>
MemberTagService::tag(const Database& db, const QList<qint64>& memberIds, qint64 tagId) {
    return services::inTransaction(db, [&]() -> Result<Tagged> {
        Tagged tagged;
        tagged.memberIds = memberIds;
        tagged.tagId = tagId;
        if (auto s = assignNoting(db, tagged); !s)
            return s.error();
        return tagged;
    });
}

Result<MemberTagService::Untagged> MemberTagService::untagByName(const Database& db,
                                                                 const QList<qint64>& memberIds,
                                                                 const QString& tagName) {
    const QString name = tagName.trimmed();
    return services::inTransaction(db, [&]() -> Result<Untagged> {
        auto found = TagStore(db).findByName(name);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{tr("There is no tag “%1”.").arg(name), {}, 0};
        Untagged untagged;
        untagged.memberIds = memberIds;
        untagged.tagId = (*found)->id;
        if (auto s = takeAway(db, untagged); !s)
            return s.error();
        return untagged;
    });
}

Result<MemberTagService::Untagged>
MemberTagService::untag(const Database& db, const QList<qint64>& memberIds, qint64 tagId) {
    return services::inTransaction(db, [&]() -> Result<Untagged> {
        Untagged untagged;
        untagged.memberIds = memberIds;
        untagged.tagId = tagId;
        if (auto s = takeAway(db, untagged); !s)
            return s.error();
        return untagged;
    });
}

Status MemberTagService::undoTag(const Database& db, const Tagged& tagged) {
    return services::inTransaction(db, [&]() -> Status {
        TagStore tags(db);
        if (tagged.createdTag) {
            if (auto s = tags.remove(tagged.tagId); !s) // its assignments go with it
                return s;
        } else if (!tagged.added.isEmpty()) {
            if (auto removed = tags.unassign(tagged.added, tagged.tagId); !removed)
                return removed.error();
        }
        return memberrefresh::afterEdit(db, tagged.memberIds);
    });
}

Status MemberTagService::undoUntag(const Database& db, const Untagged& untagged) {
    return services::inTransaction(db, [&]() -> Status {
        if (auto s = untagged.removed.restore(db); !s)
            return s;
        return memberrefresh::afterEdit(db, untagged.memberIds);
    });
}

} // namespace qundesk
