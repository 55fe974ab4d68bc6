// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/DateParser.h"
#include "import/ImportReport.h"
#include "import/MemberCsvMapping.h"
#include "import/TextEncoding.h"

#include <QIODevice>

#include <functional>
#include <optional>

namespace qundesk {

struct MemberCsvPreview {
    QStringList header;
    QList<QStringList> rows; // the first rows after the header
    TextEncoding encoding = TextEncoding::Utf8;
    MemberCsvMapping mapping; // remembered for this header, else guessed
    bool remembered = false;
};

struct MemberImportOptions {
    std::optional<MemberCsvMapping> mapping; // none: remembered for the header, else guessed
    DateOrder dateOrder = DateOrder::YMD;
    QString defaultGroup; // for rows without a group column or value
    QString defaultPlatform = QStringLiteral("wechat");
    // Invalid rows (no name, a date that is not a date) are skipped and reported; without it
    // they fail the file: the report comes back `rejected`, with nothing stored.
    bool skipInvalid = false;
    std::function<bool(int percent)> progress; // false cancels: nothing is changed
};

// Imports a member list (CSV, UTF-8 ± BOM or GB18030) in one transaction: all or nothing.
// A row without a name, with a date that is not a date, … is invalid: the whole file is refused
// (a `rejected` report naming the invalid rows) unless options.skipInvalid skips such rows; a
// file that cannot be read as CSV, or has no name column, fails whole. Re-importing the
// same file adds nothing: rows are matched to members by handle, phone, or name in the group.
class MemberCsvImporter {
    Q_DECLARE_TR_FUNCTIONS(MemberCsvImporter)

public:
    static Result<MemberCsvPreview> preview(const Database& db, const QString& path, int rows = 20);
    static Result<ImportReport> run(const Database& db, const QString& path,
                                    const MemberImportOptions& options = {});
    // The same from an open device (a file, or bytes in memory); `fileName` names it in errors
    // and in the import log.
    static Result<ImportReport> run(const Database& db, QIODevice* device,
                                    const QString& fileName,
                                    const MemberImportOptions& options = {});
};

} // namespace qundesk
