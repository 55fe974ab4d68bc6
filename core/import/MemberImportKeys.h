// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Keys and helpers shared by the two halves of MemberImportWriter (MemberImportWriter.cpp
// writes, MemberImportLookup.cpp finds what the workspace already holds). Internal to import/.
#pragma once

#include <QString>

namespace qundesk::importkeys {

inline QString key2(const QString& a, const QString& b) {
    return a + QLatin1Char('\x1f') + b;
}

inline QString nameKey(qint64 groupId, const QString& name) {
    return key2(QString::number(groupId), name.trimmed().toLower());
}

// Whether folding `name`'s case needs more than SQLite's NOCASE, which folds ASCII only
// (Élodie, Дмитрий; Chinese has no case).
inline bool hasNonAsciiCase(const QString& name) {
    for (const QChar c : name) {
        if (c.unicode() >= 0x80 && (c.isUpper() || c.isLower()))
            return true;
    }
    return false;
}

// Keys of the workspace filter: a user id on a platform, a phone, a name without case.
inline QString uidKey(const QString& platform, const QString& uid) {
    return QStringLiteral("u") + key2(platform, uid);
}
inline QString phoneKey(const QString& phone) {
    return QStringLiteral("p") + phone;
}
inline QString nameFilterKey(const QString& name) {
    return QStringLiteral("n") + name.trimmed().toLower();
}

} // namespace qundesk::importkeys
