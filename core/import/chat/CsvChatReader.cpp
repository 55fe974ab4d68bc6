// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/CsvChatReader.h"

#include <QBuffer>

namespace qundesk {

namespace {
constexpr qint64 kProgressRows = 1 << 14;
} // namespace

ChatEvent CsvChatReader::invalid(const CsvRecord& record, const QString& reason) {
    ChatEvent e;
    e.kind = ChatEventKind::Skipped;
    e.invalid = true;
    e.line = record.line;
    e.text = reason;
    return e;
}

std::optional<QStringList> CsvChatReader::headerOf(const QByteArray& head, int minColumns) {
    // Only the first line counts: a cut multi-byte character at the end of `head` is no harm.
    QByteArray copy = head;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QString());
    if (!reader.open())
        return std::nullopt;
    auto first = reader.next();
    if (!first || !first->has_value())
        return std::nullopt;
    const QStringList fields = (*first)->fields;
    if (fields.size() < minColumns || (*first)->line != 1)
        return std::nullopt;
    for (const QString& f : fields) {
        if (f.trimmed().isEmpty() || f.size() > 64 || f.contains(QLatin1Char('\n')))
            return std::nullopt;
    }
    return fields;
}

Result<ChatParseInfo> CsvChatReader::parse(const ChatInput& input, const ChatParseOptions& options,
                                           CsvChatRows& rows, const ChatEventSink& sink) {
    ChatParseInfo info;
    info.chatName = input.baseName();
    if (options.chatFound)
        options.chatFound(info.chatName, {});
    auto device = input.open();
    if (!device)
        return device.error();
    CsvReader reader(device->get(), input.fileName());
    if (auto s = reader.open(); !s)
        return s.error();
    auto header = reader.next();
    if (!header)
        return header.error();
    if (!header->has_value())
        return Error{tr("The file is empty: it holds no chat."), input.fileName(), 0};
    if (auto s = rows.header((*header)->fields, input.fileName()); !s)
        return s.error();
    qint64 count = 0;
    for (;;) {
        auto record = reader.next();
        if (!record)
            return record.error();
        if (!record->has_value())
            break;
        if ((++count & (kProgressRows - 1)) == 0 && options.progress &&
            !options.progress(reader.bytesRead()))
            return Error{tr("Import cancelled; nothing was changed."), input.fileName(), 0};
        const std::optional<ChatEvent> event = rows.row(**record);
        if (!event)
            continue;
        ++info.events;
        if (!sink(*event))
            return Error{tr("Import cancelled; nothing was changed."), input.fileName(), 0};
    }
    return info;
}

} // namespace qundesk
