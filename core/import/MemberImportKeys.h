// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Keys and helpers shared by the two halves of MemberImportWriter (MemberImportWriter.cpp
// writes, MemberImportLookup.cpp finds what the workspace already holds). Internal to import/.
#pragma once

#include <QString>

#include <utility>

namespace qundesk::importkeys {

using GroupName = std::pair<qint64, QString>; // group, name without case (filterName)

// Whether folding `name`'s case needs more than SQLite's NOCASE, which folds ASCII only
// (Élodie, Дмитрий; Chinese has no case).
inline bool hasNonAsciiCase(const QString& name) {
    for (const QChar c : name) {
        if (c.unicode() >= 0x80 && (c.isUpper() || c.isLower()))
            return true;
    }
    return false;
}

// A name as the workspace filter holds it: without case and surrounding spaces.
inline QString filterName(const QString& name) {
    return name.trimmed().toLower();
}

inline GroupName nameKey(qint64 groupId, const QString& name) {
    return {groupId, filterName(name)};
}

} // namespace qundesk::importkeys
