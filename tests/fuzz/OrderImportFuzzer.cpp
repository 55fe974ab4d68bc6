// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The order CSV import over any bytes, from memory into a fresh in-memory workspace holding two
// members: it succeeds or fails, never crashes; a failure leaves no order and no import record
// (all or nothing); a success stores exactly the orders it reports, passes the integrity check,
// and importing the same bytes again adds nothing.
#include "FuzzSupport.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "import/OrderCsvImporter.h"

#include <QBuffer>

using namespace qundesk;

namespace {

qint64 count(const Database& db, const char* table) {
    auto n = sql::scalar(db.connection(),
                         QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table), {}, 0);
    fuzz::require(bool(n), "a count failed");
    return n->toLongLong();
}

void seedMembers(const Database& db) {
    for (const char* statement :
         {"INSERT INTO chat_groups (id, name, platform, created_at) VALUES (1, 'g', 'wechat', "
          "'2026-01-01T00:00:00Z')",
          "INSERT INTO members (id, display_name, phone, created_at, updated_at) VALUES (1, 'a', "
          "'1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
          "INSERT INTO members (id, display_name, created_at, updated_at) VALUES (2, 'b', "
          "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
          "INSERT INTO member_identities (member_id, platform, platform_uid) VALUES (2, 'wechat', "
          "'h')",
          "INSERT INTO memberships (group_id, member_id, joined_at) VALUES (1, 1, "
          "'2026-01-01T00:00:00Z')"})
        fuzz::require(bool(sql::exec(db.connection(), QString::fromLatin1(statement))),
                      "cannot seed the workspace");
}

Result<ImportReport> import(const Database& db, const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    OrderImportOptions options;
    options.skipInvalid = bytes.size() % 2 == 0; // both ways of treating invalid rows
    return OrderCsvImporter::run(db, &buffer, QStringLiteral("fuzz.csv"), options);
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
    seedMembers(**db);
    auto first = import(**db, bytes);
    if (!first || first->rejected) {
        for (const char* table : {"orders", "imports"})
            fuzz::require(count(**db, table) == 0, "a failed import left rows behind");
        return 0;
    }
    fuzz::require(bool((*db)->checkIntegrity()), "the workspace fails its integrity check");
    const qint64 orders = count(**db, "orders");
    fuzz::require(orders == first->imported, "orders imported are not the orders stored");
    auto again = import(**db, bytes);
    fuzz::require(bool(again), "the same file fails the second time");
    fuzz::require(again->imported == 0, "importing the same file again adds orders");
    fuzz::require(count(**db, "orders") == orders, "the second import changed the orders");
    return 0;
}
