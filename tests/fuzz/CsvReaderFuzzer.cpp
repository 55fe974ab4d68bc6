// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// CsvReader over any bytes: it ends with records or an error, never a crash; line numbers only
// grow; and reading the same bytes in small pieces gives the very same records.
#include "ChunkedDevice.h"
#include "FuzzSupport.h"
#include "import/CsvReader.h"

#include <QBuffer>

using namespace qundesk;

namespace {

struct Outcome {
    QList<CsvRecord> records;
    bool failed = false;
    qint64 errorLine = 0;
};

Outcome readAll(QIODevice* device) {
    Outcome outcome;
    CsvReader reader(device, QStringLiteral("fuzz.csv"));
    reader.setMaxRecordLength(4096);
    if (!reader.open()) {
        outcome.failed = true;
        return outcome;
    }
    qint64 lastLine = 0;
    for (;;) {
        auto record = reader.next();
        if (!record) {
            outcome.failed = true;
            outcome.errorLine = record.error().line;
            fuzz::require(outcome.errorLine >= lastLine, "an error's line is before the last record");
            break;
        }
        if (!record->has_value())
            break;
        const CsvRecord& r = **record;
        fuzz::require(!r.fields.isEmpty(), "a record without fields");
        fuzz::require(r.line > lastLine, "record lines do not grow");
        fuzz::require(reader.bytesRead() <= device->size(), "read more bytes than there are");
        lastLine = r.line;
        outcome.records << r;
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer whole;
    whole.setData(bytes);
    whole.open(QIODevice::ReadOnly);
    const Outcome a = readAll(&whole);

    fuzz::ChunkedDevice pieces(bytes, 7);
    const Outcome b = readAll(&pieces);
    fuzz::require(a.failed == b.failed, "reading in pieces fails differently");
    fuzz::require(a.errorLine == b.errorLine, "reading in pieces fails on another line");
    fuzz::require(a.records.size() == b.records.size(), "reading in pieces gives other records");
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        fuzz::require(a.records.at(i).fields == b.records.at(i).fields,
                      "reading in pieces gives other fields");
        fuzz::require(a.records.at(i).line == b.records.at(i).line,
                      "reading in pieces gives other lines");
    }
    return 0;
}
