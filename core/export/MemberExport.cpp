// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "export/MemberExport.h"

#include "db/Database.h"
#include "export/CsvWriter.h"
#include "export/XlsxTable.h"
#include "model/Member.h"
#include "rules/FanLevel.h"
#include "util/TargetPath.h"

namespace qundesk {

namespace {
constexpr int kPage = 500;
} // namespace

QStringList MemberExport::headers() {
    return {tr("Name"),      tr("Handles"),      tr("Groups"),         tr("Stage"),
            tr("Fan level"), tr("Tier"),         tr("Source channel"), tr("Referrer"),
            tr("Tags"),      tr("Last message"), tr("Last touch"),     tr("Messages"),
            tr("Orders"),    tr("Revenue"),      tr("City"),           tr("Phone"),
            tr("Notes")};
}

QList<QVariant> MemberExport::cells(const MemberListRow& r) {
    return {r.name,
            r.handles,
            r.groups,
            lifecycle::label(r.stage),
            fanlevel::label(r.fanLevel),
            r.tier.isEmpty() ? QString() : tier::label(r.tier),
            r.source.isEmpty() ? QString() : sourceChannel::label(r.source),
            r.referrer,
            r.tags,
            r.lastMessage.isValid() ? r.lastMessage.toString(Qt::ISODate) : QString(),
            r.lastTouch.isValid() ? r.lastTouch.toString(Qt::ISODate) : QString(),
            r.messages,
            r.orders,
            double(r.revenueCents) / 100.0,
            r.city,
            r.phone,
            r.notes};
}

Result<int> MemberExport::write(const Database& db, const QList<qint64>& ids, const QString& path,
                                const std::function<bool(int)>& progress) {
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!xlsx && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Error{tr("Choose a file name ending in .csv or .xlsx."), path, 0};
    // Never the workspace or its files, never through a link onto a device or a folder.
    auto target = TargetPath::forWriting(path, db.path());
    if (!target)
        return target.error();
    CsvWriter csv(*target);
    XlsxTable table(*target);
    Status opened = xlsx ? table.open(tr("Members"), headers()) : csv.open();
    if (!opened)
        return opened.error();
    if (!xlsx)
        csv.writeRow(headers());
    int written = 0;
    for (qsizetype start = 0; start < ids.size(); start += kPage) {
        auto page = MemberListQuery::rows(db, ids.mid(start, kPage));
        if (!page)
            return page.error(); // the writers discard their temporary files
        for (const MemberListRow& row : *page) {
            if (xlsx)
                table.writeRow(cells(row));
            else
                csv.writeRow(cells(row));
            ++written;
        }
        if (progress && !progress(int((start + kPage) * 100 / qMax<qsizetype>(1, ids.size()))))
            return Error{tr("Export cancelled."), path, 0};
    }
    Status closed = xlsx ? table.close() : csv.commit();
    if (!closed)
        return closed.error();
    return written;
}

Result<int> MemberExport::write(const Database& db, const MemberListFilter& filter,
                                const QString& path) {
    auto ids = MemberListQuery::ids(db, filter);
    if (!ids)
        return ids.error();
    return write(db, *ids, path);
}

bool MemberExport::xlsxAvailable() {
    return XlsxTable::available();
}

} // namespace qundesk
