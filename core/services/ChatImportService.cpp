// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/ChatImportService.h"

#include "db/DamageCheck.h"
#include "db/Database.h"
#include "db/PageCacheScope.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "db/WorkspaceCondition.h"
#include "import/chat/ChatCsvMappingMemory.h"
#include "import/chat/ChatImportWriter.h"
#include "import/chat/ChatInput.h"
#include "rules/MemberStatusUpdater.h"
#include "rules/TagRuleEngine.h"
#include "store/ActivityStore.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"
#include "store/TagStore.h"
#include "util/FileDigest.h"
#include "util/LogCategories.h"
#include "util/Time.h"

#include <QJsonDocument>

#include <memory>

namespace qundesk {

namespace {

// One run's state: the group and writer come with the chat's first event (its name names the
// group when --group is absent).
struct ImportRun {
    const Database& db;
    const ChatImportOptions& options;
    QString fileName;
    QString format;
    QString platform;
    QTimeZone workspaceZone;
    QString chatName;
    qint64 groupId = 0;
    qint64 importId = 0;
    ImportReport report;
    std::unique_ptr<ChatAuthorMatcher> matcher;
    std::unique_ptr<ChatImportWriter> writer;
    QSet<qint64> touched;
    std::optional<Error> failure;
    int invalid = 0; // invalid entries seen; without skipInvalid the file is refused

    ImportRun(const Database& database, const ChatImportOptions& chosen, QString file,
              ChatFormat chatFormat, QTimeZone zone)
        : db(database)
        , options(chosen)
        , fileName(std::move(file))
        , format(chatFormatKey(chatFormat))
        , platform(chatFormatPlatform(chatFormat))
        , workspaceZone(std::move(zone)) {}

    Status start() {
        if (writer)
            return {};
        QString name = options.group.trimmed();
        if (name.isEmpty())
            name = chatName.trimmed();
        if (name.isEmpty())
            name = ChatImportService::tr("Imported chat");
        report.group = name;
        GroupStore groups(db);
        auto existing = groups.findByName(name);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            groupId = (*existing)->id;
        } else {
            Group group;
            group.name = name;
            group.platform = platform;
            auto created = groups.create(group);
            if (!created)
                return created.error();
            groupId = *created;
            ++report.groupsCreated;
        }
        auto logged = ActivityStore(db).recordImport(QStringLiteral("chat"), format, fileName, {},
                                                     groupId, {});
        if (!logged)
            return logged.error();
        importId = *logged;
        const QTimeZone source = options.sourceZone.isValid() ? options.sourceZone : workspaceZone;
        matcher = std::make_unique<ChatAuthorMatcher>(db, groupId, platform, options.ambiguous,
                                                      options.chosenMembers);
        writer = std::make_unique<ChatImportWriter>(db, groupId, importId, workspaceZone, source);
        return {};
    }

    // The member behind a name and id; 0 (and nothing to do) when the name is ambiguous.
    Result<qint64> member(const QString& name, const QString& id) {
        bool created = false;
        auto m = matcher->memberFor(name, id, &created);
        if (m && created)
            ++report.membersCreated;
        if (m && *m > 0)
            touched.insert(*m);
        return m;
    }

