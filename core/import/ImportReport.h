// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qundesk {

// What an import did, with the keys of the CLI contract. A row problem is reported with its
// line and does not stop the import; a file problem fails the whole import instead.
struct ImportReport {
    struct RowError {
        qint64 line = 0;
        QString reason;
    };

    QString group; // the import's group, when it has one (--group)
    int imported = 0;
    int duplicates = 0;
    int skipped = 0;
    int joins = 0;
    int leaves = 0; // chat imports: members seen leaving; always 0 for a member list
    int membersCreated = 0;
    int groupsCreated = 0;
    int tagsCreated = 0;
    QList<RowError> errors;

    void skip(qint64 line, const QString& reason) {
        ++skipped;
        errors.append({line, reason});
    }

    QJsonObject toJson() const {
        QJsonArray list;
        for (const RowError& e : errors)
            list.append(QJsonObject{{QStringLiteral("line"), e.line},
                                    {QStringLiteral("reason"), e.reason}});
        QJsonObject o{{QStringLiteral("imported"), imported},
                      {QStringLiteral("duplicates"), duplicates},
                      {QStringLiteral("skipped"), skipped},
                      {QStringLiteral("joins"), joins},
                      {QStringLiteral("leaves"), leaves},
                      {QStringLiteral("members_created"), membersCreated},
                      {QStringLiteral("groups_created"), groupsCreated},
                      {QStringLiteral("tags_created"), tagsCreated},
                      {QStringLiteral("errors"), list}};
        if (!group.isEmpty())
            o.insert(QStringLiteral("group"), group);
        return o;
    }
};

} // namespace qundesk
