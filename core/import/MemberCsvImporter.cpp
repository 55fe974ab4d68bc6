// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/MemberCsvImporter.h"

#include "db/DamageCheck.h"
#include "db/Database.h"
#include "db/PageCacheScope.h"
#include "db/Transaction.h"
#include "db/WorkspaceCondition.h"
#include "import/CsvReader.h"
#include "import/MemberImportWriter.h"
#include "import/MemberRowSource.h"
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

namespace qundesk {

namespace {

// What a member import writes: checked for damage before it writes anything.
const QStringList kMemberImportTables = {
    QStringLiteral("chat_groups"),       QStringLiteral("members"),
    QStringLiteral("member_identities"), QStringLiteral("memberships"),
    QStringLiteral("member_tags"),       QStringLiteral("member_status"),
    QStringLiteral("tags"),              QStringLiteral("imports")};

struct PendingReferrer {
    qint64 memberId;
    QString referrer;
    qint64 line;
};

Result<QStringList> readHeader(CsvReader& reader, const QString& path) {
    if (auto s = reader.open(); !s)
        return s.error();
    auto header = reader.next();
    if (!header)
        return header.error();
    if (!header->has_value())
        return Error{MemberCsvImporter::tr("The file is empty."), path, 0};
    return header->value().fields;
}

} // namespace

Result<MemberCsvPreview> MemberCsvImporter::preview(const Database& db, const QString& path,
                                                    int rows) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open the file: %1").arg(file.errorString()), path, 0};
    CsvReader reader(&file, QFileInfo(path).fileName());
    auto header = readHeader(reader, path);
    if (!header)
        return header.error();
    MemberCsvPreview preview;
    preview.header = *header;
    preview.encoding = reader.encoding();
    auto remembered = MemberCsvMapping::load(db, preview.header);
    preview.remembered = remembered && remembered->has_value();
    preview.mapping = preview.remembered ? **remembered : MemberCsvMapping::guess(preview.header);
    while (preview.rows.size() < rows) {
        auto record = reader.next();
        if (!record)
            return record.error();
        if (!record->has_value())
            break;
        preview.rows << (*record)->fields;
    }
    return preview;
}

Result<ImportReport> MemberCsvImporter::run(const Database& db, const QString& path,
                                            const MemberImportOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open the file: %1").arg(file.errorString()), path, 0};
    return run(db, &file, QFileInfo(path).fileName(), options);
}

