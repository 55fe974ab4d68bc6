// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/OrderCsvImporter.h"

#include "db/DamageCheck.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "db/WorkspaceCondition.h"
#include "import/CsvReader.h"
#include "import/OrderImportWriter.h"
#include "rules/MemberStatusUpdater.h"
#include "rules/TagRuleEngine.h"
#include "store/ActivityStore.h"
#include "store/SettingsStore.h"
#include "util/LogCategories.h"
#include "util/StreamDigest.h"
#include "util/Time.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace qundesk {

namespace {

Result<QStringList> readHeader(CsvReader& reader, const QString& fileName) {
    if (auto s = reader.open(); !s)
        return s.error();
    auto header = reader.next();
    if (!header)
        return header.error();
    if (!header->has_value())
        return Error{OrderCsvImporter::tr("The file is empty."), fileName, 0};
    return header->value().fields;
}

} // namespace

Result<OrderCsvPreview> OrderCsvImporter::preview(const Database& db, const QString& path,
                                                  int rows) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open the file: %1").arg(file.errorString()), path, 0};
    const QString fileName = QFileInfo(path).fileName();
    CsvReader reader(&file, fileName);
    auto header = readHeader(reader, fileName);
    if (!header)
        return header.error();
    OrderCsvPreview preview;
    preview.header = *header;
    preview.encoding = reader.encoding();
    preview.mapping = OrderCsvMapping::guess(preview.header);
    const SettingsStore settings(db);
    const OrderRowParser parser(preview.mapping, DateOrder::YMD, settings.timeZone(),
                                settings.currency());
    const bool mapped = bool(preview.mapping.validate());
    while (preview.rows.size() < rows) {
        auto record = reader.next();
        if (!record)
            return record.error();
        if (!record->has_value())
            break;
        const auto parsed = parser.parse(**record);
        const auto* problem = std::get_if<OrderRowProblem>(&parsed);
        preview.rows << (*record)->fields;
        preview.lines << (*record)->line;
        preview.problems << (mapped && problem ? problem->reason : QString());
    }
    return preview;
}

Result<ImportReport> OrderCsvImporter::run(const Database& db, const QString& path,
                                           const OrderImportOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open the file: %1").arg(file.errorString()), path, 0};
    return run(db, &file, QFileInfo(path).fileName(), options);
}

