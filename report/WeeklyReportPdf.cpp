// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "WeeklyReportPdf.h"

#include "ReportCanvas.h"
#include "ReportLineChart.h"
#include "util/Money.h"
#include "util/Time.h"

#include <QLocale>
#include <QPdfWriter>

namespace qundesk {

namespace {

const QChar kMinus(0x2212);

QString signedNumber(double value, int decimals) {
    const QString digits = QLocale().toString(qAbs(value), 'f', decimals);
    return value > 0 ? QLatin1Char('+') + digits : value < 0 ? kMinus + digits : digits;
}

QString percent(double value) {
    return QLocale().toString(value, 'f', 1) + QLatin1Char('%');
}

QString dayText(const QDate& day) {
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

// "Mon 11-24" … for the charts' x axis, in the interface language.
QStringList weekDays(const QDate& monday) {
    QStringList labels;
    for (int i = 0; i < 7; ++i) {
        const QDate day = monday.addDays(i);
        labels << QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
                      day.toString(QStringLiteral("MM-dd"));
    }
    return labels;
}

} // namespace

QString WeeklyReportPdf::change(qint64 current, qint64 previous) {
    const qint64 delta = current - previous;
    if (delta == 0)
        return QStringLiteral("0");
    if (previous == 0)
        return tr("%1 (new)").arg(signedNumber(double(delta), 0));
    return QStringLiteral("%1 (%2%)")
        .arg(signedNumber(double(delta), 0),
             signedNumber(100.0 * double(delta) / double(previous), 1));
}

Result<int> WeeklyReportPdf::write(const WeeklyReportData& data, QIODevice* device) {
    QPdfWriter writer(device);
    writer.setTitle(tr("Weekly report %1").arg(weeklyreport::isoWeekName(data.monday)));
    writer.setCreator(QStringLiteral("QunDesk"));
    ReportCanvas canvas(writer);
    if (!canvas.isActive())
        return Error{tr("Cannot paint the report."), {}, 0};

    canvas.title(tr("Weekly report %1").arg(weeklyreport::isoWeekName(data.monday)),
                 tr("%1 – %2 (Monday to Sunday, time zone %3) · generated %4")
                     .arg(dayText(data.monday), dayText(data.sunday()), data.zoneId,
                          time::now().toUTC().toString(Qt::ISODate)));

    canvas.heading(tr("Key figures per group"));
    if (data.groups.isEmpty())
        canvas.paragraph(tr("The workspace has no active group."));
    const auto money = [&](qint64 cents) {
        return money::format(cents, data.currency);
    };
    // The change in money, signed, with its percentage: "+¥120.00 (+10.0%)".
    const auto moneyChange = [&](qint64 current, qint64 previous) {
        const qint64 delta = current - previous;
        if (delta == 0)
            return QStringLiteral("0");
        const QString amount =
            (delta > 0 ? QString(QLatin1Char('+')) : QString(kMinus)) + money(qAbs(delta));
        if (previous == 0)
            return tr("%1 (new)").arg(amount);
        return QStringLiteral("%1 (%2%)")
            .arg(amount, signedNumber(100.0 * double(delta) / double(previous), 1));
    };
    for (const WeeklyGroupKpis& g : data.groups) {
        const auto row = [](const QString& name, qint64 current, qint64 previous) {
            return QStringList{name, QLocale().toString(current), QLocale().toString(previous),
                               change(current, previous)};
        };
        QList<QStringList> rows = {
            row(tr("Messages"), g.messages.current, g.messages.previous),
            row(tr("Active members"), g.activeMembers.current, g.activeMembers.previous),
            {tr("Active rate"), percent(g.activeRate()), percent(g.previousActiveRate()),
             tr("%1 points").arg(signedNumber(g.activeRate() - g.previousActiveRate(), 1))},
            row(tr("Members at the end of the week"), g.members.current, g.members.previous),
            row(tr("Joins"), g.joins.current, g.joins.previous),
            row(tr("Leaves"), g.leaves.current, g.leaves.previous),
            row(tr("Buyers"), g.buyers.current, g.buyers.previous),
            {tr("Revenue"), money(g.revenueCents.current), money(g.revenueCents.previous),
             moneyChange(g.revenueCents.current, g.revenueCents.previous)},
        };
        canvas.paragraph(g.name, 10.5);
        canvas.table({tr("Figure"), tr("This week"), tr("Week before"), tr("Change")}, rows,
                     {0.37, 0.2, 0.2, 0.23});
    }

    const QStringList days = weekDays(data.monday);
    QList<ReportLineChart::Series> messages, active;
    for (const WeeklyGroupKpis& g : data.groups) {
        messages.append({g.name, g.messagesPerDay});
        active.append({g.name, g.activePerDay});
    }
    canvas.heading(tr("Activity per day"));
    const ReportLineChart messageChart(tr("Messages per day"), days, messages);
    canvas.block(230, [&](QPainter& p, const QRectF& r) { messageChart.paint(p, r); });
    const ReportLineChart activeChart(tr("Daily active members"), days, active);
    canvas.block(230, [&](QPainter& p, const QRectF& r) { activeChart.paint(p, r); });

    canvas.heading(tr("Top contributors"));
    QList<QStringList> top;
    for (qsizetype i = 0; i < data.topContributors.size(); ++i) {
        const WeeklyMemberLine& m = data.topContributors.at(i);
        top << QStringList{QString::number(i + 1), m.name, m.group, QLocale().toString(m.messages)};
    }
    if (top.isEmpty())
        canvas.paragraph(tr("Nobody posted this week."));
    else
        canvas.table({QStringLiteral("#"), tr("Member"), tr("Group"), tr("Messages")}, top,
                     {0.08, 0.37, 0.37, 0.18}, false);

    canvas.heading(tr("New lurkers (joined this week, never posted)"));
    QList<QStringList> lurkers;
    for (const WeeklyMemberLine& m : data.newLurkers)
        lurkers << QStringList{m.name, m.group, dayText(m.day)};
    if (lurkers.isEmpty())
        canvas.paragraph(tr("None."));
    else
        canvas.table({tr("Member"), tr("Group"), tr("Joined")}, lurkers, {0.4, 0.4, 0.2}, false);
    if (data.newLurkersTotal > data.newLurkers.size())
        canvas.paragraph(
            tr("… and %n more.", "", int(data.newLurkersTotal - data.newLurkers.size())));

    canvas.heading(tr("Members turning Declining"));
    QList<QStringList> declining;
    for (const WeeklyMemberLine& m : data.turnedDeclining)
        declining << QStringList{m.name, m.group, dayText(m.day)};
    if (declining.isEmpty())
        canvas.paragraph(tr("None."));
    else
        canvas.table({tr("Member"), tr("Groups"), tr("Silent since")}, declining, {0.35, 0.45, 0.2},
                     false);
    if (data.turnedDecliningTotal > data.turnedDeclining.size())
        canvas.paragraph(
            tr("… and %n more.", "", int(data.turnedDecliningTotal - data.turnedDeclining.size())));

    canvas.heading(tr("Definitions"));
    canvas.paragraph(
        tr("Days are days in the workspace's time zone. Active members: members with at least one "
           "message in the group that week; active rate: active members / members present at the "
           "end of the week. Daily active members: distinct members who posted that day. Buyers "
           "and revenue: orders attributed to the group, revenue in %1 (other currencies are not "
           "added). New lurkers: members whose stay began this week and who have not posted in "
           "that group. Turning Declining: Declining on Sunday (silent for the configured number "
           "of days and no order in the configured window) but not on the Sunday before.")
            .arg(data.currency),
        8, QColor(0x4b, 0x55, 0x63));
    const int pages = canvas.pages();
    if (!canvas.finish())
        return Error{tr("Cannot write the report."), {}, 0};
    return pages;
}

} // namespace qundesk
