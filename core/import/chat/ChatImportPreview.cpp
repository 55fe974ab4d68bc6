// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/ChatImportPreview.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "import/chat/ChatAuthorMatcher.h"
#include "import/chat/ChatCsvMappingMemory.h"
#include "import/chat/ChatInput.h"
#include "import/chat/CsvChatReader.h"
#include "import/chat/WhatsAppParser.h"

#include <QSet>

namespace qundesk {

namespace {
constexpr int kMaxAuthors = 200;
constexpr int kMaxEvents = 5000; // read at most this many events for the authors
} // namespace

QStringList ChatImportPreview::ambiguousNames() const {
    QStringList names;
    for (const Author& a : authors) {
        if (a.members.size() > 1)
            names << a.name;
    }
    return names;
}

Result<ChatImportPreview> ChatImportPreview::read(const Database& db, const QString& path,
                                                  std::optional<ChatFormat> format,
                                                  const ChatParseOptions& options,
                                                  const QString& groupName, int messages) {
    auto input = ChatInput::fromPath(path);
    if (!input)
        return input.error();
    ChatImportPreview preview;
    if (format) {
        preview.format = *format;
    } else {
        auto detected = detectChatFormat(*input);
        if (!detected) {
            auto head = input->head();
            if (!head || !CsvChatReader::headerOf(*head, 2))
                return detected.error();
        }
        preview.format = detected ? *detected : ChatFormat::Csv;
    }
    ChatParseOptions parse = options;
    // A generic CSV laid out like one imported before: the mapping it was given then.
    if (preview.format == ChatFormat::Csv && parse.csvMapping.isEmpty()) {
        if (auto remembered = chatcsvmemory::formatOf(db, *input, preview.format, parse.csvMapping);
            !remembered)
            return remembered.error();
    }
    if (preview.format == ChatFormat::Csv) {
        auto head = input->head();
        if (!head)
            return head.error();
        const auto header = CsvChatReader::headerOf(*head, 2);
        if (!header)
            return Error{QCoreApplication::translate("ChatImport",
                                                     "The file does not start with a CSV header."),
                         input->fileName(), 1};
        preview.csvHeader = *header;
        auto columns = ChatCsvMappingReader::resolve(*header, parse.csvMapping, input->fileName());
        preview.csvColumns = columns ? *columns : ChatCsvMappingReader::guess(*header);
        preview.needsMapping = !columns;
        preview.dateOrder = parse.dateOrder.value_or(DateOrder::YMD);
        preview.dateOrderCertain = parse.dateOrder.has_value(); // else year first, unchecked
        if (preview.needsMapping)
            return preview;
    }
    if (preview.format == ChatFormat::Telegram) {
        auto chats = TelegramParser::listChats(*input);
        if (!chats)
            return chats.error();
        preview.chats = *chats;
        const bool single = chats->size() == 1 && chats->first().root;
        preview.needsChat = !single && parse.chat.isEmpty();
        if (preview.needsChat)
            return preview;
    } else if (preview.format != ChatFormat::WhatsApp) {
        // Only WhatsApp writes dates whose order must be inferred.
    } else if (!parse.dateOrder) {
        auto guess = WhatsAppParser::inferDateOrder(*input);
        if (!guess)
            return guess.error();
        preview.dateOrder = guess->order;
        preview.dateOrderCertain = guess->certain;
        parse.dateOrder = guess->order;
    } else {
        preview.dateOrder = *parse.dateOrder;
    }
    auto group = sql::scalar(db.connection(),
                             QStringLiteral("SELECT id FROM chat_groups WHERE name = :name"),
                             {{QStringLiteral(":name"), groupName}}, 0);
    if (!group)
        return group.error();
    const QString platform = chatFormatPlatform(preview.format);
    ChatAuthorMatcher matcher(db, group->toLongLong(), platform, AmbiguousNames::Fail, {});
    QSet<QString> seen;
    std::optional<Error> failure;
    int events = 0;
    const auto author = [&](const QString& name, const QString& id) {
        const QString key = id.isEmpty() ? QStringLiteral("n:") + name : QStringLiteral("i:") + id;
        if (seen.contains(key) || preview.authors.size() >= kMaxAuthors)
            return true;
        seen.insert(key);
        Author a{name, id, {}};
        auto found =
            sql::scalar(db.connection(),
                        QStringLiteral("SELECT i.member_id, m.display_name FROM "
                                       "member_identities i JOIN members m ON m.id = "
                                       "i.member_id WHERE i.platform = :p AND "
                                       "i.platform_uid = :uid"),
                        {{QStringLiteral(":p"), platform}, {QStringLiteral(":uid"), id}}, 0);
        if (!id.isEmpty() && found && found->toLongLong() > 0) {
            a.members.append(std::pair(found->toLongLong(), QString()));
        } else if (!name.isEmpty()) {
            auto candidates = matcher.candidates(name, id);
            if (!candidates) {
                failure = candidates.error();
                return false;
            }
            for (qint64 member : *candidates)
                a.members.append(std::pair(member, QString()));
        }
        for (auto& [member, shown] : a.members) {
            auto n = sql::scalar(db.connection(),
                                 QStringLiteral("SELECT display_name FROM members WHERE id = :id"),
                                 {{QStringLiteral(":id"), member}});
            shown = n ? n->toString() : QString();
        }
        preview.authors << a;
        return true;
    };
    parse.chatFound = [&preview](const QString& name, const QString&) {
        preview.chatName = name;
    };
    auto info = parseChat(preview.format, *input, parse, [&](const ChatEvent& e) {
        if (++events > kMaxEvents)
            return false;
        if (!e.zoned && e.kind != ChatEventKind::Skipped)
            preview.hasWallClockTimes = true;
        if (e.kind == ChatEventKind::Message) {
            if (preview.messages.size() < messages)
                preview.messages.append({e.seconds, e.zoned, e.author, e.text});
            return author(e.author, e.authorId);
        }
        for (qsizetype i = 0; i < e.subjects.size(); ++i) {
            if (!author(e.subjects.at(i), e.subjectIds.value(i)))
                return false;
        }
        return true;
    });
    if (failure)
        return *failure;
    // A stop after enough events is no failure; anything else is.
    if (!info && events <= kMaxEvents)
        return info.error();
    return preview;
}

} // namespace qundesk
