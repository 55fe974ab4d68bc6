// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/MemberStatusUpdater.h"

#include "db/Database.h"
#include "db/PageCacheScope.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "rules/MemberStatusRow.h"
#include "rules/MemberStatusWriter.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk {

Result<int> MemberStatusUpdater::recompute(const Database& db, const Options& options) {
    const QSqlDatabase conn = db.connection();
    const SettingsStore settings(db);
    const QTimeZone zone = settings.timeZone();
    const QDate today = options.today.isValid() ? options.today : time::today(zone);
    const Thresholds thresholds = settings.thresholds();

    const PageCacheScope cache(conn, 32 * 1024);
    Transaction tx(conn);
    if (!tx.isActive())
        return tx.beginError();

    // One joined read in member order; the rows whose status changed are written as the read
    // goes (the writer holds a batch at most), so memory stays flat however many members there
    // are. (Rows written behind the read's position do not disturb it: it reads members in id
    // order and each member's status row once.)
    MemberStatusWriter writer(conn, today);
    int total = 0, written = 0;
    bool cancelled = false;
    Status writeStatus;
    qint64 expected = 1;
    if (options.progress) {
        auto count = sql::scalar(conn, QStringLiteral("SELECT COUNT(*) FROM members"), {}, 1);
        expected = count ? qMax<qint64>(1, count->toLongLong()) : 1;
    }
    auto read = memberstatus::readInputs(
        conn, zone, today, {options.onlyMembers, options.refreshSearchText, settings.currency()},
        [&](MemberStatusInput& in) {
            MemberStatusRow& row = in.current;
            memberstatus::settle(row, in.hasStored ? in.stored.fan : FanLevelState{}, thresholds,
                                 today);
            row.isNew = !in.hasStored;
            if (!in.hasStored || !row.sameStatus(in.stored)) {
                writeStatus = writer.add(row);
                ++written;
                if (!writeStatus)
                    return false;
            }
            if (options.progress && ++total % 2000 == 0 &&
                !options.progress(int(total * 90 / expected))) {
                cancelled = true;
                return false;
            }
            return true;
        });
    if (!read)
        return read.error();
    if (!writeStatus)
        return writeStatus.error();
    if (cancelled)
        return Error{tr("Cancelled."), {}, 0};
    if (auto s = writer.flush(); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (options.progress)
        options.progress(100);
    return written;
}

} // namespace qundesk
