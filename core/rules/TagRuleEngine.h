// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace qundesk {

class Database;

struct TagRuleRun {
    int rules = 0;   // enabled rules evaluated
    int added = 0;   // member tags the rules added
    int removed = 0; // rule-made member tags that no longer match
};

// Applies every enabled automatic tag rule (table tag_rules): a member who matches gets the
// rule's tag (origin 'rule'); a rule-made tag whose member no longer matches is removed.
// Tags given by hand or by an import are never touched. One transaction for all rules.
class TagRuleEngine {
    Q_DECLARE_TR_FUNCTIONS(TagRuleEngine)

public:
    // `at` stamps the tags it adds (invalid = now). `onlyMembers` not empty: only these members'
    // rule tags are brought in line (after an edit of them: a rule's verdict on one member
    // depends on that member's data alone, so nobody else's can have changed).
    static Result<TagRuleRun> apply(const Database& db, const QDate& today,
                                    const QDateTime& at = {},
                                    const QList<qint64>& onlyMembers = {});
};

} // namespace qundesk
