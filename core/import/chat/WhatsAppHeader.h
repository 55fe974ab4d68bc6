// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QByteArrayView>

namespace qundesk::whatsapp {

// The date-time header that starts each message of a WhatsApp export, read by hand from the
// line's bytes (no regular expression: this runs once per line of files with millions of them).
// Grammar (FORMATS.md): marks and BOMs anywhere, optional '[', three 1–4 digit date parts
// separated by '/', '.' or '-', optional ',' and a locale word ("klo", "à"), H:MM or H:MM:SS
// (':' or '.'), optional AM/PM ("PM", "p. m.", after a space, NBSP or U+202F; Chinese 上午 /
// 下午 before or after the time), optional ']',
// then " - " (Android) or ' ' (iOS).
struct Header {
    int part[3] = {0, 0, 0};   // the date parts in file order
    int digits[3] = {0, 0, 0}; // how many digits each had
    int hour = 0, minute = 0, second = 0;
    QByteArrayView rest; // what follows the header: "Author: text" or a system line
};

// True when `line` starts with a header; fills `header`.
bool parseHeader(QByteArrayView line, Header& header);

// Length of the direction mark, BOM or other invisible format character at `p` (UTF-8), or 0.
int markLength(const char* p, const char* end);

// `text` without marks at its start and end.
QByteArrayView trimMarks(QByteArrayView text);

} // namespace qundesk::whatsapp
