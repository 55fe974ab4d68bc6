// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/CalendarImportService.h"

#include "calendar/IcsReader.h"
#include "db/Database.h"
#include "services/ServiceTransaction.h"
#include "store/ContentStore.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"
#include "util/LogCategories.h"
#include "util/TargetPath.h"

#include <QFile>
#include <QJsonArray>

namespace qundesk {

namespace {
// Larger than any calendar an operator keeps; refuses to read a wrong file into memory.
constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;
} // namespace

QJsonObject CalendarImportReport::toJson() const {
    QJsonArray list;
    for (const ImportReport::RowError& e : errors)
        list.append(
            QJsonObject{{QStringLiteral("line"), e.line}, {QStringLiteral("reason"), e.reason}});
    return {{QStringLiteral("imported"), imported},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("errors"), list}};
}

Result<CalendarImportReport> CalendarImportService::importFile(const Database& db,
                                                               const QString& path,
                                                               const QString& groupName) {
    if (Status readable = TargetPath::forReading(path); !readable)
        return readable.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open the file: %1").arg(file.errorString()), path, 0};
    if (file.size() > kMaxBytes)
        return Error{tr("The file is larger than 64 MB; it is not a calendar QunDesk can read."),
                     path, 0};
    const QByteArray text = file.readAll();

    GroupStore groups(db);
    qint64 fixedGroup = 0;
    if (!groupName.trimmed().isEmpty()) {
        auto found = groups.findByName(groupName.trimmed());
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{tr("There is no group “%1”; “group list” shows the groups.")
                             .arg(groupName.trimmed()),
                         {},
                         0};
        fixedGroup = found->value().id;
    }
    auto read = calendar::IcsReader::read(text, SettingsStore(db).timeZone());
    if (!read) {
        Error e = read.error();
        e.file = path;
        return e;
    }
    return services::inTransaction(db, [&]() -> Result<CalendarImportReport> {
        CalendarImportReport report;
        report.skipped = read->problems.skipped;
        report.errors = read->problems.errors;
        ContentStore store(db);
        for (const calendar::IcsEvent& ev : read->events) {
            auto existing = store.findByUid(ev.item.uid);
            if (!existing)
                return existing.error();
            if (existing->has_value()) {
                ++report.duplicates;
                continue;
            }
            ContentItem item = ev.item;
            item.groupId = fixedGroup;
            if (fixedGroup == 0 && !ev.groupName.isEmpty()) {
                auto named = groups.findByName(ev.groupName);
                if (!named)
                    return named.error();
                if (named->has_value())
                    item.groupId = named->value().id;
            }
            auto id = store.create(item);
            if (!id) {
                ++report.skipped;
                report.errors.append({ev.line, id.error().message});
                continue;
            }
            for (ContentException x : ev.exceptions) {
                x.itemId = id.value();
                if (Status put = store.putException(x); !put)
                    report.errors.append({ev.line, put.error().message});
            }
            ++report.imported;
        }
        qCInfo(lcImport).noquote()
            << "calendar import:" << report.imported << "imported," << report.duplicates
            << "duplicates," << report.skipped << "skipped";
        return report;
    });
}

} // namespace qundesk