Result<ImportReport> MemberCsvImporter::run(const Database& db, QIODevice* device,
                                            const QString& fileName,
                                            const MemberImportOptions& options) {
    const qint64 size = qMax<qint64>(1, device->size());
    CsvReader reader(device, fileName);
    // The import log keeps the file's digest, so a later screen can tell a file seen before.
    StreamDigest sha;
    reader.setDigest(&sha);
    auto header = readHeader(reader, fileName);
    if (!header)
        return header.error();
    MemberCsvMapping mapping = MemberCsvMapping::guess(*header);
    if (options.mapping) {
        mapping = *options.mapping;
    } else if (auto remembered = MemberCsvMapping::load(db, *header);
               remembered && remembered->has_value()) {
        mapping = **remembered;
    }
    if (auto s = mapping.validate(); !s)
        return workspacecondition::at(s.error(), fileName, 1);

    const QTimeZone zone = SettingsStore(db).timeZone();
    const QDate today = time::today(zone);
    ImportReport report;
    report.group = options.defaultGroup.trimmed(); // the group rows without one go to
    QList<PendingReferrer> referrers;

    // The connection's settings for the import (restored after the commit, or after the
    // rollback on a failure: they are declared before the transaction).
    std::optional<MemoryMapScope> unmapped(std::in_place, db.connection(), 0);
    // Every row the import writes refers to a member, group or tag it created or found within
    // its transaction (no other connection can write meanwhile), so SQLite need not look each
    // reference up; without those checks, and with INSERT OR FAIL (the transaction is undone
    // whole on any failure), a multi-row insert keeps no statement journal either. A sixth of
    // the import's time. Set before the transaction: SQLite ignores it inside one, where the
    // keys then stay checked.
    std::optional<ForeignKeysOff> unchecked(std::in_place, db.connection());
    // 32 MiB of pages: a 100,000-member import then rereads a third fewer pages it spilled
    // (the same ceiling the status pass has); memory stays flat in the file's size.
    std::optional<PageCacheScope> cache(std::in_place, db.connection(), 32 * 1024);
    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginError();
    // Nothing goes into a damaged workspace, even where the rows would miss the damage.
    if (Status intact = DamageCheck::ensureIntact(db, kMemberImportTables); !intact)
        return intact.error();
    MemberImportWriter writer(db, today);
    // Members whose status the file changed after the writer set it: members given another
    // stay (their first day may move), and referrers (new members get theirs from the writer;
    // tags change no status).
    QSet<qint64> touched;
    if (auto s = writer.prepare(); !s)
        return s.error();

    // Rows are read on a thread of their own (MemberRowSource), and matched and written a chunk
    // at a time (see MemberImportWriter).
    const auto writeChunk = [&](const MemberRowChunk& chunk) -> Status {
        const QList<MemberRow>& rows = chunk.rows;
        QList<qint64> groups;
        groups.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            bool groupCreated = false;
            auto group = writer.groupId(rows.at(i).groupName, rows.at(i).platform, &groupCreated);
            if (!group)
                return workspacecondition::at(group.error(), fileName, chunk.lines.at(i));
            report.groupsCreated += groupCreated ? 1 : 0;
            groups << *group;
        }
        if (auto s = writer.lookUp(rows, groups); !s)
            return workspacecondition::at(s.error(), fileName, chunk.lines.first());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const MemberRow& row = rows.at(i);
            const qint64 line = chunk.lines.at(i);
            const qint64 group = groups.at(i);
            qint64 memberId = writer.findExisting(row, group);
            const bool isNew = memberId == 0;
            if (isNew) {
                auto created = writer.createMember(row);
                if (!created)
                    return workspacecondition::at(created.error(), fileName, line);
                memberId = *created;
                ++report.membersCreated;
            }
            bool changed = isNew;
            if (group > 0) {
                auto joinedNow = writer.ensureMembership(group, memberId, row, isNew);
                if (!joinedNow)
                    return workspacecondition::at(joinedNow.error(), fileName, line);
                changed = changed || *joinedNow;
                report.joins += *joinedNow ? 1 : 0;
                if (*joinedNow && !isNew)
                    touched.insert(memberId);
            }
            auto tagged = writer.addTags(memberId, row.tags, &report.tagsCreated);
            if (!tagged)
                return workspacecondition::at(tagged.error(), fileName, line);
            changed = changed || *tagged > 0;
            if (!chunk.referrers.at(i).isEmpty())
                referrers.append({memberId, chunk.referrers.at(i), line});
            ++(changed ? report.imported : report.duplicates);
        }
        // The rows still buffered are the chunk's last ones: a failure names its last line.
        if (auto s = writer.flush(); !s)
            return workspacecondition::at(s.error(), fileName, chunk.lines.last());
        return {};
    };

    MemberRowSource source(reader, mapping, options, zone);
    for (;;) {
        auto chunk = source.next();
        if (!chunk)
            return chunk.error();
        if (!chunk->has_value())
            break;
        for (const MemberRowChunk::Invalid& invalid : std::as_const((*chunk)->skipped))
            report.skip(invalid.line, invalid.reason, invalid.kind);
        // After the first invalid row the rest is only read, to count and name the invalid
        // rows: the file will be refused whole.
        const bool refusing = report.skipped > 0 && !options.skipInvalid;
        if (!refusing && !(*chunk)->rows.isEmpty()) {
            if (auto s = writeChunk(**chunk); !s)
                return s.error();
        }
        if (options.progress && !options.progress(int((*chunk)->bytesRead * 90 / size)))
            return Error{tr("Import cancelled; nothing was changed."), fileName, 0};
        source.giveBack(std::move(**chunk));
    }

    if (report.skipped > 0 && !options.skipInvalid) {
        // Nothing is stored: the transaction is rolled back when it goes out of scope.
        report.rejected = true;
        report.imported = report.duplicates = report.joins = 0;
        report.membersCreated = report.groupsCreated = report.tagsCreated = 0;
        return report;
    }
    if (report.imported == 0 && report.duplicates == 0 && report.skipped == 0)
        return report; // a header and no rows: nothing to store, not even an import record

    // One inviter often stands on many rows: each distinct name is looked up once.
    QHash<QString, QList<qint64>> referrerIds;
    for (const PendingReferrer& p : referrers) {
        auto cached = referrerIds.constFind(p.referrer);
        if (cached == referrerIds.cend()) {
            auto lookedUp = writer.findByNameOrHandle(p.referrer);
            if (!lookedUp)
                return workspacecondition::at(lookedUp.error(), fileName, p.line);
            cached = referrerIds.insert(p.referrer, *lookedUp);
        }
        const QList<qint64>& found = cached.value();
        if (found.isEmpty()) {
            report.warn(p.line, tr("Referrer “%1” is not a known member.").arg(p.referrer),
                        QStringLiteral("unknown_referrer"));
        } else if (found.size() > 1) {
            report.warn(
                p.line,
                tr("Referrer “%1” is ambiguous: %n members have that name.", "", int(found.size()))
                    .arg(p.referrer),
                QStringLiteral("ambiguous_referrer"));
        } else if (auto set = writer.setReferrer(p.memberId, found.first()); !set) {
            return workspacecondition::at(set.error(), fileName, p.line);
        } else if (*set) {
            touched.insert(found.first());
        }
    }
    // Stages and fan levels of the members changed after the writer set theirs: a few by id,
    // many by one pass over everyone (which finds the rest unchanged).
    if (!touched.isEmpty()) {
        MemberStatusUpdater::Options status;
        status.today = today;
        // The import changes no name, note, phone or identity of a member it found.
        status.refreshSearchText = false;
        constexpr qsizetype kById = 500;
        if (touched.size() <= kById)
            status.onlyMembers = QList<qint64>(touched.cbegin(), touched.cend());
        if (options.progress) {
            status.progress = [&options](int percent) {
                options.progress(90 + percent * 8 / 100);
                return true; // the rows are in; what follows from them is no longer cancellable
            };
        }
        if (auto r = MemberStatusUpdater::recompute(db, status); !r)
            return workspacecondition::at(r.error(), fileName, 0);
    }
    // The mapping and the automatic tags commit with the rows: a crash after the commit never
    // leaves members in without the tags their rules give them. The import itself stands even
    // if a rule is broken (its own savepoint is undone), which the report then says.
    if (!options.mapping || options.mapping->columns != MemberCsvMapping::guess(*header).columns)
        (void)MemberCsvMapping::save(db, *header, mapping);
    if (auto r = TagRuleEngine::apply(db, today); !r)
        report.warn(0, r.error().message, QStringLiteral("tag_rule"));
    const QString reportJson =
        QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
    if (auto logged = ActivityStore(db).recordImport(
            QStringLiteral("members"), QStringLiteral("csv"), fileName,
            QString::fromLatin1(sha.result().toHex()), 0, reportJson);
        !logged)
        return workspacecondition::at(logged.error(), fileName, 0);
    if (auto s = tx.commit(); !s)
        return workspacecondition::at(s.error(), fileName, 0);
    // Whatever runs from here on has foreign keys checked again.
    cache.reset();
    unchecked.reset();
    unmapped.reset();
    if (options.progress)
        options.progress(100);
    qCInfo(lcImport,
           "imported members from %s: %d rows, %d duplicates, %d skipped, %d members "
           "and %d groups created",
           qPrintable(fileName), report.imported, report.duplicates, report.skipped,
           report.membersCreated, report.groupsCreated);
    return report;
}

} // namespace qundesk
