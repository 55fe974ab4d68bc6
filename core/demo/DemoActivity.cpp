// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Sql.h"
#include "demo/DemoNames.h"
#include "demo/DemoSteps.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace qundesk::demo {

namespace {

// Messages per present day are multiplied by this so scale 1 gives ~100k messages.
constexpr double kCalibration = 2.3;

// The day's rhythm (weights per local hour): quiet at night, busy at lunch, peak 19–22h.
const std::vector<double> kMessageHours = {0.5, 0.25, 0.1, 0.05, 0.04, 0.08, 0.3, 0.9,
                                           1.4, 1.6,  1.7, 1.8,  2.4,  1.9,  1.5, 1.5,
                                           1.6, 1.8,  2.4, 3.6,  4.2,  4.0,  2.6, 1.1};
// The week's rhythm, Monday first: Chinese groups peak on Wednesday (member day) and on the
// weekend; the overseas groups on Friday and Saturday.
const double kChineseWeek[7] = {0.85, 0.95, 1.2, 0.95, 1.05, 1.25, 1.15};
const double kEnglishWeek[7] = {0.9, 0.9, 1.0, 1.0, 1.25, 1.3, 1.0};

struct Draft {
    int second;
    int stay;
    int body; // index into the group's pool; -1 = the welcome script
};

QString kindOf(const QString& body) {
    if (body == QLatin1String("[图片]") || body == QLatin1String("[photo]"))
        return QStringLiteral("image");
    if (body == QLatin1String("[表情]") || body == QLatin1String("[sticker]"))
        return QStringLiteral("sticker");
    if (body == QLatin1String("[语音]"))
        return QStringLiteral("voice");
    return QStringLiteral("text");
}

double groupDayFactor(DemoContext& ctx, const GroupSpec& g, const QDate& day) {
    double f = (g.english ? kEnglishWeek : kChineseWeek)[day.dayOfWeek() - 1];
    f *= 0.8 + 0.4 * ctx.random.unit(); // some days are simply livelier
    if (g.purpose == QLatin1String("campaign")) {
        const qint64 age = g.createdOn.daysTo(day);
        if (age >= 0 && age < 5)
            f *= 1.8; // the opening rush
        const QDate sale(day.year(), 6, 18);
        if (std::abs(day.daysTo(sale)) <= 2)
            f *= 2.5;
    }
    return f;
}

} // namespace

