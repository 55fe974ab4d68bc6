// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/GenericCsvChatParser.h"

#include "import/chat/ChatCsvMapping.h"
#include "import/chat/ChatTimeText.h"
#include "import/chat/CsvChatReader.h"

namespace qundesk {

namespace {

class GenericRows final : public CsvChatRows {
public:
    GenericRows(const ChatCsvMapping& mapping, DateOrder order)
        : m_mapping(mapping)
        , m_order(order) {}

    Status header(const QStringList& columns, const QString& fileName) override {
        auto resolved = ChatCsvMappingReader::resolve(columns, m_mapping, fileName);
        if (!resolved)
            return resolved.error();
        m_columns = *resolved;
        return {};
    }

    std::optional<ChatEvent> row(const CsvRecord& r) override {
        const int need = qMax(qMax(m_columns.time, m_columns.author), m_columns.text) + 1;
        if (r.fields.size() < need)
            return CsvChatReader::invalid(
                r, GenericCsvChatParser::tr("The row has %1 columns; the mapped ones need %2.")
                       .arg(QString::number(r.fields.size()), QString::number(need)));
        const QString time = r.fields.at(m_columns.time);
        const auto stamp = chattime::readAny(time, m_order);
        if (!stamp)
            return CsvChatReader::invalid(
                r, GenericCsvChatParser::tr("The time “%1” is not a date and time.").arg(time));
        ChatEvent e;
        e.line = r.line;
        e.seconds = stamp->seconds;
        e.zoned = stamp->zoned;
        e.author = r.fields.at(m_columns.author).trimmed();
        e.authorId = CsvChatReader::cell(r, m_columns.authorId).trimmed();
        e.text = r.fields.at(m_columns.text);
        if (e.author.isEmpty() && e.authorId.isEmpty())
            return CsvChatReader::invalid(r, GenericCsvChatParser::tr("The author is empty."));
        return e;
    }

private:
    ChatCsvMapping m_mapping;
    DateOrder m_order;
    ChatCsvColumns m_columns;
};

} // namespace

bool GenericCsvChatParser::sniff(const QByteArray& head) {
    const auto header = CsvChatReader::headerOf(head);
    return header && ChatCsvMappingReader::guess(*header).complete();
}

Result<ChatParseInfo> GenericCsvChatParser::parse(const ChatInput& input,
                                                  const ChatParseOptions& options,
                                                  const ChatEventSink& sink) {
    GenericRows rows(options.csvMapping, options.dateOrder.value_or(DateOrder::YMD));
    return CsvChatReader::parse(input, options, rows, sink);
}

} // namespace qundesk
