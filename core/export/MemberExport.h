// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "store/MemberListQuery.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace qundesk {

class Database;

// Exports members (all, a filter, or a segment) as CSV or .xlsx, chosen by the extension.
// Pages of rows are read and written in turn, so memory stays flat for 100,000 members.
class MemberExport {
    Q_DECLARE_TR_FUNCTIONS(MemberExport)

public:
    static QStringList headers();
    // One member's cells, in headers() order: text as QString, counts and money as numbers.
    static QList<QVariant> cells(const MemberListRow& row);

    // Returns the number of members written.
    static Result<int> write(const Database& db, const QList<qint64>& ids, const QString& path,
                             const std::function<bool(int)>& progress = {});
    static Result<int> write(const Database& db, const MemberListFilter& filter,
                             const QString& path);

    static bool xlsxAvailable();
};

} // namespace qundesk
