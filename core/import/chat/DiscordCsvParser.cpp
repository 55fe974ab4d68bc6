// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/DiscordCsvParser.h"

#include "import/chat/ChatTimeText.h"
#include "import/chat/CsvChatReader.h"

namespace qundesk {

namespace {

enum Column { AuthorId, Author, Date, Content, Attachments, Columns };

class DiscordRows final : public CsvChatRows {
public:
    Status header(const QStringList& columns, const QString& fileName) override {
        if (!DiscordCsvParser::isHeader(columns))
            return Error{DiscordCsvParser::tr("This is not a DiscordChatExporter CSV: its header "
                                              "is “%1”.")
                             .arg(columns.join(QLatin1Char(','))),
                         fileName, 1};
        return {};
    }

    std::optional<ChatEvent> row(const CsvRecord& r) override {
        if (r.fields.size() < Columns)
            return CsvChatReader::invalid(
                r, DiscordCsvParser::tr("The row has %1 columns; a DiscordChatExporter row has "
                                        "at least %2.")
                       .arg(QString::number(r.fields.size()), QString::number(int(Columns))));
        const QString date = r.fields.at(Date);
        auto stamp = chattime::readIso(date);
        if (!stamp)
            stamp = chattime::readDayMonthNameYear(date);
        if (!stamp)
            return CsvChatReader::invalid(
                r, DiscordCsvParser::tr("The date “%1” is not a date and time.").arg(date));
        ChatEvent e;
        e.line = r.line;
        e.seconds = stamp->seconds;
        e.zoned = stamp->zoned;
        e.authorId = r.fields.at(AuthorId).trimmed();
        e.author = r.fields.at(Author).trimmed();
        e.text = r.fields.at(Content);
        const QString attachments = r.fields.at(Attachments).trimmed();
        if (!attachments.isEmpty())
            e.text += (e.text.isEmpty() ? QString() : QStringLiteral("\n")) + attachments;
        return e;
    }
};

} // namespace

bool DiscordCsvParser::isHeader(const QStringList& header) {
    static const QStringList kNames{QStringLiteral("AuthorID"), QStringLiteral("Author"),
                                    QStringLiteral("Date"), QStringLiteral("Content"),
                                    QStringLiteral("Attachments")};
    if (header.size() < kNames.size())
        return false;
    for (qsizetype i = 0; i < kNames.size(); ++i) {
        if (header.at(i).trimmed() != kNames.at(i))
            return false;
    }
    return true;
}

bool DiscordCsvParser::sniff(const QByteArray& head) {
    const auto header = CsvChatReader::headerOf(head);
    return header && isHeader(*header);
}

Result<ChatParseInfo> DiscordCsvParser::parse(const ChatInput& input,
                                              const ChatParseOptions& options,
                                              const ChatEventSink& sink) {
    DiscordRows rows;
    return CsvChatReader::parse(input, options, rows, sink);
}

} // namespace qundesk
