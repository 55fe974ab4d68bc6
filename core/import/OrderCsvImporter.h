// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/DateParser.h"
#include "import/ImportReport.h"
#include "import/OrderCsvMapping.h"
#include "import/TextEncoding.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>
#include <optional>

namespace qundesk {

class Database;

struct OrderCsvPreview {
    QStringList header;
    QList<QStringList> rows; // the first rows after the header
    QList<qint64> lines;     // each row's line in the file
    QStringList problems;    // per row: why it is invalid as read (no workspace look-up), or empty
    TextEncoding encoding = TextEncoding::Utf8;
    OrderCsvMapping mapping; // guessed from the header
};

struct OrderImportOptions {
    std::optional<OrderCsvMapping> mapping; // none: guessed from the header
    DateOrder dateOrder = DateOrder::YMD;
    // Invalid rows (a date that is not a date, an amount that is not one, a required cell empty,
    // a buyer nobody or several members match) are skipped and reported; without it they fail
    // the file: the report comes back `rejected`, with nothing stored.
    bool skipInvalid = false;
    std::function<bool(int percent)> progress; // false cancels: nothing is changed
};

// Imports an order list (CSV, UTF-8 ± BOM or GB18030) in one transaction: all or nothing, like
// the member import (see MemberCsvImporter). Columns: order number, date, buyer by name, handle
// or phone, amount, currency, product, group (OrderCsvMapping). Re-importing the same file adds
// nothing (see OrderImportWriter for how stored orders are recognised). The buyers' stages, fan
// levels and rule tags are brought up to date in the same transaction, and the file is logged in
// the import history.
class OrderCsvImporter {
    Q_DECLARE_TR_FUNCTIONS(OrderCsvImporter)

public:
    static Result<OrderCsvPreview> preview(const Database& db, const QString& path, int rows = 20);
    static Result<ImportReport> run(const Database& db, const QString& path,
                                    const OrderImportOptions& options = {});
    // The same from an open device; `fileName` names it in errors and in the import log.
    static Result<ImportReport> run(const Database& db, QIODevice* device, const QString& fileName,
                                    const OrderImportOptions& options = {});
};

} // namespace qundesk
