// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDateTime>
#include <QString>

namespace qundesk {

// One imported chat message (table messages). sourceId is the de-duplication key within a
// group: the export's message id, or a hash of time + author + text when the format has none.
struct Message {
    qint64 id = 0;
    qint64 groupId = 0;
    qint64 memberId = 0; // 0 = author not matched to a member (stored as NULL)
    QDateTime sentAt;    // instant; its workspace day is derived where it is stored
    QString kind = QStringLiteral("text");
    QString authorName;
    QString body;
    QString sourceId;
    qint64 importId = 0;
};

// What one addMessages call stored: new rows, and rows already present (same group and source id).
struct AddMessagesResult {
    qint64 inserted = 0;
    qint64 duplicates = 0;
};

// One imported file (table imports), kept so a re-import can be recognised and reported.
struct ImportRecord {
    qint64 id = 0;
    QString kind; // chat, members, orders
    QString format;
    QString fileName;
    QString sha256; // hex digest of the file's bytes, empty when unknown
    qint64 groupId = 0;
    QDateTime importedAt;
    QString reportJson;
};

} // namespace qundesk
