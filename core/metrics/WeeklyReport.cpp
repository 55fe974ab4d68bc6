// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/WeeklyReport.h"

#include "metrics/WeeklyReportQueries.h"
#include "rules/Lifecycle.h"
#include "store/SettingsStore.h"

#include <QRegularExpression>

namespace qundesk::weeklyreport {

namespace {

QDate mondayOfIsoWeek(int year, int week) {
    // 4 January always lies in week 1.
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
}

// The member lists: Declining by DESIGN.md's first rule (silence and no recent order), which
// needs no other facts; on `day` from the facts as they stood then.
bool decliningOn(const MemberWeekFacts& f, const Thresholds& t, const QDate& day) {
    MemberFacts facts;
    facts.firstJoined = f.firstJoined;
    facts.lastMessage = f.lastMessage;
    facts.lastOrder = f.lastOrder;
    facts.orders = f.lastOrder.isValid() ? 1 : 0;
    return lifecycle::classify(facts, t, day) == LifecycleStage::Declining;
}

} // namespace

std::optional<QDate> parseIsoWeek(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-?W(\\d{2})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int week = match.captured(2).toInt();
    if (year < 1900 || week < 1)
        return std::nullopt;
    // A year has week 53 when 28 December (always in its last week) lies in week 53.
    if (week > QDate(year, 12, 28).weekNumber())
        return std::nullopt;
    return mondayOfIsoWeek(year, week);
}

QString isoWeekName(const QDate& day) {
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QDate lastFullWeek(const QDate& today) {
    return today.addDays(1 - today.dayOfWeek()).addDays(-7);
}

Result<WeeklyReportData> compute(const Database& db, const QDate& monday) {
    const SettingsStore settings(db);
    WeeklyReportData data;
    data.monday = monday;
    data.currency = settings.currency();
    data.zoneId = QString::fromUtf8(settings.timeZone().id());
    WeeklyReportQueries queries(db, settings.timeZone());

    auto groups = queries.groups();
    if (!groups)
        return groups.error();
    for (const auto& [id, name] : *groups) {
        WeeklyGroupKpis g;
        g.groupId = id;
        g.name = name;
        g.messagesPerDay = QList<qint64>(7, 0);
        g.activePerDay = QList<qint64>(7, 0);
        data.groups << g;
    }
    const QDate previous = monday.addDays(-7);
    for (WeeklyGroupKpis& g : data.groups) {
        for (const auto& [week, into] :
             {std::pair{monday, &WeekKpi::current}, std::pair{previous, &WeekKpi::previous}}) {
            auto week_ = queries.groupWeek(g.groupId, week);
            if (!week_)
                return week_.error();
            g.messages.*into = week_->messages;
            g.activeMembers.*into = week_->activeMembers;
            g.members.*into = week_->membersAtEnd;
            g.joins.*into = week_->joins;
            g.leaves.*into = week_->leaves;
            g.buyers.*into = week_->buyers;
            g.revenueCents.*into = week_->revenueCents;
            if (week == monday) {
                g.messagesPerDay = week_->messagesPerDay;
                g.activePerDay = week_->activePerDay;
            }
        }
    }
    auto top = queries.topContributors(monday, WeeklyReportData::kTopContributors);
    if (!top)
        return top.error();
    data.topContributors = *top;
    auto lurkers = queries.newLurkers(monday);
    if (!lurkers)
        return lurkers.error();
    data.newLurkersTotal = int(lurkers->size());
    data.newLurkers = lurkers->mid(0, WeeklyReportData::kMaxListed);

    // Declining on this Sunday and not on the Sunday before.
    const Thresholds thresholds = settings.thresholds();
    auto before = queries.memberFacts(previous.addDays(6));
    auto after = queries.memberFacts(data.sunday());
    if (!before)
        return before.error();
    if (!after)
        return after.error();
    for (const MemberWeekFacts& f : std::as_const(*after)) {
        if (!decliningOn(f, thresholds, data.sunday()))
            continue;
        const auto then = before->constFind(f.memberId);
        if (then != before->cend() && decliningOn(*then, thresholds, previous.addDays(6)))
            continue;
        ++data.turnedDecliningTotal;
        WeeklyMemberLine line;
        line.memberId = f.memberId;
        line.name = f.name;
        line.group = f.groups;
        MemberFacts facts;
        facts.firstJoined = f.firstJoined;
        facts.lastMessage = f.lastMessage;
        line.day = lifecycle::silentSince(facts);
        data.turnedDeclining << line;
    }
    std::sort(data.turnedDeclining.begin(), data.turnedDeclining.end(),
              [](const WeeklyMemberLine& a, const WeeklyMemberLine& b) {
                  return a.day != b.day ? a.day < b.day : a.name < b.name;
              });
    data.turnedDeclining = data.turnedDeclining.mid(0, WeeklyReportData::kMaxListed);
    return data;
}

} // namespace qundesk::weeklyreport
