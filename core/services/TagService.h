// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Segment.h"
#include "model/Tag.h"
#include "rules/TagRuleEngine.h"
#include "util/Result.h"

#include <QDate>

namespace qundesk {

class Database;

// Tags, automatic tag rules and saved segments, as the tag manager and the segment bar change
// them. Each call is one transaction: a rule saved and the rules' run after it land together.
class TagService {
public:
    static Result<qint64> createTag(const Database& db, const Tag& tag);
    static Status updateTag(const Database& db, const Tag& tag);
    // Takes the tag from every member and deletes its rules with it.
    static Status removeTag(const Database& db, qint64 tagId);

    // What saving a rule did: the stored rule and the rules' run that followed.
    struct SavedRule {
        TagRule rule;
        TagRuleRun run;
    };
    // Stores `rule` (new when its id is 0). When `newTag` has a name, the rule gives that tag,
    // found or created by name; otherwise rule.tagId. Then every rule is applied for `today`.
    static Result<SavedRule> saveRule(const Database& db, const TagRule& rule, const Tag& newTag,
                                      const QDate& today);
    // Turns a rule on or off (nothing else of it changes).
    static Status setRuleEnabled(const Database& db, qint64 ruleId, bool enabled);
    // Tags the rule gave stay until the rules run again.
    static Status removeRule(const Database& db, qint64 ruleId);
    // Applies every enabled rule to every member for `today`.
    static Result<TagRuleRun> runRules(const Database& db, const QDate& today);

    // Saves a segment under a new name.
    static Result<qint64> createSegment(const Database& db, const Segment& segment);
};

} // namespace qundesk
