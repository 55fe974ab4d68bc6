// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/WhatsAppParser.h"

#include "import/chat/ByteLineReader.h"
#include "import/chat/WhatsAppHeader.h"
#include "import/chat/WhatsAppSystemText.h"

namespace qundesk {

namespace {

using whatsapp::Header;

constexpr qint64 kProgressLines = 1 << 16;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

bool validDate(int y, int m, int d) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1])
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m != 2 || d <= 28 || leap;
}

// Wall-clock seconds of the header in `order`, or -1 when its date is no date in that order.
qint64 wallSeconds(const Header& h, DateOrder order) {
    int y = 0, m = 0, d = 0;
    switch (order) {
    case DateOrder::YMD:
        y = h.part[0], m = h.part[1], d = h.part[2];
        break;
    case DateOrder::DMY:
        d = h.part[0], m = h.part[1], y = h.part[2];
        break;
    case DateOrder::MDY:
        m = h.part[0], d = h.part[1], y = h.part[2];
        break;
    }
    if (y < 100)
        y += 2000;
    if (!validDate(y, m, d))
        return -1;
    return daysFromCivil(y, m, d) * 86400 + h.hour * 3600 + h.minute * 60 + h.second;
}

QString orderText(DateOrder order) {
    switch (order) {
    case DateOrder::YMD:
        return QStringLiteral("Y/M/D");
    case DateOrder::DMY:
        return QStringLiteral("D/M/Y");
    case DateOrder::MDY:
        return QStringLiteral("M/D/Y");
    }
    return {};
}

// Where "Author: " ends in a header's rest, or -1 for a system line.
qsizetype authorEnd(QByteArrayView rest) {
    const char* p = rest.data();
    const qsizetype n = rest.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (p[i] == ':' && p[i + 1] == ' ')
            return i;
    }
    return -1;
}

Error notWhatsApp(const ChatInput& input, qint64 line) {
    return Error{WhatsAppParser::tr("This is not a WhatsApp chat export: line %1 does not start "
                                    "with a date and time.")
                     .arg(line),
                 input.fileName(), line};
}

} // namespace

bool WhatsAppParser::sniff(const QByteArray& head) {
    const qsizetype end = head.indexOf('\n');
    Header h;
    return whatsapp::parseHeader(QByteArrayView(head).first(end < 0 ? head.size() : end), h);
}

Result<DateOrderGuess> WhatsAppParser::inferDateOrder(const ChatInput& input,
                                                      const ChatParseOptions& options) {
    auto device = input.open();
    if (!device)
        return device.error();
    ByteLineReader reader(device->get());
    QByteArrayView line;
    Header h, previous;
    bool first = true, fourDigitFirst = false;
    int max[2] = {0, 0};
    qint64 changes[2] = {0, 0}, decreases[2] = {0, 0};
    while (reader.next(line)) {
        if ((reader.lineNumber() & (kProgressLines - 1)) == 0 && options.progress &&
            !options.progress(reader.bytesRead()))
            return Error{tr("Import cancelled; nothing was changed."), input.fileName(), 0};
        if (!whatsapp::parseHeader(line, h))
            continue;
        fourDigitFirst = fourDigitFirst || h.digits[0] == 4;
        for (int i = 0; i < 2; ++i) {
            max[i] = qMax(max[i], h.part[i]);
            if (!first && h.part[i] != previous.part[i]) {
                ++changes[i];
                if (h.part[2] == previous.part[2] && h.part[i] < previous.part[i])
                    ++decreases[i];
            }
        }
        previous = h;
        first = false;
    }
    if (reader.failed() || reader.tooLong())
        return Error{tr("The file cannot be read to its end."), input.fileName(),
                     reader.lineNumber()};
    if (first)
        return notWhatsApp(input, 1);
    if (fourDigitFirst)
        return DateOrderGuess{DateOrder::YMD, true};
    // Part 0 or 1 is the day: a day goes above 12, falls back within a year (at each new
    // month), and changes more often than the month.
    if (max[0] > 12 && max[1] <= 12)
        return DateOrderGuess{DateOrder::DMY, true};
    if (max[1] > 12 && max[0] <= 12)
        return DateOrderGuess{DateOrder::MDY, true};
    if (decreases[0] > 0 && decreases[1] == 0)
        return DateOrderGuess{DateOrder::DMY, true};
    if (decreases[1] > 0 && decreases[0] == 0)
        return DateOrderGuess{DateOrder::MDY, true};
    if (changes[0] != changes[1])
        return DateOrderGuess{changes[0] > changes[1] ? DateOrder::DMY : DateOrder::MDY, false};
    return DateOrderGuess{DateOrder::DMY, false};
}