Status insertActivity(DemoContext& ctx, int fromPercent, int toPercent) {
    PreparedInsert message;
    PreparedInsert activity;
    if (auto s = message.prepare(
            ctx.db,
            QStringLiteral(
                "INSERT INTO messages (group_id, member_id, sent_at, day, kind, author_name, body, "
                "source_id) VALUES (:group, :member, :sent, :day, :kind, :author, :body, "
                ":source)"));
        !s)
        return s;
    if (auto s = activity.prepare(
            ctx.db,
            QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, day, messages) "
                           "VALUES (:group, :member, :day, :messages)"));
        !s)
        return s;

    DemoRandom& r = ctx.random;
    const WeightedTable hours(kMessageHours);
    std::vector<int> owner(ctx.groups.size(), -1);
    for (std::size_t i = 0; i < ctx.stays.size(); ++i)
        if (ctx.stays[i].role == QLatin1String("owner"))
            owner[std::size_t(ctx.stays[i].group)] = int(i);
    std::vector<QString> welcomes(ctx.groups.size());
    auto scripts = sql::exec(ctx.db, QStringLiteral("SELECT id, welcome_script FROM chat_groups"));
    if (!scripts)
        return scripts.error();
    while (scripts->next())
        for (std::size_t g = 0; g < ctx.groups.size(); ++g)
            if (ctx.groups[g].id == scripts->value(0).toLongLong())
                welcomes[g] = scripts->value(1).toString();

    qint64 sourceNumber = 0;
    std::vector<Draft> drafts;
    std::vector<int> perStay(ctx.stays.size(), 0); // messages per stay on the current day
    std::vector<int> touched;                      // stays that spoke on the current day
    std::vector<double> factor(ctx.groups.size());
    for (QDate day = ctx.firstDay; day <= ctx.today; day = day.addDays(1)) {
        for (std::size_t g = 0; g < ctx.groups.size(); ++g)
            factor[g] = groupDayFactor(ctx, ctx.groups[g], day) * kCalibration;
        drafts.clear();
        for (std::size_t i = 0; i < ctx.stays.size(); ++i) {
            const Stay& s = ctx.stays[i];
            if (s.joinDay > day || (s.leaveDay.isValid() && s.leaveDay < day))
                continue;
            if (s.joinDay == day && owner[std::size_t(s.group)] >= 0 &&
                int(i) != owner[std::size_t(s.group)] && r.chance(0.6) && s.joinSecond < 86000)
                drafts.push_back(
                    {s.joinSecond + r.between(30, 399), owner[std::size_t(s.group)], -1 - int(i)});
            if (s.rate <= 0.0)
                continue;
            // Newcomers talk most in their first weeks, then settle.
            const double fade = 0.45 + 1.2 * std::exp(-double(s.joinDay.daysTo(day)) / 21.0);
            const int count = r.poisson(s.rate * factor[std::size_t(s.group)] * fade);
            const bool english = ctx.groups[std::size_t(s.group)].english;
            const int poolSize =
                int((english ? names::englishMessages() : names::chineseMessages()).size());
            for (int k = 0; k < count; ++k) {
                const int second = hours.draw(r) * 3600 + r.between(0, 3599);
                const int body = r.between(0, poolSize - 1);
                if ((s.joinDay == day && second <= s.joinSecond) ||
                    (s.leaveDay == day && second >= s.leaveSecond))
                    continue;
                drafts.push_back({second, int(i), body});
            }
        }
        std::stable_sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) {
            return std::tie(a.second, a.stay) < std::tie(b.second, b.stay);
        });

        const QString dayText = DemoContext::day(day);
        touched.clear();
        for (const Draft& d : drafts) {
            const Stay& s = ctx.stays[std::size_t(d.stay)];
            const GroupSpec& g = ctx.groups[std::size_t(s.group)];
            const qint64 memberId = ctx.people[std::size_t(s.person)].id;
            QString body;
            if (d.body < 0) {
                body = welcomes[std::size_t(s.group)];
                body.replace(QStringLiteral("{nickname}"),
                             ctx.stays[std::size_t(-1 - d.body)].nickname)
                    .replace(QStringLiteral("{group}"), g.name);
            } else {
                body = (g.english ? names::englishMessages() : names::chineseMessages()).at(d.body);
            }
            if (auto st = message.run({g.id, memberId, ctx.instant(day, std::min(d.second, 86399)),
                                       dayText, kindOf(body), s.nickname, body,
                                       QStringLiteral("demo-") + QString::number(++sourceNumber)});
                !st)
                return st;
            if (perStay[std::size_t(d.stay)]++ == 0)
                touched.push_back(d.stay);
        }
        // One activity row per (group, member) spoken that day, in key order. A person has
        // one stay per group, so a stay stands for its (group, member) pair.
        std::sort(touched.begin(), touched.end(), [&](int a, int b) {
            const Stay& x = ctx.stays[std::size_t(a)];
            const Stay& y = ctx.stays[std::size_t(b)];
            return std::pair(ctx.groups[std::size_t(x.group)].id,
                             ctx.people[std::size_t(x.person)].id) <
                   std::pair(ctx.groups[std::size_t(y.group)].id,
                             ctx.people[std::size_t(y.person)].id);
        });
        for (int i : touched) {
            const Stay& s = ctx.stays[std::size_t(i)];
            if (auto st = activity.run({ctx.groups[std::size_t(s.group)].id,
                                        ctx.people[std::size_t(s.person)].id, dayText,
                                        perStay[std::size_t(i)]});
                !st)
                return st;
            perStay[std::size_t(i)] = 0;
        }
        const int done = int(ctx.firstDay.daysTo(day)) + 1;
        if (!ctx.progress(fromPercent +
                          (toPercent - fromPercent) * done / DemoContext::kWindowDays))
            return ctx.cancelledError();
    }
    ctx.stats.messages = sourceNumber;
    return {};
}

} // namespace qundesk::demo
