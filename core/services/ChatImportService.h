// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/ImportReport.h"
#include "import/chat/ChatAuthorMatcher.h"
#include "import/chat/ChatParse.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace qundesk {

class Database;

struct ChatImportOptions {
    std::optional<ChatFormat> format;   // none: detected from the content
    QString group;                      // the target group; empty: the chat's name in the export
    std::optional<DateOrder> dateOrder; // WhatsApp: none = inferred; generic CSV: numeric dates
    ChatCsvMapping csvMapping;          // generic CSV: the columns (empty: by header names)
    QString chat;                       // Telegram full export: the chat's name or id
    QTimeZone sourceZone; // the zone of times the export gives without one; invalid = workspace's
    AmbiguousNames ambiguous = AmbiguousNames::Fail;
    // Invalid entries (a date that is no date, a row of the wrong shape) fail the file — the
    // report comes back `rejected`, nothing stored — unless they are skipped (--skip-invalid).
    bool skipInvalid = false;
    QHash<QString, qint64> chosenMembers; // ambiguous name -> member chosen in the window (0 = new)
    std::function<bool(int percent)> progress; // false cancels: nothing is changed
};

// Imports one chat export into one group, all or nothing, in one transaction: parse → match
// authors to members → store the new messages → joins and leaves update stays → daily
// aggregates → stages, fan levels and rule tags of the members touched. Re-importing the same
// file adds nothing. The window (as a job) and `qundesk-cli import chat` both call it.
class ChatImportService {
    Q_DECLARE_TR_FUNCTIONS(ChatImportService)

public:
    static Result<ImportReport> run(const Database& db, const QString& path,
                                    const ChatImportOptions& options = {});

    // The tag given to members created for an ambiguous name (--ambiguous new).
    static QString reviewTagName();
};

} // namespace qundesk
