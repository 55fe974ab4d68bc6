// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace qundesk {

class Database;

// SOPs shared between operators as JSON files, and the built-in library.
class SopShareService {
    Q_DECLARE_TR_FUNCTIONS(SopShareService)

public:
    struct Imported {
        int imported = 0;
        int duplicates = 0; // an SOP with the same uid is already in the workspace: skipped
        int skipped = 0;
        QStringList names; // names the imported SOPs got ("NAME (2)" when the name was taken)
    };

    // Imports every SOP of a file in one transaction: a malformed file fails as a whole (the
    // error names the file, and the line of a JSON syntax error) and changes nothing. An SOP
    // whose uid is known is a duplicate; one whose name is taken by another uid comes in as
    // "NAME (2)" (or the next free number).
    static Result<Imported> importFile(const Database& db, const QString& path);
    static Result<Imported> importJson(const Database& db, const QByteArray& json,
                                       const QString& fileName, bool builtin = false);
    // Writes all SOPs, or the one named `name`, to `path`; returns how many.
    static Result<int> exportFile(const Database& db, const QString& path,
                                  const QString& name = {});

    // The built-in library in `language` (zh_CN, zh_TW or en; others take English), added like an
    // import: adding it twice adds nothing.
    static Result<Imported> addBuiltins(const Database& db, const QString& language);
    static QString builtinLanguageFor(const QString& language);
};

} // namespace qundesk
