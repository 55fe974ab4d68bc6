// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace qundesk {

// How a tag came to a member (member_tags.origin).
namespace tagOrigin {
QStringList keys(); // manual, rule, import
QString label(const QString& key);
} // namespace tagOrigin

// A tag's category (tags.category) is free text; these keys, which the demo and the rule editor
// store, are shown translated, and a typed label of one of them is stored as its key.
namespace tagCategory {
QStringList keys(); // activity, intent, lifecycle, profile, role, value, auto
// The translated label of a key; other text as it is.
QString label(const QString& stored);
// What to store for `typed`: the key whose label (in any of QunDesk's languages) or key it is,
// else the trimmed text.
QString fromTyped(const QString& typed);
} // namespace tagCategory

// Why `text` is not a JSON object (translated, for the operator), or empty when it is one.
// Tag rule and segment definitions must pass this before they are stored.
QString jsonObjectProblem(const QString& text);

struct Tag {
    qint64 id = 0;
    QString name;
    QString color = QStringLiteral("#3d7eff"); // "#rrggbb"
    QString category;                          // free grouping of tags; empty = none
};

// A tag as one member carries it (member_tags): how it came to them and since when.
struct MemberTag {
    Tag tag;
    QString origin = QStringLiteral("manual"); // one of tagOrigin::keys()
    QDateTime since;
};

// An automatic tag rule (tag_rules). definition is JSON text, a JSON object
// {"match":"all|any","conditions":[{"field","op","value"}…]} interpreted by the rule engine.
struct TagRule {
    qint64 id = 0;
    qint64 tagId = 0;
    QString name;
    QString definition;
    bool enabled = true;
    QDateTime updatedAt;
};

} // namespace qundesk
