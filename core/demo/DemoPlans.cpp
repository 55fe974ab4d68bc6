// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "demo/DemoSteps.h"

#include <algorithm>
#include <tuple>

namespace qundesk::demo {

namespace {

struct Idea {
    const char* title;
    const char* channel;
    const char* line;
};

const Idea kChineseIdeas[] = {
    {"新品试用招募", "group", "marketing"},     {"用户晒单合集", "moments", "feedback"},
    {"创始人的一天", "moments", "persona"},     {"周末秒杀预告", "group", "activity"},
    {"育儿小知识：辅食添加", "group", "topic"}, {"一对一回访老客户", "private", "feedback"},
    {"直播：新品讲解", "live", "marketing"},    {"早安问候+今日话题", "group", "daily"},
    {"群内抽奖", "group", "activity"},          {"本周好物清单", "moments", "marketing"},
};
const Idea kEnglishIdeas[] = {
    {"Brewing tips: oolong", "group", "topic"},
    {"Customer photo of the week", "group", "feedback"},
    {"Flash deal: gift boxes", "group", "marketing"},
    {"Behind the scenes at the tea farm", "moments", "persona"},
    {"Live tasting session", "live", "activity"},
    {"Check in with repeat buyers", "private", "feedback"},
};
const int kSlots[] = {9 * 60, 12 * 60 + 30, 19 * 60 + 30, 20 * 60, 21 * 60};

struct Item {
    int group;
    QString title;
    QString body;
    QString channel;
    QString line;
    QString status;
    QDate day;
    int minute; // local minutes of the day
    int duration;
    QString rrule;
};

QString localStart(const QDate& day, int minute) {
    return QStringLiteral("%1T%2:%3")
        .arg(day.toString(Qt::ISODate))
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// The first day on or after `from` falling on one of `weekdays` (1 = Monday), so a series
// starts on an occurrence of its own rule.
QDate firstOn(const QDate& from, std::initializer_list<int> weekdays) {
    for (QDate d = from;; d = d.addDays(1))
        if (std::find(weekdays.begin(), weekdays.end(), d.dayOfWeek()) != weekdays.end())
            return d;
}

QString statusFor(DemoRandom& r, qint64 daysAhead) {
    if (r.chance(0.04))
        return QStringLiteral("skipped");
    if (daysAhead <= 2)
        return QStringLiteral("scheduled");
    if (daysAhead <= 13)
        return r.chance(0.6) ? QStringLiteral("draft") : QStringLiteral("scheduled");
    return r.chance(0.7) ? QStringLiteral("idea") : QStringLiteral("draft");
}

} // namespace

// Four weeks of planned content from today: a few weekly series and single posts per group.
Status insertContent(DemoContext& ctx) {
    const QDate t = ctx.today;
    std::vector<Item> items = {
        {0, QStringLiteral("早安+今日福利预告"), QStringLiteral("早上好！今天的福利是……"),
         QStringLiteral("group"), QStringLiteral("daily"), QStringLiteral("scheduled"),
         firstOn(t, {1, 3, 5}), 8 * 60 + 30, 15, QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE,FR")},
        {1, QStringLiteral("会员日专享直播"), QStringLiteral("今晚8点会员专场，专属价只在直播间"),
         QStringLiteral("live"), QStringLiteral("activity"), QStringLiteral("scheduled"),
         firstOn(t, {4}), 20 * 60, 60, QStringLiteral("FREQ=WEEKLY;BYDAY=TH")},
        {2, QStringLiteral("育儿话题讨论"), QStringLiteral("今天聊聊：宝宝挑食怎么办？"),
         QStringLiteral("group"), QStringLiteral("topic"), QStringLiteral("scheduled"),
         firstOn(t, {2, 6}), 20 * 60 + 30, 45, QStringLiteral("FREQ=WEEKLY;BYDAY=TU,SA")},
        {4, QStringLiteral("Tea of the week"), QStringLiteral("This week: Tieguanyin oolong"),
         QStringLiteral("group"), QStringLiteral("topic"), QStringLiteral("scheduled"),
         firstOn(t, {5}), 19 * 60, 30, QStringLiteral("FREQ=WEEKLY;BYDAY=FR;COUNT=4")},
    };
    DemoRandom& r = ctx.random;
    for (std::size_t g = 0; g < ctx.groups.size(); ++g) {
        const bool english = ctx.groups[g].english;
        for (int week = 0; week < 4; ++week) {
            for (int k = 0; k < 3; ++k) {
                const Idea& idea =
                    english ? kEnglishIdeas[r.between(0, 5)] : kChineseIdeas[r.between(0, 9)];
                const QDate day = t.addDays(week * 7 + r.between(0, 6));
                const int minute = kSlots[r.between(0, 4)];
                const QString channel = QString::fromLatin1(idea.channel);
                items.push_back({int(g), QString::fromUtf8(idea.title), QString(), channel,
                                 QString::fromLatin1(idea.line), statusFor(r, t.daysTo(day)), day,
                                 minute, channel == QLatin1String("live") ? 90 : 30, QString()});
            }
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return std::tie(a.day, a.minute, a.group) < std::tie(b.day, b.minute, b.group);
    });

    PreparedInsert insert;
    if (auto s =
            insert.prepare(ctx.db, QStringLiteral("INSERT INTO content_items (uid, group_id, "
                                                  "title, body, channel, content_line, status, "
                                                  "starts_at, duration_min, rrule, created_at, "
                                                  "updated_at) VALUES (:uid, :group, :title, "
                                                  ":body, :channel, :line, :status, :starts, "
                                                  ":duration, :rrule, :created, :updated)"));
        !s)
        return s;
    const QString created = ctx.stamp(t.addDays(-3), 16, 0);
    const QVariant noText(QMetaType::fromType<QString>());
    qint64 firstSeries = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item& it = items[i];
        if (auto s =
                insert.run({QStringLiteral("demo-content-%1@qundesk").arg(i + 1),
                            ctx.groups[std::size_t(it.group)].id, it.title,
                            it.body.isEmpty() ? noText : QVariant(it.body), it.channel, it.line,
                            it.status, localStart(it.day, it.minute), it.duration,
                            it.rrule.isEmpty() ? noText : QVariant(it.rrule), created, created});
            !s)
            return s;
        if (it.group == 0 && !it.rrule.isEmpty())
            firstSeries = insert.lastId();
    }
    ctx.stats.contentItems = int(items.size());

    // One occurrence of the morning series is moved to 09:30 and a later one is skipped, as an
    // operator does around a holiday; the series itself stays intact.
    PreparedInsert exception;
    if (auto s = exception.prepare(
            ctx.db,
            QStringLiteral(
                "INSERT INTO content_exceptions (item_id, original_start, new_starts_at, status) "
                "VALUES (:item, :original, :moved, :status)"));
        !s)
        return s;
    const QDate series = items.empty() ? t : firstOn(t, {1, 3, 5});
    const QDate moved = firstOn(series.addDays(7), {1, 3, 5});
    const QDate skipped = firstOn(series.addDays(14), {1, 3, 5});
    if (auto s = exception.run(
            {firstSeries, localStart(moved, 8 * 60 + 30), localStart(moved, 9 * 60 + 30), noText});
        !s)
        return s;
    return exception.run(
        {firstSeries, localStart(skipped, 8 * 60 + 30), noText, QStringLiteral("skipped")});
}

} // namespace qundesk::demo
