// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Issue 10's chat import figures: parsing alone in messages per second (goal ≥ 1.35 million/s
// for WhatsApp) and the whole import (de-duplication, member matching, aggregates) into a new
// workspace. The figures are printed, never asserted. Args: messages.
#include "DemoBenchmarkWorkspace.h"
#include "db/Database.h"
#include "import/chat/ChatInput.h"
#include "import/chat/TelegramParser.h"
#include "import/chat/WhatsAppParser.h"
#include "services/ChatImportService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace qundesk;

namespace {

// An Android WhatsApp export of `messages` messages by 500 authors, one in 50 on two lines.
QByteArray whatsAppText(int messages) {
    QByteArray text;
    text.reserve(qsizetype(messages) * 64);
    for (int i = 0; i < messages; ++i) {
        const int minute = i / 3;
        const int day = 1 + minute / 1440 % 28, month = 1 + minute / (1440 * 28) % 12;
        text += QByteArray::number(day).rightJustified(2, '0') + '/' +
                QByteArray::number(month).rightJustified(2, '0') + "/2025, " +
                QByteArray::number(minute / 60 % 24).rightJustified(2, '0') + ':' +
                QByteArray::number(minute % 60).rightJustified(2, '0') + " - Member " +
                QByteArray::number(i % 500) + ": message number " + QByteArray::number(i) +
                " about tea\n";
        if (i % 50 == 0)
            text += "a second line\n";
    }
    return text;
}

QByteArray telegramJson(int messages) {
    QByteArray text = "{\n \"name\": \"Bench\",\n \"type\": \"private_supergroup\",\n \"id\": 1,\n"
                      " \"messages\": [\n";
    for (int i = 0; i < messages; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += (i ? ",\n" : "") + QByteArray("  {\n   \"id\": ") + n +
                ",\n   \"type\": \"message\",\n   \"date\": \"2025-01-01T10:00:00\",\n"
                "   \"date_unixtime\": \"" +
                QByteArray::number(1735725600 + i * 20) + "\",\n   \"from\": \"Member " +
                QByteArray::number(i % 500) + "\",\n   \"from_id\": \"user" +
                QByteArray::number(i % 500) + "\",\n   \"text\": \"message number " + n +
                " about tea\"\n  }";
    }
    return text + "\n ]\n}\n";
}

void BM_ParseWhatsApp(benchmark::State& state) {
    const int messages = int(state.range(0));
    const ChatInput input = ChatInput::fromBytes(whatsAppText(messages), QStringLiteral("b.txt"));
    ChatParseOptions options;
    options.dateOrder = DateOrder::DMY; // parsing alone; inferring reads the text once more
    qint64 events = 0;
    for (auto _ : state) {
        auto info = WhatsAppParser::parse(input, options, [&](const ChatEvent&) {
            ++events;
            return true;
        });
        if (!info)
            state.SkipWithError(qPrintable(info.error().toString()));
    }
    state.SetItemsProcessed(events);
    state.SetBytesProcessed(state.iterations() * input.size());
}

void BM_ParseTelegram(benchmark::State& state) {
    const int messages = int(state.range(0));
    const ChatInput input = ChatInput::fromBytes(telegramJson(messages), QStringLiteral("r.json"));
    qint64 events = 0;
    for (auto _ : state) {
        auto info = TelegramParser::parse(input, {}, [&](const ChatEvent&) {
            ++events;
            return true;
        });
        if (!info)
            state.SkipWithError(qPrintable(info.error().toString()));
    }
    state.SetItemsProcessed(events);
    state.SetBytesProcessed(state.iterations() * input.size());
}

// The whole import of a WhatsApp export into a new workspace.
void BM_ImportWhatsApp(benchmark::State& state) {
    const int messages = int(state.range(0));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("WhatsApp Chat with Bench.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(whatsAppText(messages)) < 0) {
        state.SkipWithError("cannot write the export");
        return;
    }
    file.close();
    for (auto _ : state) {
        state.PauseTiming();
        auto db = Database::open(bench::freshWorkspacePath());
        if (!db) {
            state.SkipWithError(qPrintable(db.error().toString()));
            return;
        }
        state.ResumeTiming();
        auto report = ChatImportService::run(**db, path);
        if (!report || report->imported != messages)
            state.SkipWithError("the import failed");
    }
    state.SetItemsProcessed(state.iterations() * messages);
}

} // namespace

BENCHMARK(BM_ParseWhatsApp)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseTelegram)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportWhatsApp)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);
