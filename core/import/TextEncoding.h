// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace qundesk {

// Text encodings of the files operators bring: UTF-8 with or without a byte-order mark (most
// exporters), UTF-16 with a mark (Excel "Unicode text"), GB18030 (Chinese Excel and WPS "CSV").
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Gb18030 };

struct DetectedEncoding {
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; // bytes of byte-order mark to skip at the start
};

class TextEncodingDetector {
    Q_DECLARE_TR_FUNCTIONS(TextEncodingDetector)

public:
    // Decides from the first bytes of a file (a prefix is enough; 64 KiB is plenty). A multi-
    // byte character cut at the end of the prefix is not an error. Fails, naming the first line
    // that is valid in no supported encoding, when the bytes are not text we can read.
    static Result<DetectedEncoding> detect(const QByteArray& head, const QString& fileName);

    // How many bytes from the start of `bytes` (which starts on a character) make whole
    // characters in `encoding`: the rest is the start of a character the next bytes complete.
    // Decoding stops there, so no character is cut between two reads of a file.
    static qsizetype wholeCharacters(TextEncoding encoding, QByteArrayView bytes);

    // The QStringDecoder name of an encoding ("UTF-8", "GB18030"…).
    static const char* decoderName(TextEncoding encoding);
};

} // namespace qundesk
