// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/SopPreview.h"

#include <algorithm>

namespace qundesk::sop {

QList<PreviewItem> SopPreview::forJoin(const SopTemplate& sop, const QDate& joinDay,
                                       const ScriptValues& values, const PreviewOptions& options) {
    QList<PreviewItem> items;
    if (!joinDay.isValid())
        return items;
    int lastOffset = 0;
    for (const SopStep& s : sop.steps)
        if (s.timingKind == QLatin1String("day_offset"))
            lastOffset = std::max(lastOffset, s.dayOffset);
    const QDate until = joinDay.addDays(lastOffset + options.openEndedDays);
    for (qsizetype i = 0; i < sop.steps.size(); ++i) {
        const SopStep& step = sop.steps.at(i);
        for (const QDate& day : stepDays(step, joinDay, joinDay, until)) {
            const LocalDue due = dueOn(step, day, options.quiet);
            PreviewItem item;
            item.day = due.day;
            item.time = due.time;
            item.stepIndex = int(i);
            item.title = step.title;
            item.channel = step.channel;
            ScriptValues v = values;
            v.date = day;
            if (v.daysInGroup >= 0 || sop.anchor == QLatin1String("join"))
                v.daysInGroup = int(joinDay.daysTo(day));
            item.script = ScriptRenderer::render(step.script, v, sop.language);
            item.movedByQuietHours = due.movedByQuietHours;
            item.doNotDisturb = options.doNotDisturb;
            items << item;
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const PreviewItem& a, const PreviewItem& b) {
        return a.day != b.day ? a.day < b.day : a.time < b.time;
    });
    // The weekly cap over the rolling week before each private item.
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).channel != QLatin1String("private"))
            continue;
        const QDateTime at(items.at(i).day, items.at(i).time);
        int before = 0;
        for (qsizetype k = 0; k < i; ++k) {
            const PreviewItem& p = items.at(k);
            if (p.channel == QLatin1String("private") && !p.overCap &&
                QDateTime(p.day, p.time).secsTo(at) < 7 * 24 * 3600)
                ++before;
        }
        items[i].overCap = before >= options.privateCap;
    }
    return items;
}

QStringList SopPreview::warnings(const PreviewItem& item) {
    QStringList out;
    if (item.doNotDisturb)
        out << tr("Held: the member asked not to be disturbed");
    if (item.overCap)
        out << tr("Held: over the weekly private touch cap");
    if (item.movedByQuietHours)
        out << tr("Moved out of quiet hours");
    return out;
}

} // namespace qundesk::sop
