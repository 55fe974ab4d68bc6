// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/WhatsAppHeader.h"

#include <cstring>

namespace qundesk::whatsapp {

namespace {

using uchar = unsigned char;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Spaces that may stand between the parts: ' ', NBSP (C2 A0), narrow NBSP (E2 80 AF).
int spaceLength(const char* p, const char* end) {
    if (p >= end)
        return 0;
    if (*p == ' ')
        return 1;
    if (end - p >= 2 && uchar(p[0]) == 0xC2 && uchar(p[1]) == 0xA0)
        return 2;
    if (end - p >= 3 && uchar(p[0]) == 0xE2 && uchar(p[1]) == 0x80 && uchar(p[2]) == 0xAF)
        return 3;
    return 0;
}

const char* skipMarks(const char* p, const char* end) {
    while (int n = markLength(p, end))
        p += n;
    return p;
}

const char* skipSpacesAndMarks(const char* p, const char* end) {
    for (;;) {
        if (int n = markLength(p, end))
            p += n;
        else if (int m = spaceLength(p, end))
            p += m;
        else
            return p;
    }
}

// 1 to `maxDigits` digits; false when there are none or more.
bool number(const char*& p, const char* end, int maxDigits, int& value, int& count) {
    value = 0;
    count = 0;
    while (p < end && isDigit(*p)) {
        if (++count > maxDigits)
            return false;
        value = value * 10 + (*p - '0');
        ++p;
    }
    return count > 0;
}

// AM/PM forms: "AM", "am", "a.m.", "a. m.", "PM", … Returns 1 for AM, 2 for PM, 0 for none.
int meridiem(const char*& p, const char* end) {
    const char* q = p;
    if (q >= end)
        return 0;
    const char c = char(*q | 0x20);
    if (c != 'a' && c != 'p')
        return 0;
    ++q;
    if (q < end && *q == '.')
        ++q;
    if (int n = spaceLength(q, end))
        q += n;
    if (q >= end || char(*q | 0x20) != 'm')
        return 0;
    ++q;
    if (q < end && *q == '.')
        ++q;
    p = q;
    return c == 'a' ? 1 : 2;
}

// Chinese day-part words (zh_CN and zh_TW exports write them before the time: "下午9:05"):
// 上午 / 凌晨 / 早上 before noon, 下午 / 中午 / 晚上 after. Returns 1 for AM, 2 for PM, 0 for none.
int chineseMeridiem(const char*& p, const char* end) {
    static constexpr struct {
        const char* bytes;
        int meridiem;
    } kWords[] = {{"\xE4\xB8\x8A\xE5\x8D\x88", 1}, {"\xE5\x87\x8C\xE6\x99\xA8", 1},
                  {"\xE6\x97\xA9\xE4\xB8\x8A", 1}, {"\xE4\xB8\x8B\xE5\x8D\x88", 2},
                  {"\xE4\xB8\xAD\xE5\x8D\x88", 2}, {"\xE6\x99\x9A\xE4\xB8\x8A", 2}};
    if (end - p < 6 || uchar(*p) < 0xE4)
        return 0;
    for (const auto& w : kWords) {
        if (std::memcmp(p, w.bytes, 6) == 0) {
            p += 6;
            return w.meridiem;
        }
    }
    return 0;
}

} // namespace

int markLength(const char* p, const char* end) {
    if (end - p < 3)
        return 0;
    const uchar a = uchar(p[0]), b = uchar(p[1]), c = uchar(p[2]);
    if (a == 0xEF && b == 0xBB && c == 0xBF) // BOM / zero-width no-break space
        return 3;
    if (a != 0xE2)
        return 0;
    // U+200B..U+200F (zero width, LRM, RLM), U+202A..U+202E (embeddings), U+2060 (word joiner),
    // U+2066..U+2069 (isolates)
    if (b == 0x80 && ((c >= 0x8B && c <= 0x8F) || (c >= 0xAA && c <= 0xAE)))
        return 3;
    if (b == 0x81 && (c == 0xA0 || (c >= 0xA6 && c <= 0xA9)))
        return 3;
    return 0;
}

QByteArrayView trimMarks(QByteArrayView text) {
    const char* p = text.data();
    const char* end = p + text.size();
    p = skipMarks(p, end);
    for (;;) {
        if (end - p >= 3 && markLength(end - 3, end) == 3)
            end -= 3;
        else
            break;
    }
    return QByteArrayView(p, end - p);
}

bool parseHeader(QByteArrayView line, Header& h) {
    const char* p = line.data();
    const char* end = p + line.size();
    p = skipMarks(p, end);
    bool bracket = false;
    if (p < end && *p == '[') {
        bracket = true;
        p = skipMarks(p + 1, end);
    }
    // The date: three parts, one kind of separator.
    char separator = 0;
    for (int i = 0; i < 3; ++i) {
        if (!number(p, end, 4, h.part[i], h.digits[i]))
            return false;
        if (i < 2) {
            if (p >= end || (*p != '/' && *p != '.' && *p != '-'))
                return false;
            if (separator && *p != separator)
                return false;
            separator = *p++;
        }
    }
    // Some locales end the date with a dot too ("12.05.20. 14:30").
    if (p < end && *p == separator && separator == '.')
        ++p;
    p = skipMarks(p, end);
    if (p < end && *p == ',')
        ++p;
    p = skipSpacesAndMarks(p, end);
    // A Chinese day part before the time ("下午9:05"), or a locale word before the time ("klo",
    // "à", "um"): letters, then a space.
    int ampm = chineseMeridiem(p, end);
    if (ampm) {
        p = skipSpacesAndMarks(p, end);
    } else if (p < end && !isDigit(*p)) {
        const char* word = p;
        while (p < end && p - word <= 4 && !isDigit(*p) && *p != ' ')
            ++p;
        if (p == word || p - word > 4 || spaceLength(p, end) == 0)
            return false;
        p = skipSpacesAndMarks(p, end);
    }
    int digits = 0;
    if (!number(p, end, 2, h.hour, digits))
        return false;
    if (p >= end || (*p != ':' && *p != '.'))
        return false;
    ++p;
    if (!number(p, end, 2, h.minute, digits) || digits != 2)
        return false;
    h.second = 0;
    if (p + 2 < end && (*p == ':' || *p == '.') && isDigit(p[1])) {
        ++p;
        if (!number(p, end, 2, h.second, digits) || digits != 2)
            return false;
    }
    if (ampm == 0) {
        const char* afterTime = p;
        p = skipSpacesAndMarks(p, end);
        ampm = meridiem(p, end);
        if (ampm == 0)
            ampm = chineseMeridiem(p, end);
        if (ampm == 0)
            p = afterTime;
    }
    p = skipMarks(p, end);
    if (bracket) {
        if (p >= end || *p != ']')
            return false;
        p = skipMarks(p + 1, end);
    }
    // The separator to the message: " - " (Android) or ' ' (iOS, after a bracket).
    if (end - p >= 3 && p[0] == ' ' && p[1] == '-' && p[2] == ' ') {
        p += 3;
    } else if (bracket && p < end && *p == ' ') {
        ++p;
    } else if (bracket && p == end) {
        // a bracketed header alone on its line
    } else {
        return false;
    }
    if (ampm) {
        if (h.hour > 12) // 0 occurs too ("00:08 a. m.")
            return false;
        h.hour = h.hour % 12 + (ampm == 2 ? 12 : 0);
    }
    if (h.hour > 23 || h.minute > 59 || h.second > 60)
        return false;
    h.rest = QByteArrayView(p, end - p);
    return true;
}

} // namespace qundesk::whatsapp
