// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/TagService.h"

#include "services/ServiceTransaction.h"
#include "store/SegmentStore.h"
#include "store/TagStore.h"

namespace qundesk {

Result<qint64> TagService::createTag(const Database& db, const Tag& tag) {
    return services::inTransaction(db, [&] { return TagStore(db).create(tag); });
}

Status TagService::updateTag(const Database& db, const Tag& tag) {
    return services::inTransaction(db, [&] { return TagStore(db).update(tag); });
}

Status TagService::removeTag(const Database& db, qint64 tagId) {
    return services::inTransaction(db, [&] { return TagStore(db).remove(tagId); });
}

Result<TagService::SavedRule> TagService::saveRule(const Database& db, const TagRule& rule,
                                                   const Tag& newTag, const QDate& today) {
    return services::inTransaction(db, [&]() -> Result<SavedRule> {
        TagStore tags(db);
        SavedRule saved;
        saved.rule = rule;
        if (!newTag.name.trimmed().isEmpty()) {
            auto tagId = tags.findOrCreate(newTag);
            if (!tagId)
                return tagId.error();
            saved.rule.tagId = tagId.value();
        }
        if (saved.rule.id > 0) {
            if (auto s = tags.updateRule(saved.rule); !s)
                return s.error();
        } else {
            auto id = tags.createRule(saved.rule);
            if (!id)
                return id.error();
            saved.rule.id = id.value();
        }
        auto run = TagRuleEngine::apply(db, today);
        if (!run)
            return run.error();
        saved.run = run.value();
        return saved;
    });
}

Status TagService::setRuleEnabled(const Database& db, qint64 ruleId, bool enabled) {
    return services::inTransaction(db, [&]() -> Status {
        TagStore tags(db);
        auto rule = tags.rule(ruleId);
        if (!rule)
            return rule.error();
        TagRule changed = rule.value();
        changed.enabled = enabled;
        return tags.updateRule(changed);
    });
}

Status TagService::removeRule(const Database& db, qint64 ruleId) {
    return services::inTransaction(db, [&] { return TagStore(db).removeRule(ruleId); });
}

Result<TagRuleRun> TagService::runRules(const Database& db, const QDate& today) {
    return services::inTransaction(db, [&] { return TagRuleEngine::apply(db, today); });
}

Result<qint64> TagService::createSegment(const Database& db, const Segment& segment) {
    return services::inTransaction(db, [&] { return SegmentStore(db).create(segment); });
}

} // namespace qundesk