    Status handle(const ChatEvent& e) {
        if (auto s = start(); !s)
            return s;
        if (e.kind == ChatEventKind::Skipped) {
            if (e.invalid)
                ++invalid;
            report.skip(e.line, e.text,
                        e.invalid ? QStringLiteral("invalid") : QStringLiteral("ignored"),
                        e.invalid);
            return {};
        }
        // After the first invalid entry the rest is only read, to count and name the invalid
        // ones: the file will be refused whole.
        if (invalid > 0 && !options.skipInvalid)
            return {};
        const qint64 instant = writer->instantOf(e);
        if (e.kind == ChatEventKind::Message) {
            if (e.author.isEmpty() && e.authorId.isEmpty()) {
                report.skip(e.line, ChatImportService::tr("A message without an author."),
                            QStringLiteral("no_author"), false);
                return {};
            }
            auto m = member(e.author, e.authorId);
            if (!m)
                return m.error();
            if (*m == 0)
                return {};
            if (auto s = writer->ensurePresent(*m, instant); !s)
                return s;
            return writer->addMessage(e, *m, instant);
        }
        if (e.self) {
            report.skip(e.line,
                        e.kind == ChatEventKind::Join
                            ? ChatImportService::tr("The exporting account joined.")
                            : ChatImportService::tr("The exporting account left."),
                        QStringLiteral("own_account"), false);
        }
        for (qsizetype i = 0; i < e.subjects.size(); ++i) {
            const QString id = e.subjectIds.value(i);
            auto m = member(e.subjects.at(i), id);
            if (!m)
                return m.error();
            if (*m == 0)
                continue;
            auto changed = e.kind == ChatEventKind::Join ? writer->join(*m, instant)
                                                         : writer->leave(*m, instant, e.removed);
            if (!changed)
                return changed.error();
            if (*changed)
                ++(e.kind == ChatEventKind::Join ? report.joins : report.leaves);
        }
        return {};
    }
};

} // namespace

QString ChatImportService::reviewTagName() {
    return tr("Check name");
}

