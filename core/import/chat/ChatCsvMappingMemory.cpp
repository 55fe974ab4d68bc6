// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/ChatCsvMappingMemory.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "import/MemberCsvMapping.h"
#include "import/chat/ChatInput.h"
#include "import/chat/CsvChatReader.h"
#include "util/Time.h"

namespace qundesk::chatcsvmemory {

namespace {
QString keyOf(const QStringList& header) {
    return QStringLiteral("chat:") + MemberCsvMapping::headerKey(header);
}
} // namespace

Result<std::optional<ChatCsvMapping>> load(const Database& db, const QStringList& header) {
    auto spec =
        sql::scalar(db.connection(),
                    QStringLiteral("SELECT mapping FROM import_mappings WHERE header_key = :k"),
                    {{QStringLiteral(":k"), keyOf(header)}});
    if (!spec)
        return spec.error();
    if (spec->isNull() || !spec->isValid())
        return std::optional<ChatCsvMapping>{};
    auto mapping = ChatCsvMappingReader::parseSpec(spec->toString());
    if (!mapping) // written by a later version: ignored
        return std::optional<ChatCsvMapping>{};
    return std::optional<ChatCsvMapping>{*mapping};
}

Status save(const Database& db, const QStringList& header, const ChatCsvMapping& mapping) {
    auto q =
        sql::exec(db.connection(),
                  QStringLiteral("INSERT INTO import_mappings (header_key, mapping, updated_at) "
                                 "VALUES (:k, :m, :t) ON CONFLICT (header_key) DO UPDATE SET "
                                 "mapping = excluded.mapping, updated_at = excluded.updated_at"),
                  {{QStringLiteral(":k"), keyOf(header)},
                   {QStringLiteral(":m"), mapping.toSpec()},
                   {QStringLiteral(":t"), time::toStorage(time::now())}});
    return q ? Status{} : Status{q.error()};
}

QStringList headerOf(const ChatInput& input) {
    auto head = input.head();
    if (!head)
        return {};
    return CsvChatReader::headerOf(*head, 2).value_or(QStringList());
}

Result<ChatFormat> formatOf(const Database& db, const ChatInput& input,
                            std::optional<ChatFormat> given, ChatCsvMapping& mapping) {
    if (!given && !mapping.isEmpty())
        return ChatFormat::Csv; // columns given: a generic CSV
    auto detected = given ? Result<ChatFormat>(*given) : detectChatFormat(input);
    if (detected && *detected != ChatFormat::Csv)
        return detected;
    if (!mapping.isEmpty())
        return detected;
    const QStringList header = headerOf(input);
    if (header.isEmpty())
        return detected;
    auto remembered = load(db, header);
    if (!remembered)
        return remembered.error();
    if (!remembered->has_value())
        return detected;
    mapping = **remembered;
    return ChatFormat::Csv;
}

} // namespace qundesk::chatcsvmemory
