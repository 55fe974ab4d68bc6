// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace qundesk {

// One-sheet .xlsx writer over libxlsxwriter: a bold, frozen header row, then rows of text and
// numbers (text is stored as text, never as a formula). The workbook is built in a private
// temporary folder and put in place by close() through QSaveFile, as CSV is: a failure leaves
// no half file and the previous file as it was, and is one error (the library's own messages
// on stderr are silenced).
class XlsxTable {
    Q_DECLARE_TR_FUNCTIONS(XlsxTable)

public:
    explicit XlsxTable(QString path);
    ~XlsxTable();

    static bool available(); // false when QunDesk was built without libxlsxwriter

    Status open(const QString& sheetName, const QStringList& headers);
    void writeRow(const QList<QVariant>& cells);
    Status close();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace qundesk
