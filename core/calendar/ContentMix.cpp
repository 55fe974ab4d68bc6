// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/ContentMix.h"

namespace qundesk::calendar {

int ContentMixWeek::percent(const QString& line) const {
    return total > 0 ? (count(line) * 100 + total / 2) / total : 0;
}

bool ContentMixWeek::marketingDominates(int maxMarketingPercent) const {
    return total > 0 && count(QStringLiteral("marketing")) * 100 > maxMarketingPercent * total;
}

QList<ContentMixWeek> contentMix(const QList<Occurrence>& occurrences,
                                 const QList<qint64>& groupIds, const QDate& from, int weeks) {
    const QDate first = from.addDays(1 - from.dayOfWeek());
    QList<ContentMixWeek> rows;
    QHash<qint64, qsizetype> firstRow; // group -> index of its first week
    for (qint64 g : groupIds) {
        firstRow.insert(g, rows.size());
        for (int w = 0; w < weeks; ++w) {
            ContentMixWeek row;
            row.groupId = g;
            row.monday = first.addDays(7 * w);
            rows << row;
        }
    }
    for (const Occurrence& o : occurrences) {
        if (o.skipped())
            continue;
        const qint64 week = first.daysTo(o.start.date()) / 7;
        if (o.start.date() < first || week >= weeks)
            continue;
        const QList<qint64> groups = o.groupId > 0 ? QList<qint64>{o.groupId} : groupIds;
        for (qint64 g : groups) {
            if (!firstRow.contains(g))
                continue;
            ContentMixWeek& row = rows[firstRow.value(g) + week];
            ++row.counts[o.contentLine];
            ++row.total;
        }
    }
    return rows;
}

} // namespace qundesk::calendar
