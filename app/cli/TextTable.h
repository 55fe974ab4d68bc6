// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

namespace qundesk::cli {

// Columns in a terminal: CJK and other wide characters take two cells.
int displayWidth(const QString& text);

// A left-aligned table with a header row, columns two spaces apart, one line per row.
QString formatTable(const QStringList& header, const QList<QStringList>& rows);

// "key: value" lines with the values aligned.
QString formatPairs(const QList<QPair<QString, QString>>& pairs);

} // namespace qundesk::cli
