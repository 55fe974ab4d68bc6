// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "TextTable.h"

#include <algorithm>

namespace qundesk::cli {

namespace {

bool isWide(char32_t c) {
    // East Asian Wide/Fullwidth blocks and the emoji planes (approximation of UAX #11).
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

QString padded(const QString& text, int width) {
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

} // namespace

int displayWidth(const QString& text) {
    int width = 0;
    const auto codePoints = text.toUcs4();
    for (const char32_t c : codePoints)
        width += isWide(c) ? 2 : 1;
    return width;
}

QString formatTable(const QStringList& header, const QList<QStringList>& rows) {
    QList<int> widths;
    for (const QString& h : header)
        widths << displayWidth(h);
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
    }
    auto line = [&widths](const QStringList& cells) {
        QString out;
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c)
            out += c + 1 < cells.size() ? padded(cells.at(c), widths[c]) + QStringLiteral("  ")
                                        : cells.at(c);
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList& row : rows)
        out += line(row);
    return out;
}

QString formatPairs(const QList<QPair<QString, QString>>& pairs) {
    int width = 0;
    for (const auto& pair : pairs)
        width = std::max(width, displayWidth(pair.first) + 1);
    QString out;
    for (const auto& pair : pairs)
        out += padded(pair.first + QLatin1Char(':'), width) + QLatin1Char(' ') + pair.second +
               QLatin1Char('\n');
    return out;
}

} // namespace qundesk::cli
