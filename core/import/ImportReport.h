// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace qundesk {

// What an import did, with the keys of the CLI contract.
// An invalid row (no name, a date that is not a date…) fails the whole file — `rejected` is
// set and nothing was stored — unless the caller asked to skip invalid rows. A warning (an
// unknown referrer) never fails a file. Only the first kMaxErrors problems are kept with their
// line; every problem is counted by its kind, so a file of a million bad rows stays small.
struct ImportReport {
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    static constexpr int kMaxErrors = 1000;

    struct RowError {
        qint64 line = 0;
        QString reason;
    };

    QString group; // the import's group, when it has one (--group)
    int imported = 0;
    int duplicates = 0;
    int skipped = 0; // invalid rows
    int joins = 0;
    int leaves = 0; // chat imports: members seen leaving; always 0 for a member list
    int membersCreated = 0;
    int groupsCreated = 0;
    int tagsCreated = 0;
    bool rejected = false;            // invalid rows failed the file: nothing was stored
    QList<RowError> errors;           // the first kMaxErrors invalid rows and warnings
    int problems = 0;                 // every invalid row and warning, kept or not
    QMap<QString, int> problemCounts; // per kind ("invalid_date", "unknown_referrer"…)

    // An invalid row: skipped with --skip-invalid, else it fails the file. `invalid` false: an
    // entry skipped on purpose (a chat's bot or service message), which never fails a file.
    void skip(qint64 line, const QString& reason, const QString& kind = QStringLiteral("invalid"),
              bool invalid = true) {
        ++skipped;
        note(line, reason, kind, invalid);
    }
    // A warning: the row is stored all the same.
    void warn(qint64 line, const QString& reason, const QString& kind = QStringLiteral("warning")) {
        note(line, reason, kind, false);
    }

    // The first invalid row, for the one-line message of a rejected file (empty: none).
    const RowError* firstInvalid() const {
        return firstInvalidAt >= 0 && firstInvalidAt < errors.size() ? &errors.at(firstInvalidAt)
                                                                     : nullptr;
    }

    // "2 invalid rows (first: line 3, The join date “2024-02-30” is not a date.); nothing
    // imported"
    QString rejectionText() const {
        const RowError* first = firstInvalid();
        const QString what =
            first ? tr("first: line %1, %2").arg(first->line).arg(first->reason) : QString();
        return tr("%n invalid rows (%1); nothing imported", "", skipped).arg(what);
    }

    QJsonObject toJson() const {
        QJsonArray list;
        for (const RowError& e : errors)
            list.append(QJsonObject{{QStringLiteral("line"), e.line},
                                    {QStringLiteral("reason"), e.reason}});
        QJsonObject counts;
        for (auto it = problemCounts.cbegin(); it != problemCounts.cend(); ++it)
            counts.insert(it.key(), it.value());
        QJsonObject o{{QStringLiteral("imported"), imported},
                      {QStringLiteral("duplicates"), duplicates},
                      {QStringLiteral("skipped"), skipped},
                      {QStringLiteral("joins"), joins},
                      {QStringLiteral("leaves"), leaves},
                      {QStringLiteral("members_created"), membersCreated},
                      {QStringLiteral("groups_created"), groupsCreated},
                      {QStringLiteral("tags_created"), tagsCreated},
                      {QStringLiteral("errors"), list},
                      {QStringLiteral("errors_total"), problems},
                      {QStringLiteral("error_counts"), counts}};
        if (rejected)
            o.insert(QStringLiteral("rejected"), true);
        if (!group.isEmpty())
            o.insert(QStringLiteral("group"), group);
        return o;
    }

private:
    qsizetype firstInvalidAt = -1;

    void note(qint64 line, const QString& reason, const QString& kind, bool invalid) {
        ++problems;
        ++problemCounts[kind];
        if (errors.size() >= kMaxErrors)
            return;
        if (invalid && firstInvalidAt < 0)
            firstInvalidAt = errors.size();
        errors.append({line, reason});
    }
};

} // namespace qundesk
