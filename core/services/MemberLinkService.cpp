// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/MemberLinkService.h"

#include "rules/MemberRefresh.h"
#include "services/ServiceTransaction.h"
#include "store/MemberStore.h"

namespace qundesk {

Result<MemberLinkService::Linked> MemberLinkService::link(const Database& db, qint64 member,
                                                          qint64 other) {
    return services::inTransaction(db, [&]() -> Result<Linked> {
        MemberStore store(db);
        auto found = store.get(other);
        if (!found)
            return found.error();
        auto linked = store.linkedMembers(other);
        if (!linked)
            return linked.error();
        Linked done;
        done.member = member;
        done.otherRoot = found->personId > 0 ? found->personId : other;
        done.otherPerson = {other};
        for (const Member& m : linked.value())
            done.otherPerson.append(m.id);
        if (auto s = store.link(member, other); !s)
            return s.error();
        if (auto s = memberrefresh::afterEdit(db, {member}); !s)
            return s.error();
        return done;
    });
}

Status MemberLinkService::undoLink(const Database& db, const Linked& linked) {
    return services::inTransaction(db, [&]() -> Status {
        MemberStore store(db);
        for (qint64 id : linked.otherPerson)
            if (auto s = store.unlink(id); !s)
                return s;
        for (qint64 id : linked.otherPerson)
            if (id != linked.otherRoot)
                if (auto s = store.link(linked.otherRoot, id); !s)
                    return s;
        return memberrefresh::afterEdit(db, {linked.member});
    });
}

Result<MemberLinkService::Unlinked> MemberLinkService::unlink(const Database& db, qint64 member) {
    return services::inTransaction(db, [&]() -> Result<Unlinked> {
        MemberStore store(db);
        auto self = store.get(member);
        if (!self)
            return self.error();
        auto linked = store.linkedMembers(member);
        if (!linked)
            return linked.error();
        Unlinked done;
        done.member = member;
        done.root = self->personId > 0 ? self->personId : member;
        // MemberStore::unlink hands a root's followers to the smallest of them (linked is by id).
        done.nextRoot = done.root == member && !linked->isEmpty() ? linked->first().id : 0;
        if (auto s = store.unlink(member); !s)
            return s.error();
        if (auto s = memberrefresh::afterEdit(db, {member}); !s)
            return s.error();
        return done;
    });
}

Status MemberLinkService::undoUnlink(const Database& db, const Unlinked& unlinked) {
    return services::inTransaction(db, [&]() -> Status {
        MemberStore store(db);
        if (unlinked.root == unlinked.member) {
            if (unlinked.nextRoot != 0)
                if (auto s = store.link(unlinked.member, unlinked.nextRoot); !s)
                    return s;
        } else if (auto s = store.link(unlinked.root, unlinked.member); !s) {
            return s;
        }
        return memberrefresh::afterEdit(db, {unlinked.member});
    });
}

} // namespace qundesk
