// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>
#include <QVariant>

namespace qundesk {

// Writes CSV that Excel and WPS open correctly: UTF-8 with a byte-order mark, CRLF line ends,
// RFC 4180 quoting, and text cells that would start a formula (= + - @, tab, CR) prefixed with
// an apostrophe so a spreadsheet shows them instead of running them. The file is written
// atomically (QSaveFile): a failure leaves any previous file in place.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(const QString& path);
    Status open();
    // Text cells are neutralised; numeric QVariants are written as numbers, so -5 stays -5.
    void writeRow(const QStringList& cells);
    void writeRow(const QList<QVariant>& cells);
    Status commit();

    static QString escape(const QString& cell);
    static QString neutralise(const QString& cell);

private:
    QSaveFile m_file;
    QString m_path;
};

} // namespace qundesk
