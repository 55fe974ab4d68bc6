// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/CsvReader.h"
#include "import/chat/ChatEvent.h"
#include "import/chat/ChatInput.h"
#include "import/chat/ChatParse.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace qundesk {

// How one CSV chat format reads its header and rows (WeChat, Discord, generic CSV).
class CsvChatRows {
public:
    virtual ~CsvChatRows() = default;
    // Checks the header (line 1); an Error says why the file is not of the format.
    virtual Status header(const QStringList& columns, const QString& fileName) = 0;
    // One row as an event; std::nullopt for a row that is no activity (a notice, …). Rows of
    // the wrong shape or with a date that is no date come back as invalid Skipped events.
    virtual std::optional<ChatEvent> row(const CsvRecord& record) = 0;
};

// The streamed read every CSV chat format shares: CsvReader over the input (encoding UTF-8 ±
// BOM, UTF-16 with a BOM or GB18030; quotes with newlines inside), the header to `rows`, then
// each record's event to `sink`. The chat is named after the file.
class CsvChatReader {
    Q_DECLARE_TR_FUNCTIONS(CsvChatReader)

public:
    static Result<ChatParseInfo> parse(const ChatInput& input, const ChatParseOptions& options,
                                       CsvChatRows& rows, const ChatEventSink& sink);

    // The header of a CSV file from its first bytes (decoded in the detected encoding), or
    // std::nullopt when the bytes do not start like a CSV with a header of `minColumns` names.
    static std::optional<QStringList> headerOf(const QByteArray& head, int minColumns = 3);

    // The cell at `index`, or an empty string past the row's end.
    static QString cell(const CsvRecord& record, int index) {
        return index >= 0 && index < record.fields.size() ? record.fields.at(index) : QString();
    }
    // An invalid row (Skipped with invalid set) at the record's line.
    static ChatEvent invalid(const CsvRecord& record, const QString& reason);
};

} // namespace qundesk
