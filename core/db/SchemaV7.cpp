// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// Schema version 7: the content calendar's missing fields. An item gets its owner (who posts
// it) and its attachments (file paths, one per line). One occurrence of a series can be edited
// on its own: an exception may carry its own title, body and duration (NULL = the series').
// Existing rows keep their values; the new columns are empty.
#include "db/Schema.h"

namespace qundesk::schema {

QStringList version7() {
    return {
        QStringLiteral("ALTER TABLE content_items ADD COLUMN owner TEXT"),
        QStringLiteral("ALTER TABLE content_items ADD COLUMN attachments TEXT"),
        QStringLiteral("ALTER TABLE content_exceptions ADD COLUMN title TEXT"),
        QStringLiteral("ALTER TABLE content_exceptions ADD COLUMN body TEXT"),
        QStringLiteral("ALTER TABLE content_exceptions ADD COLUMN duration_min INTEGER "
                       "CHECK (duration_min IS NULL OR duration_min BETWEEN 0 AND 10080)"),
        // Items by start across all groups (the month view of "all groups", series lookup).
        QStringLiteral("CREATE INDEX idx_content_start ON content_items(starts_at)"),
    };
}

} // namespace qundesk::schema
