// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/WeChatCsvParser.h"

#include "import/chat/ChatTimeText.h"
#include "import/chat/CsvChatReader.h"
#include "import/chat/WeChatSystemText.h"

#include <QHash>

namespace qundesk {

namespace {

const QStringList& memoTraceColumns() {
    static const QStringList columns{
        QStringLiteral("localId"), QStringLiteral("TalkerId"),   QStringLiteral("Type"),
        QStringLiteral("SubType"), QStringLiteral("IsSender"),   QStringLiteral("CreateTime"),
        QStringLiteral("Status"),  QStringLiteral("StrContent"), QStringLiteral("StrTime"),
        QStringLiteral("Remark"),  QStringLiteral("NickName"),   QStringLiteral("Sender")};
    return columns;
}

const QStringList& pyWxDumpColumns() {
    static const QStringList columns{
        QStringLiteral("id"),        QStringLiteral("MsgSvrID"), QStringLiteral("type_name"),
        QStringLiteral("is_sender"), QStringLiteral("talker"),   QStringLiteral("room_name"),
        QStringLiteral("msg"),       QStringLiteral("src"),      QStringLiteral("CreateTime")};
    return columns;
}

bool hasAll(const QStringList& header, const QStringList& wanted) {
    for (const QString& w : wanted) {
        if (!header.contains(w))
            return false;
    }
    return true;
}

QStringList trimmed(const QStringList& header) {
    QStringList out;
    for (const QString& h : header)
        out << h.trimmed();
    return out;
}

class WeChatRows final : public CsvChatRows {
public:
    Status header(const QStringList& columns, const QString& fileName) override {
        const QStringList names = trimmed(columns);
        const auto variant = WeChatCsvParser::variantOf(names);
        if (!variant)
            return Error{WeChatCsvParser::tr("This is not a WeChat CSV export of MemoTrace or "
                                             "PyWxDump: its header is “%1”.")
                             .arg(columns.join(QLatin1Char(','))),
                         fileName, 1};
        m_variant = *variant;
        const QStringList& wanted = m_variant == WeChatCsvParser::Variant::MemoTrace
                                        ? memoTraceColumns()
                                        : pyWxDumpColumns();
        for (const QString& w : wanted)
            m_column.insert(w, int(names.indexOf(w)));
        m_width = int(names.size());
        return {};
    }

    std::optional<ChatEvent> row(const CsvRecord& r) override {
        if (r.fields.size() < m_width)
            return CsvChatReader::invalid(
                r, WeChatCsvParser::tr("The row has %1 columns; the header has %2.")
                       .arg(QString::number(r.fields.size()), QString::number(m_width)));
        return m_variant == WeChatCsvParser::Variant::MemoTrace ? memoTrace(r) : pyWxDump(r);
    }

private:
    QString at(const CsvRecord& r, const QString& column) const {
        return CsvChatReader::cell(r, m_column.value(column, -1));
    }

    static ChatEvent badTime(const CsvRecord& r, const QString& text) {
        return CsvChatReader::invalid(
            r, WeChatCsvParser::tr("The time “%1” is not a date and time.").arg(text));
    }

    // A system notice: a join or removal, or nothing (a recall, a new group name…).
    static std::optional<ChatEvent> notice(ChatEvent event, const QString& text) {
        const auto change = wechat::readMembershipChange(text);
        if (!change)
            return std::nullopt;
        event.kind = change->kind;
        event.author = change->actor;
        event.subjects = change->subjects;
        event.removed = change->removed;
        event.self = change->self;
        event.text = text;
        return event;
    }

    std::optional<ChatEvent> memoTrace(const CsvRecord& r) const {
        ChatEvent e;
        e.line = r.line;
        const QString created = at(r, QStringLiteral("CreateTime"));
        const QString wall = at(r, QStringLiteral("StrTime"));
        if (auto stamp = chattime::readUnix(created)) {
            e.seconds = stamp->seconds;
            e.zoned = true;
        } else if (auto local = chattime::readIso(wall)) {
            e.seconds = local->seconds;
            e.zoned = local->zoned;
        } else {
            return badTime(r, created.isEmpty() ? wall : created);
        }
        const QString type = at(r, QStringLiteral("Type")).trimmed();
        const QString content = at(r, QStringLiteral("StrContent"));
        if (type == QLatin1String("10000"))
            return notice(e, content);
        // The speaker: the exporting user's note name for them, else their nickname, else the
        // account id (all that is left once someone has left the group).
        e.authorId = at(r, QStringLiteral("Sender")).trimmed();
        e.author = at(r, QStringLiteral("Remark")).trimmed();
        if (e.author.isEmpty())
            e.author = at(r, QStringLiteral("NickName")).trimmed();
        if (e.author.isEmpty())
            e.author = e.authorId;
        e.text = content.isEmpty() || type != QLatin1String("1")
                     ? QStringLiteral("[%1] %2").arg(type, content).trimmed()
                     : content;
        return e;
    }

    std::optional<ChatEvent> pyWxDump(const CsvRecord& r) const {
        ChatEvent e;
        e.line = r.line;
        const QString created = at(r, QStringLiteral("CreateTime"));
        auto stamp = chattime::readIso(created);
        if (!stamp)
            stamp = chattime::readUnix(created);
        if (!stamp)
            return badTime(r, created);
        e.seconds = stamp->seconds;
        e.zoned = stamp->zoned;
        const QString id = at(r, QStringLiteral("MsgSvrID")).trimmed();
        if (!id.isEmpty() && id != QLatin1String("0"))
            e.sourceId = id;
        const QString type = at(r, QStringLiteral("type_name")).trimmed();
        const QString text = at(r, QStringLiteral("msg"));
        if (type.contains(QStringLiteral("系统")) || type == QLatin1String("10000"))
            return notice(e, text);
        if (type.contains(QStringLiteral("拍一拍")))
            return std::nullopt; // a "pat": a notice, not a message
        e.authorId = at(r, QStringLiteral("talker")).trimmed();
        e.author = e.authorId; // the export names speakers by their account id only
        e.text = text.isEmpty() ? QStringLiteral("[%1]").arg(type) : text;
        return e;
    }

    WeChatCsvParser::Variant m_variant = WeChatCsvParser::Variant::MemoTrace;
    QHash<QString, int> m_column;
    int m_width = 0;
};

} // namespace

std::optional<WeChatCsvParser::Variant> WeChatCsvParser::variantOf(const QStringList& header) {
    const QStringList names = trimmed(header);
    if (hasAll(names, memoTraceColumns()))
        return Variant::MemoTrace;
    if (hasAll(names, pyWxDumpColumns()))
        return Variant::PyWxDump;
    return std::nullopt;
}

bool WeChatCsvParser::sniff(const QByteArray& head) {
    const auto header = CsvChatReader::headerOf(head);
    return header && variantOf(*header).has_value();
}

Result<ChatParseInfo> WeChatCsvParser::parse(const ChatInput& input,
                                             const ChatParseOptions& options,
                                             const ChatEventSink& sink) {
    WeChatRows rows;
    return CsvChatReader::parse(input, options, rows, sink);
}

} // namespace qundesk
