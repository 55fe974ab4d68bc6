// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/ChatCsvMapping.h"

#include <array>

namespace qundesk {

namespace {

// Header names, compared lower-case without spaces, '_' or '-'.
const QStringList& timeNames() {
    static const QStringList names{
        QStringLiteral("time"),     QStringLiteral("timestamp"),  QStringLiteral("date"),
        QStringLiteral("datetime"), QStringLiteral("sentat"),     QStringLiteral("createdat"),
        QStringLiteral("sendtime"), QStringLiteral("createtime"), QStringLiteral("时间"),
        QStringLiteral("发送时间"), QStringLiteral("消息时间"),   QStringLiteral("日期"),
        QStringLiteral("日期时间")};
    return names;
}
const QStringList& authorNames() {
    static const QStringList names{
        QStringLiteral("author"),   QStringLiteral("sender"), QStringLiteral("from"),
        QStringLiteral("name"),     QStringLiteral("user"),   QStringLiteral("username"),
        QStringLiteral("nickname"), QStringLiteral("发送者"), QStringLiteral("发送人"),
        QStringLiteral("发言人"),   QStringLiteral("作者"),   QStringLiteral("昵称"),
        QStringLiteral("用户"),     QStringLiteral("用户名"), QStringLiteral("成员"),
        QStringLiteral("姓名"),     QStringLiteral("群昵称")};
    return names;
}
const QStringList& textNames() {
    static const QStringList names{QStringLiteral("text"),    QStringLiteral("message"),
                                   QStringLiteral("content"), QStringLiteral("body"),
                                   QStringLiteral("msg"),     QStringLiteral("内容"),
                                   QStringLiteral("消息"),    QStringLiteral("消息内容"),
                                   QStringLiteral("文本"),    QStringLiteral("聊天内容")};
    return names;
}
const QStringList& authorIdNames() {
    static const QStringList names{QStringLiteral("authorid"), QStringLiteral("senderid"),
                                   QStringLiteral("userid"),   QStringLiteral("fromid"),
                                   QStringLiteral("uid"),      QStringLiteral("wxid"),
                                   QStringLiteral("用户id"),   QStringLiteral("发送者id"),
                                   QStringLiteral("账号"),     QStringLiteral("微信号")};
    return names;
}

QString normalized(const QString& name) {
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char(' '));
    n.remove(QLatin1Char('_'));
    n.remove(QLatin1Char('-'));
    return n;
}

int find(const QStringList& header, const QStringList& names) {
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (names.contains(normalized(header.at(i))))
            return int(i);
    }
    return -1;
}

// A reference: a header name (any case) or a 1-based column number; -1 = none.
int column(const QStringList& header, const QString& reference) {
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(reference, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    bool number = false;
    const int n = reference.toInt(&number);
    return number && n >= 1 && n <= header.size() ? n - 1 : -1;
}

} // namespace

QString ChatCsvMapping::toSpec() const {
    QStringList parts;
    const std::array<std::pair<const char*, const QString*>, 4> fields{
        {{"time", &time}, {"author", &author}, {"text", &text}, {"author_id", &authorId}}};
    for (const auto& [key, value] : fields) {
        if (!value->isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + *value;
    }
    return parts.join(QLatin1Char(','));
}

int ChatCsvColumns::width() const {
    return qMax(qMax(time, author), qMax(text, authorId)) + 1;
}

Result<ChatCsvMapping> ChatCsvMappingReader::parseSpec(const QString& spec) {
    ChatCsvMapping mapping;
    for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed().toLower();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        if (value.isEmpty())
            return Error{tr("--map: “%1” names no column; write KEY=COLUMN.").arg(part), {}, 0};
        if (key == QLatin1String("time"))
            mapping.time = value;
        else if (key == QLatin1String("author"))
            mapping.author = value;
        else if (key == QLatin1String("text"))
            mapping.text = value;
        else if (key == QLatin1String("author_id"))
            mapping.authorId = value;
        else
            return Error{tr("--map: unknown key “%1”; the keys are time, author, text and "
                            "author_id.")
                             .arg(key),
                         {},
                         0};
    }
    if (mapping.isEmpty())
        return Error{
            tr("--map needs KEY=COLUMN pairs, e.g. time=Date,author=Name,text=Message."), {}, 0};
    return mapping;
}

ChatCsvColumns ChatCsvMappingReader::guess(const QStringList& header) {
    ChatCsvColumns c;
    c.authorId = find(header, authorIdNames());
    c.time = find(header, timeNames());
    c.author = find(header, authorNames());
    c.text = find(header, textNames());
    return c;
}

Result<ChatCsvColumns> ChatCsvMappingReader::resolve(const QStringList& header,
                                                     const ChatCsvMapping& mapping,
                                                     const QString& fileName) {
    ChatCsvColumns c = guess(header);
    const std::array<std::pair<const QString*, int*>, 4> refs{{{&mapping.time, &c.time},
                                                               {&mapping.author, &c.author},
                                                               {&mapping.text, &c.text},
                                                               {&mapping.authorId, &c.authorId}}};
    for (const auto& [reference, index] : refs) {
        if (reference->isEmpty())
            continue;
        *index = column(header, *reference);
        if (*index < 0)
            return Error{tr("The file has no column “%1” (its columns: %2).")
                             .arg(*reference, header.join(QStringLiteral(", "))),
                         fileName, 1};
    }
    if (!c.complete())
        return Error{tr("Cannot tell which columns hold the time, the author and the text (the "
                        "columns: %1); choose them in the import window or with --map "
                        "time=COLUMN,author=COLUMN,text=COLUMN.")
                         .arg(header.join(QStringLiteral(", "))),
                     fileName, 1};
    return c;
}

} // namespace qundesk
