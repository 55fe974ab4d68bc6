// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/TextEncoding.h"

#include <QStringDecoder>

namespace qundesk {

namespace {

// Length of the prefix of `bytes` that ends on a complete UTF-8 sequence, so a sample cut in
// the middle of a character still validates.
qsizetype completeUtf8Prefix(QByteArrayView bytes) {
    qsizetype end = bytes.size();
    for (int back = 1; back <= 3 && back <= end; ++back) {
        const auto c = static_cast<unsigned char>(bytes.at(end - back));
        if ((c & 0xC0) == 0x80)
            continue; // continuation byte: keep looking for the lead byte
        const int need = (c & 0xE0) == 0xC0   ? 2
                         : (c & 0xF0) == 0xE0 ? 3
                         : (c & 0xF8) == 0xF0 ? 4
                                              : 1;
        return need > back ? end - back : end;
    }
    return end;
}

// A GB18030 sample may end in the first byte of a two- or four-byte character.
qsizetype completeGbPrefix(QByteArrayView bytes) {
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (i + 1 >= n)
            return i;
        const auto c2 = static_cast<unsigned char>(bytes.at(i + 1));
        const qsizetype len = (c2 >= 0x30 && c2 <= 0x39) ? 4 : 2;
        if (i + len > n)
            return i;
        i += len;
    }
    return n;
}

bool decodesCleanly(const char* name, const QByteArray& bytes) {
    QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.contains(QChar::ReplacementCharacter);
}

// 1-based line of the first byte that makes `bytes` invalid UTF-8.
qint64 firstBadUtf8Line(const QByteArray& bytes) {
    qint64 line = 1;
    for (const QByteArray& chunk : bytes.split('\n')) {
        if (!decodesCleanly("UTF-8", chunk))
            return line;
        ++line;
    }
    return 1;
}

} // namespace

Result<DetectedEncoding> TextEncodingDetector::detect(const QByteArray& head,
                                                      const QString& fileName) {
    if (head.startsWith("\xEF\xBB\xBF"))
        return DetectedEncoding{TextEncoding::Utf8, 3};
    if (head.startsWith("\xFF\xFE"))
        return DetectedEncoding{TextEncoding::Utf16LE, 2};
    if (head.startsWith("\xFE\xFF"))
        return DetectedEncoding{TextEncoding::Utf16BE, 2};
    if (head.contains('\0'))
        return Error{tr("This file is binary, not a text or CSV file."), fileName, 0};
    if (decodesCleanly("UTF-8", head.left(completeUtf8Prefix(head))))
        return DetectedEncoding{TextEncoding::Utf8, 0};
    if (decodesCleanly("GB18030", head.left(completeGbPrefix(head))))
        return DetectedEncoding{TextEncoding::Gb18030, 0};
    return Error{tr("The text encoding is not recognised (expected UTF-8 or GB18030). Save the "
                    "file as “CSV UTF-8” and try again."),
                 fileName, firstBadUtf8Line(head)};
}

qsizetype TextEncodingDetector::wholeCharacters(TextEncoding encoding, QByteArrayView bytes) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return completeUtf8Prefix(bytes);
    case TextEncoding::Gb18030:
        return completeGbPrefix(bytes);
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        qsizetype end = bytes.size() - bytes.size() % 2;
        if (end >= 2) {
            // A high surrogate waits for its low half.
            const auto hi = static_cast<unsigned char>(
                bytes.at(encoding == TextEncoding::Utf16LE ? end - 1 : end - 2));
            if (hi >= 0xD8 && hi <= 0xDB)
                end -= 2;
        }
        return end;
    }
    }
    return bytes.size();
}

const char* TextEncodingDetector::decoderName(TextEncoding encoding) {
    switch (encoding) {
    case TextEncoding::Utf8:
        return "UTF-8";
    case TextEncoding::Utf16LE:
        return "UTF-16LE";
    case TextEncoding::Utf16BE:
        return "UTF-16BE";
    case TextEncoding::Gb18030:
        return "GB18030";
    }
    return "UTF-8";
}

} // namespace qundesk
