// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "calendar/Recurrence.h"

#include <QDate>
#include <QHash>
#include <QList>

// The content-line mix of a group's week: how many planned items each line has, and whether
// marketing takes more than its share. Data for the week view's header and the Analytics page.
namespace qundesk::calendar {

struct ContentMixWeek {
    qint64 groupId = 0;
    QDate monday;
    QHash<QString, int> counts; // content line key -> items (skipped ones not counted)
    int total = 0;

    int count(const QString& line) const { return counts.value(line); }
    // Rounded percentage of `line` in the week; 0 for an empty week.
    int percent(const QString& line) const;
    // Marketing above `maxMarketingPercent` of a non-empty week.
    bool marketingDominates(int maxMarketingPercent) const;
};

// One row per group of `groupIds` and per week from the Monday of `from` for `weeks` weeks,
// ordered by group then week. An "all groups" occurrence counts in every group.
QList<ContentMixWeek> contentMix(const QList<Occurrence>& occurrences,
                                 const QList<qint64>& groupIds, const QDate& from, int weeks);

} // namespace qundesk::calendar
