// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Parsing alone for the CSV and Discord chat formats, in messages per second: a WeChat
// (MemoTrace) CSV, a generic CSV and a DiscordChatExporter JSON export. The figures are
// printed, never asserted. Args: messages.
#include "import/chat/ChatInput.h"
#include "import/chat/ChatParse.h"

#include <benchmark/benchmark.h>

using namespace qundesk;

namespace {

// A MemoTrace export: 500 speakers, one message in 50 quoted over two lines.
QByteArray memoTraceCsv(int messages) {
    QByteArray text = "\xEF\xBB\xBFlocalId,TalkerId,Type,SubType,IsSender,CreateTime,Status,"
                      "StrContent,StrTime,Remark,NickName,Sender\n";
    text.reserve(qsizetype(messages) * 110);
    for (int i = 0; i < messages; ++i) {
        const QByteArray n = QByteArray::number(i), who = QByteArray::number(i % 500);
        const QByteArray body = i % 50 == 0 ? "\"第" + n + "条消息\n第二行\"" : "第" + n + "条消息";
        text += n + ",123@chatroom,1,0,0," + QByteArray::number(1735725600 + i * 20) + ",2," +
                body + ",2025-01-01 18:00:00,,成员" + who + ",wxid_" + who + '\n';
    }
    return text;
}

QByteArray genericCsv(int messages) {
    QByteArray text = "时间,发送者,内容\n";
    text.reserve(qsizetype(messages) * 48);
    for (int i = 0; i < messages; ++i)
        text += "2025-01-01 10:" + QByteArray::number(i / 60 % 60).rightJustified(2, '0') + ':' +
                QByteArray::number(i % 60).rightJustified(2, '0') + ",成员" +
                QByteArray::number(i % 500) + ",message " + QByteArray::number(i) + '\n';
    return text;
}

QByteArray discordJson(int messages) {
    QByteArray text = "{\n  \"guild\": {\"id\": \"1\", \"name\": \"Bench\"},\n  \"channel\": "
                      "{\"id\": \"2\", \"name\": \"general\"},\n  \"messages\": [\n";
    for (int i = 0; i < messages; ++i) {
        const QByteArray who = QByteArray::number(i % 500);
        text += (i ? ",\n" : "") + QByteArray("    {\"id\": \"") + QByteArray::number(9000000 + i) +
                "\", \"type\": \"Default\", \"timestamp\": \"2025-01-01T10:00:00.000+00:00\", "
                "\"content\": \"message " +
                QByteArray::number(i) + "\", \"author\": {\"id\": \"" + who +
                "\", \"name\": \"member" + who + "\", \"isBot\": false}, \"attachments\": []}";
    }
    return text + "\n  ],\n  \"messageCount\": " + QByteArray::number(messages) + "\n}\n";
}

void parse(benchmark::State& state, ChatFormat format, const QByteArray& bytes) {
    const ChatInput input = ChatInput::fromBytes(bytes, QStringLiteral("bench"));
    qint64 events = 0;
    for (auto _ : state) {
        auto info = parseChat(format, input, {}, [&](const ChatEvent&) {
            ++events;
            return true;
        });
        if (!info)
            state.SkipWithError(qPrintable(info.error().toString()));
    }
    state.SetItemsProcessed(events);
    state.SetBytesProcessed(state.iterations() * input.size());
}

void BM_ParseWeChatCsv(benchmark::State& state) {
    parse(state, ChatFormat::WeChatCsv, memoTraceCsv(int(state.range(0))));
}

void BM_ParseGenericCsv(benchmark::State& state) {
    parse(state, ChatFormat::Csv, genericCsv(int(state.range(0))));
}

void BM_ParseDiscordJson(benchmark::State& state) {
    parse(state, ChatFormat::DiscordJson, discordJson(int(state.range(0))));
}

} // namespace

BENCHMARK(BM_ParseWeChatCsv)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseGenericCsv)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseDiscordJson)->Arg(100000)->Unit(benchmark::kMillisecond);
