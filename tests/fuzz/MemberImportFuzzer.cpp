// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The member CSV import over any bytes, from memory into a fresh in-memory workspace: it
// succeeds or fails, never crashes; a failure leaves the workspace empty (all or nothing); a
// success passes the integrity check, and importing the same bytes again adds nothing.
#include "FuzzSupport.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "import/MemberCsvImporter.h"

#include <QBuffer>

using namespace qundesk;

namespace {

qint64 count(const Database& db, const char* table) {
    auto n = sql::scalar(db.connection(),
                         QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table), {}, 0);
    fuzz::require(bool(n), "a count failed");
    return n->toLongLong();
}

Result<ImportReport> import(const Database& db, const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    MemberImportOptions options;
    options.defaultGroup = QStringLiteral("fuzz");
    return MemberCsvImporter::run(db, &buffer, QStringLiteral("fuzz.csv"), options);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto db = Database::openInMemory();
    fuzz::require(bool(db), "cannot open an in-memory workspace");
    auto first = import(**db, bytes);
    // A failure, or invalid rows refusing the file, leaves the workspace as it was.
    if (!first || first->rejected) {
        for (const char* table : {"members", "chat_groups", "memberships", "tags", "member_tags",
                                  "imports"})
            fuzz::require(count(**db, table) == 0, "a failed import left rows behind");
        return 0;
    }
    fuzz::require(bool((*db)->checkIntegrity()), "the workspace fails its integrity check");
    const qint64 members = count(**db, "members");
    fuzz::require(members == first->membersCreated, "members created are not the members stored");
    auto again = import(**db, bytes);
    fuzz::require(bool(again), "the same file fails the second time");
    fuzz::require(again->membersCreated == 0 && again->imported == 0,
                  "importing the same file again adds to the workspace");
    fuzz::require(count(**db, "members") == members, "the second import changed the members");
    return 0;
}
