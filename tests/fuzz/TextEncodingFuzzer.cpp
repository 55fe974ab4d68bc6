// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Encoding detection over any bytes: a verdict or an error, never a crash; a mark is never
// longer than the bytes; and a file whose head is readable stays readable when that head is cut
// a few bytes shorter (the reader looks at a 64 KiB prefix, which may end inside a character).
#include "FuzzSupport.h"
#include "import/TextEncoding.h"

#include <QStringDecoder>

using namespace qundesk;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.csv");
    auto detected = TextEncodingDetector::detect(bytes, name);
    if (!detected) {
        fuzz::require(detected.error().line >= 0, "an error on a negative line");
        return 0;
    }
    fuzz::require(detected->bomLength >= 0 && detected->bomLength <= bytes.size(),
                  "a byte-order mark longer than the bytes");
    QStringDecoder decoder(TextEncodingDetector::decoderName(detected->encoding));
    fuzz::require(decoder.isValid(), "no decoder for the detected encoding");
    (void)QString(decoder.decode(bytes.mid(detected->bomLength)));

    for (qsizetype cut = 1; cut <= 3 && cut < bytes.size(); ++cut) {
        auto shorter = TextEncodingDetector::detect(bytes.left(bytes.size() - cut), name);
        fuzz::require(bool(shorter), "a readable head is refused when cut shorter");
    }
    return 0;
}
