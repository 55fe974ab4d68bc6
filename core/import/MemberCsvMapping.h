// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace qundesk {

class Database;

// The member fields a member-list CSV can fill.
enum class MemberField {
    Name,
    Handle,
    Platform,
    Group,
    Role,
    Joined,
    Gender,
    Birthday,
    City,
    Source,
    Referrer,
    Tags,
    Notes,
    Phone
};

// Which CSV column (0-based) fills which field; a field absent from the map is not imported.
class MemberCsvMapping {
    Q_DECLARE_TR_FUNCTIONS(MemberCsvMapping)

public:
    QHash<MemberField, int> columns;

    int column(MemberField field) const { return columns.value(field, -1); }
    bool has(MemberField field) const { return columns.contains(field); }

    // Recognises header names in English and Chinese (name/姓名/昵称, handle/微信号, 群/社群,
    // 入群时间, 来源/渠道, 推荐人/邀请人, 标签, 备注, 手机…).
    static MemberCsvMapping guess(const QStringList& header);

    // Name or handle is required; the error lists the names a column may have.
    Status validate() const;

    static QList<MemberField> allFields();
    static QString fieldKey(MemberField field);   // name, handle, … (stable, for storage)
    static QString fieldLabel(MemberField field); // translated

    // Remembered per header line (table import_mappings), so the same export maps itself.
    static QString headerKey(const QStringList& header);
    static Result<std::optional<MemberCsvMapping>> load(const Database& db,
                                                        const QStringList& header);
    static Status save(const Database& db, const QStringList& header,
                       const MemberCsvMapping& mapping);
};

// Normalisers from the words operators type to stored keys; empty when not recognised.
namespace memberwords {
QString gender(const QString& text);
QString role(const QString& text); // defaults to "member" for unknown text
QString platform(const QString& text);
QString source(const QString& text);   // unknown non-empty text is kept as it is
QStringList tags(const QString& text); // split on , ; ， ； 、 |
} // namespace memberwords

} // namespace qundesk