Result<ChatParseInfo> WhatsAppParser::parse(const ChatInput& input, const ChatParseOptions& options,
                                            const ChatEventSink& sink) {
    ChatParseInfo info;
    if (options.dateOrder) {
        info.dateOrder = *options.dateOrder;
    } else {
        auto guess = inferDateOrder(input, options);
        if (!guess)
            return guess.error();
        info.dateOrder = guess->order;
        info.dateOrderCertain = guess->certain;
    }
    // The export names no chat: its file does ("WhatsApp Chat with Tea Lovers.txt").
    info.chatName = input.baseName();
    for (const QString& prefix :
         {QStringLiteral("WhatsApp Chat with "), QStringLiteral("WhatsApp Chat - "),
          QStringLiteral("WhatsApp-Chat mit ")}) {
        if (info.chatName.startsWith(prefix))
            info.chatName = info.chatName.mid(prefix.size()).trimmed();
    }
    if (options.chatFound)
        options.chatFound(info.chatName, {});
    auto device = input.open();
    if (!device)
        return device.error();
    ByteLineReader reader(device->get());
    QByteArrayView line;
    Header h;
    // The message being read: its header's fields and its text so far (continuation lines
    // join it), handed on when the next header or the end comes.
    ChatEvent event;
    QByteArray author, text;
    bool pending = false, pendingSystem = false;
    bool stopped = false;

    const auto flush = [&]() -> bool {
        if (!pending)
            return true;
        pending = false;
        const QByteArrayView body = whatsapp::trimMarks(text);
        event.kind = ChatEventKind::Message;
        event.subjects.clear();
        event.removed = event.self = false;
        // iOS attributes system lines to the group or the actor and marks their text with
        // U+200E; Android writes them without an author.
        const bool marked = text.size() != body.size() &&
                            whatsapp::markLength(text.constData(), text.constData() + text.size());
        if (pendingSystem || marked) {
            const QString systemText = QString::fromUtf8(body);
            if (auto change = whatsapp::readMembershipChange(systemText)) {
                event.kind = change->kind;
                event.author = change->actor;
                event.subjects = change->subjects;
                event.removed = change->removed;
                event.self = change->self;
                event.text = systemText;
                ++info.events;
                return sink(event);
            }
            if (pendingSystem || whatsapp::isNoticeText(systemText))
                return true; // no activity
        }
        event.author = QString::fromUtf8(whatsapp::trimMarks(author));
        event.text = QString::fromUtf8(body);
        ++info.events;
        return sink(event);
    };

    while (reader.next(line)) {
        const qint64 lineNumber = reader.lineNumber();
        if ((lineNumber & (kProgressLines - 1)) == 0 && options.progress &&
            !options.progress(reader.bytesRead())) {
            stopped = true;
            break;
        }
        if (!whatsapp::parseHeader(line, h)) {
            if (!pending) {
                if (whatsapp::trimMarks(line).trimmed().isEmpty())
                    continue; // blank lines before the first message
                return notWhatsApp(input, lineNumber);
            }
            text.append('\n');
            text.append(line);
            continue;
        }
        if (!flush()) {
            stopped = true;
            break;
        }
        const qint64 seconds = wallSeconds(h, info.dateOrder);
        if (seconds < 0) {
            return Error{tr("Line %1: the date is not valid in the order %2; choose another date "
                            "order.")
                             .arg(QString::number(lineNumber), orderText(info.dateOrder)),
                         input.fileName(), lineNumber};
        }
        event.seconds = seconds;
        event.line = lineNumber;
        const qsizetype colon = authorEnd(h.rest);
        pendingSystem = colon < 0;
        if (pendingSystem) {
            author.resize(0);
            text.resize(0); // keeps the capacity
            text.append(h.rest);
        } else {
            author.resize(0);
            author.append(h.rest.first(colon));
            text.resize(0);
            text.append(h.rest.sliced(colon + 2));
        }
        pending = true;
    }
    if (!stopped && (reader.failed() || reader.tooLong()))
        return Error{tr("The file cannot be read to its end."), input.fileName(),
                     reader.lineNumber()};
    if (!stopped && !flush())
        stopped = true;
    if (stopped)
        return Error{tr("Import cancelled; nothing was changed."), input.fileName(), 0};
    if (info.events == 0 && reader.lineNumber() == 0)
        return notWhatsApp(input, 1);
    return info;
}

} // namespace qundesk