Result<ImportReport> ChatImportService::run(const Database& db, const QString& path,
                                            const ChatImportOptions& options) {
    auto input = ChatInput::fromPath(path);
    if (!input)
        return input.error();
    // A generic CSV laid out like one imported before takes the mapping it was given then.
    ChatCsvMapping mapping = options.csvMapping;
    auto chosenFormat = chatcsvmemory::formatOf(db, *input, options.format, mapping);
    if (!chosenFormat)
        return workspacecondition::at(chosenFormat.error(), input->fileName(), 0);
    const ChatFormat format = *chosenFormat;
    // The import log keeps the file's digest (of the file as given: the .zip for a zip), read
    // alongside the parse.
    FileDigest digest(path);
    const QTimeZone zone = SettingsStore(db).timeZone();
    const QDate today = time::today(zone);
    ImportRun run(db, options, input->fileName(), format, zone);

    // The connection's settings for the import, restored after the commit or the rollback (as
    // the member import): no memory map; no row-by-row foreign key checks (every row refers to
    // a group, member or import found or made in this transaction); 32 MiB of page cache, so a
    // big chat does not spill its pages again and again.
    std::optional<MemoryMapScope> unmapped(std::in_place, db.connection(), 0);
    std::optional<ForeignKeysOff> unchecked(std::in_place, db.connection());
    std::optional<PageCacheScope> cache(std::in_place, db.connection(), 32 * 1024);
    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginError();
    // Nothing goes into a damaged workspace, even where the messages would miss the damage.
    if (Status intact = DamageCheck::ensureIntact(
            db, {QStringLiteral("chat_groups"), QStringLiteral("members"),
                 QStringLiteral("member_identities"), QStringLiteral("memberships"),
                 QStringLiteral("messages"), QStringLiteral("member_day_activity"),
                 QStringLiteral("group_day_activity"), QStringLiteral("imports")});
        !intact)
        return intact.error();
    ChatParseOptions parse;
    parse.dateOrder = options.dateOrder;
    parse.csvMapping = mapping;
    parse.chat = options.chat;
    parse.chatFound = [&run](const QString& name, const QString&) {
        run.chatName = name;
    };
    const qint64 size = qMax<qint64>(1, input->size());
    if (options.progress) {
        parse.progress = [&options, size](qint64 bytes) {
            return options.progress(int(qMin<qint64>(bytes, size) * 85 / size));
        };
    }
    auto info = parseChat(format, *input, parse, [&run](const ChatEvent& e) {
        if (auto s = run.handle(e); !s) {
            Error error = s.error();
            if (error.file.isEmpty()) {
                error.file = run.fileName;
                error.line = e.line;
            }
            run.failure = error;
            return false;
        }
        return true;
    });
    if (run.failure)
        return *run.failure;
    if (!info)
        return info.error();
    if (run.invalid > 0 && !options.skipInvalid) {
        // Nothing is stored: the transaction is rolled back when it goes out of scope.
        ImportReport refused = run.report;
        refused.rejected = true;
        refused.skipped = run.invalid;
        refused.imported = refused.duplicates = refused.joins = refused.leaves = 0;
        refused.membersCreated = refused.groupsCreated = refused.tagsCreated = 0;
        return refused;
    }
    if (auto s = run.start(); !s) // a chat without events still gets its group
        return workspacecondition::at(s.error(), run.fileName, 0);
    const QStringList ambiguous = run.matcher->ambiguousNames();
    if (!ambiguous.isEmpty()) {
        return Error{tr("Several members carry these names; choose who is who in the window, or "
                        "import with --ambiguous new: %1")
                         .arg(ambiguous.join(QStringLiteral(", "))),
                     run.fileName, 0};
    }
    if (auto s = run.writer->finish(); !s)
        return workspacecondition::at(s.error(), run.fileName, 0);
    run.report.imported = int(run.writer->imported());
    run.report.duplicates = int(run.writer->duplicates());
    if (options.progress && !options.progress(90))
        return Error{tr("Import cancelled; nothing was changed."), run.fileName, 0};

    if (const QList<qint64> review = run.matcher->reviewMembers(); !review.isEmpty()) {
        TagStore tags(db);
        Tag wanted;
        wanted.name = reviewTagName();
        wanted.color = QStringLiteral("#e0a800");
        bool created = false;
        auto tag = tags.findOrCreate(wanted, &created);
        if (!tag)
            return workspacecondition::at(tag.error(), run.fileName, 0);
        run.report.tagsCreated += created ? 1 : 0;
        if (auto given = tags.assign(review, *tag, QStringLiteral("import")); !given)
            return workspacecondition::at(given.error(), run.fileName, 0);
    }
    // Stages and fan levels of the members the file touched; many: one pass over everyone.
    if (!run.touched.isEmpty()) {
        MemberStatusUpdater::Options status;
        status.today = today;
        if (run.touched.size() <= 500)
            status.onlyMembers = QList<qint64>(run.touched.cbegin(), run.touched.cend());
        if (auto r = MemberStatusUpdater::recompute(db, status); !r)
            return workspacecondition::at(r.error(), run.fileName, 0);
    }
    if (format == ChatFormat::Csv && !options.csvMapping.isEmpty()) {
        if (auto s = chatcsvmemory::save(db, chatcsvmemory::headerOf(*input), options.csvMapping);
            !s)
            return workspacecondition::at(s.error(), run.fileName, 0);
    }
    if (auto r = TagRuleEngine::apply(db, today); !r)
        run.report.errors.append({0, r.error().message});
    const QString reportJson =
        QString::fromUtf8(QJsonDocument(run.report.toJson()).toJson(QJsonDocument::Compact));
    if (auto s = ActivityStore(db).setImportReport(run.importId, reportJson); !s)
        return workspacecondition::at(s.error(), run.fileName, 0);
    if (auto s = ActivityStore(db).setImportFileDigest(run.importId, digest.result()); !s)
        return workspacecondition::at(s.error(), run.fileName, 0);
    if (auto s = tx.commit(); !s)
        return workspacecondition::at(s.error(), run.fileName, 0);
    cache.reset();
    unchecked.reset();
    unmapped.reset();
    if (options.progress)
        options.progress(100);
    qCInfo(lcImport,
           "imported chat %s (%s): %d messages, %d duplicates, %d skipped, %d joins, "
           "%d leaves, %d members created",
           qPrintable(run.fileName), qPrintable(run.format), run.report.imported,
           run.report.duplicates, run.report.skipped, run.report.joins, run.report.leaves,
           run.report.membersCreated);
    return run.report;
}

} // namespace qundesk