Result<ImportReport> OrderCsvImporter::run(const Database& db, QIODevice* device,
                                           const QString& fileName,
                                           const OrderImportOptions& options) {
    const qint64 size = qMax<qint64>(1, device->size());
    CsvReader reader(device, fileName);
    StreamDigest sha;
    reader.setDigest(&sha);
    auto header = readHeader(reader, fileName);
    if (!header)
        return header.error();
    const OrderCsvMapping mapping = options.mapping.value_or(OrderCsvMapping::guess(*header));
    if (auto s = mapping.validate(); !s)
        return workspacecondition::at(s.error(), fileName, 1);

    const SettingsStore settings(db);
    const QTimeZone zone = settings.timeZone();
    const QDate today = time::today(zone);
    const OrderRowParser parser(mapping, options.dateOrder, zone, settings.currency());
    ImportReport report;

    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginError();
    // Nothing goes into a damaged workspace, even where the orders would miss the damage.
    if (Status intact = DamageCheck::ensureIntact(
            db, {QStringLiteral("orders"), QStringLiteral("members"),
                 QStringLiteral("member_identities"), QStringLiteral("member_status"),
                 QStringLiteral("member_tags"), QStringLiteral("chat_groups"),
                 QStringLiteral("imports")});
        !intact)
        return intact.error();
    // The orders point at their import record: it is written first, its report at the end.
    auto importId = ActivityStore(db).recordImport(QStringLiteral("orders"), QStringLiteral("csv"),
                                                   fileName, {}, 0, {});
    if (!importId)
        return workspacecondition::at(importId.error(), fileName, 0);
    OrderImportWriter writer(db, *importId);
    if (auto s = writer.prepare(); !s)
        return workspacecondition::at(s.error(), fileName, 0);

    QSet<qint64> buyers; // members who got an order: their stage and tags follow
    qint64 rowsRead = 0;
    for (;;) {
        auto record = reader.next();
        if (!record)
            return record.error();
        if (!record->has_value())
            break;
        const qint64 line = (*record)->line;
        if (options.progress && ++rowsRead % 256 == 0 &&
            !options.progress(int(reader.bytesRead() * 90 / size)))
            return Error{tr("Import cancelled; nothing was changed."), fileName, 0};
        auto parsed = parser.parse(**record);
        if (const auto* problem = std::get_if<OrderRowProblem>(&parsed)) {
            report.skip(line, problem->reason, problem->kind);
            continue;
        }
        const OrderRow& row = std::get<OrderRow>(parsed);
        qint64 groupId = 0;
        if (!row.groupName.isEmpty()) {
            auto group = writer.groupId(row.groupName);
            if (!group)
                return workspacecondition::at(group.error(), fileName, line);
            groupId = *group;
        }
        auto buyer = writer.findBuyer(row, groupId);
        if (!buyer)
            return workspacecondition::at(buyer.error(), fileName, line);
        if (buyer->memberId == 0) {
            report.skip(line, buyer->problem, buyer->kind);
            continue;
        }
        // After the first invalid row the rest is only read, to count and name the invalid
        // rows: the file will be refused whole.
        if (report.skipped > 0 && !options.skipInvalid)
            continue;
        if (!row.groupName.isEmpty() && groupId == 0)
            report.warn(line,
                        tr("There is no group “%1”; the order is stored without a group.")
                            .arg(row.groupName),
                        QStringLiteral("unknown_group"));
        if (row.groupName.isEmpty())
            groupId = buyer->onlyGroup;
        auto stored = writer.store(row, buyer->memberId, groupId);
        if (!stored)
            return workspacecondition::at(stored.error(), fileName, line);
        if (*stored == OrderImportWriter::Outcome::Stored) {
            ++report.imported;
            buyers.insert(buyer->memberId);
        } else {
            ++report.duplicates;
        }
    }

    if (report.skipped > 0 && !options.skipInvalid) {
        // Nothing is stored: the transaction is rolled back when it goes out of scope.
        report.rejected = true;
        report.imported = report.duplicates = 0;
        return report;
    }
    if (report.imported == 0 && report.duplicates == 0 && report.skipped == 0)
        return report; // a header and no rows: nothing to store, not even an import record

    // Stages and fan levels of the buyers (an order can make a member Mature or Extending),
    // then the rule tags ("bought twice"…). No longer cancellable: the rows are in.
    if (!buyers.isEmpty()) {
        MemberStatusUpdater::Options status;
        status.today = today;
        status.refreshSearchText = false; // orders change no name, phone or note
        if (buyers.size() <= 500)
            status.onlyMembers = QList<qint64>(buyers.cbegin(), buyers.cend());
        if (options.progress)
            status.progress = [&options](int percent) {
                options.progress(90 + percent * 8 / 100);
                return true;
            };
        if (auto r = MemberStatusUpdater::recompute(db, status); !r)
            return workspacecondition::at(r.error(), fileName, 0);
    }
    if (auto r = TagRuleEngine::apply(db, today); !r)
        report.warn(0, r.error().message, QStringLiteral("tag_rule"));
    const QString reportJson =
        QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
    ActivityStore activity(db);
    if (auto s = activity.setImportReport(*importId, reportJson); !s)
        return workspacecondition::at(s.error(), fileName, 0);
    if (auto s = activity.setImportFileDigest(*importId, QString::fromLatin1(sha.result().toHex()));
        !s)
        return workspacecondition::at(s.error(), fileName, 0);
    if (auto s = tx.commit(); !s)
        return workspacecondition::at(s.error(), fileName, 0);
    if (options.progress)
        options.progress(100);
    qCInfo(lcImport, "imported orders from %s: %d orders, %d duplicates, %d skipped",
           qPrintable(fileName), report.imported, report.duplicates, report.skipped);
    return report;
}

} // namespace qundesk
