// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/ChatCsvMapping.h"
#include "import/chat/ChatParse.h"
#include "util/Result.h"

#include <optional>

namespace qundesk {

class ChatInput;
class Database;

// The column mappings of generic chat CSVs, remembered per header (table import_mappings, keys
// "chat:<digest of the header>"), so a file laid out like one imported before needs no mapping
// again, in the window or on the command line.
namespace chatcsvmemory {

Result<std::optional<ChatCsvMapping>> load(const Database& db, const QStringList& header);
Status save(const Database& db, const QStringList& header, const ChatCsvMapping& mapping);

// The header of `input` when it starts like a CSV, else an empty list.
QStringList headerOf(const ChatInput& input);

// The format to read `input` as when none is given: the detected one, or a generic CSV when
// detection fails but the header's mapping is remembered. `mapping` receives the remembered
// mapping of a generic CSV when `mapping` is empty.
Result<ChatFormat> formatOf(const Database& db, const ChatInput& input,
                            std::optional<ChatFormat> given, ChatCsvMapping& mapping);

} // namespace chatcsvmemory

} // namespace qundesk
