// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Sql.h"
#include "demo/DemoSteps.h"

namespace qundesk::demo {

namespace {

struct StepSpec {
    const char* title;
    int dayOffset;
    const char* windowStart;
    const char* windowEnd;
    const char* channel;
    const char* script;
};

struct SopSpec {
    const char* name;
    const char* description;
    const char* language;
    const char* targetKind;
    const char* anchor;
    const char* stopCondition;
    const char* endActions;
    std::vector<StepSpec> steps;
};

const SopSpec kSops[] = {
    {"新人7天破冰SOP",
     "新人入群后7天内的欢迎、了解需求、种草和回访",
     "zh_CN",
     "member",
     "join",
     R"({"match":"any","conditions":[{"field":"orders","op":">=","value":1}]})",
     R"([{"action":"add_tag","tag":"高意向"}])",
     {{"入群欢迎", 0, "20:00", "21:00", "group",
       "欢迎 {nickname} 加入{group}！我是{operator}，新人券已经放在群公告啦～"},
      {"私聊了解需求", 1, "10:00", "12:00", "private",
       "Hi {nickname}，我是{group}的{operator}，想了解一下您平时最关心哪方面呢？"},
      {"分享用户故事", 3, "20:00", "21:00", "group", "给大家分享一位老朋友的真实反馈……"},
      {"发放专属优惠", 5, "19:00", "21:00", "private",
       "{nickname}，送您一张新人专属券，7天内有效哦"},
      {"满意度回访", 7, "10:00", "20:00", "private",
       "{nickname}，入群一周啦，有什么建议都可以告诉我～"}}},
    {"沉默唤醒SOP",
     "30天未发言成员的三步唤醒",
     "zh_CN",
     "segment",
     "start",
     R"({"match":"any","conditions":[{"field":"silent_days","op":"<","value":1}]})",
     "[]",
     {{"私聊问候", 0, "10:00", "12:00", "private",
       "{nickname}，好久不见～最近怎么样？给您留了一份老朋友专属福利"},
      {"群内@互动", 2, "20:00", "21:00", "group", "@{nickname} 今天的话题你一定有想法！"},
      {"限时召回券", 5, "19:00", "21:00", "private", "{nickname}，召回券今晚24点到期，别错过哦"}}},
    {"Welcome week",
     "A newcomer's first week in an English-speaking group",
     "en",
     "member",
     "join",
     R"({"match":"any","conditions":[{"field":"orders","op":">=","value":1}]})",
     "[]",
     {{"Welcome in the group", 0, "19:00", "21:00", "group",
       "Welcome {nickname} to {group}! I'm {operator}, ask me anything."},
      {"Ask about favourite teas", 2, "10:00", "12:00", "private",
       "Hi {nickname}, which teas do you enjoy most? I can suggest a few."},
      {"First-order coupon", 6, "19:00", "21:00", "private",
       "{nickname}, here is 10% off your first order, valid for a week."}}},
};

const char* const kSkipReasons[] = {"对方未回复", "已在群内互动过", "已下单，无需推送"};

} // namespace

Status insertSops(DemoContext& ctx) {
    PreparedInsert sop, step, run, task, touch, target;
    const std::pair<PreparedInsert*, const char*> statements[] = {
        {&sop, "INSERT INTO sop_templates (name, description, language, target_kind, anchor, "
               "stop_condition, end_actions, builtin, created_at, updated_at, uid, scenario) "
               "VALUES (:name, :description, :language, :target, :anchor, :stop, :end, 0, "
               ":created, :updated, :uid, :scenario)"},
        {&step, "INSERT INTO sop_steps (template_id, position, title, timing_kind, day_offset, "
                "window_start, window_end, channel, script) VALUES (:template, :position, :title, "
                "'day_offset', :offset, :start, :end, :channel, :script)"},
        {&run, "INSERT INTO sop_runs (template_id, target_kind, group_id, segment_id, member_id, "
               "started_on, status, ended_at, simulated, created_at) VALUES (:template, :target, "
               ":group, :segment, :member, :started, :status, :ended, 0, :created)"},
        {&task,
         "INSERT INTO sop_tasks (run_id, step_id, member_id, group_id, due_at, status, "
         "reason, done_at, occurrence) VALUES (:run, :step, :member, :group, :due, :status, "
         ":reason, :done, :occurrence)"},
        {&target, "INSERT INTO sop_run_targets (run_id, member_id, group_id, anchor_day, "
                  "status, ended_on) VALUES (:run, :member, :group, :anchor, :status, :ended)"},
        {&touch,
         "INSERT INTO touches (member_id, group_id, channel, touched_at, note, sop_task_id) "
         "VALUES (:member, :group, :channel, :touched, :note, :task)"}};
    for (const auto& [insert, statement] : statements)
        if (auto s = insert->prepare(ctx.db, QString::fromUtf8(statement)); !s)
            return s;

    const QString created = ctx.stamp(ctx.today.addDays(-60), 15, 0);
    std::vector<qint64> templateIds;
    std::vector<std::vector<qint64>> stepIds;
    int sopNumber = 0;
    for (const SopSpec& spec : kSops) {
        ++sopNumber;
        const bool onboarding = QLatin1String(spec.anchor) == QLatin1String("join");
        if (auto s =
                sop.run({QString::fromUtf8(spec.name), QString::fromUtf8(spec.description),
                         QString::fromLatin1(spec.language), QString::fromLatin1(spec.targetKind),
                         QString::fromLatin1(spec.anchor), QString::fromUtf8(spec.stopCondition),
                         QString::fromUtf8(spec.endActions), created, created,
                         QStringLiteral("qundesk-demo-sop-%1").arg(sopNumber),
                         onboarding ? QStringLiteral("new_member")
                                    : QStringLiteral("reactivation")});
            !s)
            return s;
        templateIds.push_back(sop.lastId());
        stepIds.emplace_back();
        for (std::size_t k = 0; k < spec.steps.size(); ++k) {
            const StepSpec& st = spec.steps[k];
            if (auto s = step.run({templateIds.back(), int(k) + 1, QString::fromUtf8(st.title),
                                   st.dayOffset, QString::fromLatin1(st.windowStart),
                                   QString::fromLatin1(st.windowEnd),
                                   QString::fromLatin1(st.channel), QString::fromUtf8(st.script)});
                !s)
                return s;
            stepIds.back().push_back(step.lastId());
        }
    }

    auto segment = sql::scalar(ctx.db, QStringLiteral("SELECT id FROM segments WHERE name = :name"),
                               {{QStringLiteral(":name"), QStringLiteral("沉默30天用户")}}, 0);
    if (!segment)
        return segment.error();

    DemoRandom& r = ctx.random;
    const QVariant noId(QMetaType::fromType<qint64>());
    const QVariant noText(QMetaType::fromType<QString>());
    // Tasks of one run from `anchor`: past ones mostly done (each with its touch), some
    // skipped with a reason; today's and later ones pending. Returns whether all are settled.
    auto addTasks = [&](qint64 runId, std::size_t sopIndex, const Stay& s, const QDate& anchor,
                        bool& settled) -> Status {
        const SopSpec& spec = kSops[sopIndex];
        settled = true;
        const QDate last = anchor.addDays(spec.steps.back().dayOffset);
        const bool over = last < ctx.today;
        if (auto st2 = target.run({runId, ctx.people[std::size_t(s.person)].id,
                                   ctx.groups[std::size_t(s.group)].id, DemoContext::day(anchor),
                                   over ? QStringLiteral("finished") : QStringLiteral("active"),
                                   over ? QVariant(DemoContext::day(last)) : noText});
            !st2)
            return st2;
        for (std::size_t k = 0; k < spec.steps.size(); ++k) {
            const StepSpec& st = spec.steps[k];
            const QDate due = anchor.addDays(st.dayOffset);
            const int start =
                QTime::fromString(QString::fromLatin1(st.windowStart), QStringLiteral("HH:mm"))
                    .msecsSinceStartOfDay() /
                1000;
            QString status = QStringLiteral("pending");
            QString reason;
            QString doneAt;
            if (due < ctx.today) {
                const double u = r.unit();
                status = u < 0.8 ? QStringLiteral("done") : QStringLiteral("skipped");
                if (u >= 0.8)
                    reason = QString::fromUtf8(kSkipReasons[r.between(0, 2)]);
                else
                    doneAt = ctx.instant(due, std::min(86399, start + r.between(0, 5400)));
            } else {
                settled = false;
            }
            const qint64 memberId = ctx.people[std::size_t(s.person)].id;
            const qint64 groupId = ctx.groups[std::size_t(s.group)].id;
            if (auto st2 = task.run({runId, stepIds[sopIndex][k], memberId, groupId,
                                     ctx.instant(due, start), status, sql::nullIfEmpty(reason),
                                     sql::nullIfEmpty(doneAt), DemoContext::day(due)});
                !st2)
                return st2;
            if (!doneAt.isEmpty()) {
                if (auto st2 = touch.run({memberId, groupId, QString::fromLatin1(st.channel),
                                          doneAt, QString::fromUtf8(st.title), task.lastId()});
                    !st2)
                    return st2;
            }
        }
        return {};
    };

    // Member runs for the newcomers of the last two weeks (Chinese newcomer group and the
    // English tea club), started on their join day.
    int runs = 0;
    for (const Stay& s : ctx.stays) {
        const GroupSpec& g = ctx.groups[std::size_t(s.group)];
        const std::size_t sopIndex = g.purpose == QLatin1String("newcomer")       ? 0
                                     : g.name == QLatin1String("Tea Lovers Club") ? 2
                                                                                  : 99;
        if (sopIndex == 99 || s.joinDay < ctx.today.addDays(-13) || s.leaveDay.isValid() ||
            s.role != QLatin1String("member"))
            continue;
        const QDate last = s.joinDay.addDays(kSops[sopIndex].steps.back().dayOffset);
        const bool finished = last < ctx.today;
        if (auto st = run.run({templateIds[sopIndex], QStringLiteral("member"), g.id, noId,
                               ctx.people[std::size_t(s.person)].id, DemoContext::day(s.joinDay),
                               finished ? QStringLiteral("finished") : QStringLiteral("active"),
                               finished ? QVariant(ctx.stamp(last, 21, 0)) : noText,
                               ctx.instant(s.joinDay, s.joinSecond)});
            !st)
            return st;
        bool settled = false;
        if (auto st = addTasks(run.lastId(), sopIndex, s, s.joinDay, settled); !st)
            return st;
        ++runs;
    }

    // One segment run: the silent members of the mothers' group, woken up since three days.
    const QDate started = ctx.today.addDays(-3);
    std::size_t momGroup = 0;
    for (std::size_t g = 0; g < ctx.groups.size(); ++g)
        if (ctx.groups[g].name == QStringLiteral("宝妈交流群"))
            momGroup = g;
    if (auto st = run.run({templateIds[1], QStringLiteral("segment"), ctx.groups[momGroup].id,
                           segment->toLongLong(), noId, DemoContext::day(started),
                           QStringLiteral("active"), noText, ctx.stamp(started, 9, 30)});
        !st)
        return st;
    ++runs;
    const qint64 segmentRun = run.lastId();
    int targets = 0;
    for (const Stay& s : ctx.stays) {
        if (targets >= 20 * ctx.scale)
            break;
        if (s.group != int(momGroup) || s.rate > 0.0 || s.leaveDay.isValid() ||
            s.joinDay > ctx.today.addDays(-30))
            continue;
        bool settled = false;
        if (auto st = addTasks(segmentRun, 1, s, started, settled); !st)
            return st;
        ++targets;
    }
    ctx.stats.sopRuns = runs;

    // Touches by hand: private follow-ups of the last month, outside any SOP.
    static const char* const notes[] = {
        "私聊推荐新品",          "售后回访", "生日祝福", "解答物流问题", "Followed up on shipping",
        "Sent the tasting notes"};
    const int manual = 150 * ctx.scale;
    for (int i = 0; i < manual; ++i) {
        const Stay& s = ctx.stays[std::size_t(r.between(0, int(ctx.stays.size()) - 1))];
        const QDate day = ctx.today.addDays(-r.between(0, 29));
        if (s.joinDay > day)
            continue;
        const bool english = ctx.groups[std::size_t(s.group)].english;
        if (auto st = touch.run(
                {ctx.people[std::size_t(s.person)].id, ctx.groups[std::size_t(s.group)].id,
                 QStringLiteral("private"), ctx.instant(day, r.between(9 * 3600, 21 * 3600)),
                 QString::fromUtf8(notes[english ? r.between(4, 5) : r.between(0, 3)]), noId});
            !st)
            return st;
    }
    return {};
}

} // namespace qundesk::demo
