// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Sql.h"
#include "demo/DemoSteps.h"

namespace qundesk::demo {

namespace {

struct GroupText {
    const char* rules;
    const char* welcome;
    const char* operatorName;
};

// Rules and welcome scripts as operators write them; {nickname} and {group} are filled in
// when a script is copied.
const GroupText kTexts[] = {
    {"1. 禁止发广告和拉人\n2. 新人福利每周一更新，看群公告\n3. 有问题@群主，不要私加群友",
     "欢迎 {nickname} 加入{group}🎉 新人专享券已放在群公告，记得领取哦～", "小林"},
    {"VIP专属群：\n- 每月8号会员日专享价\n- 新品优先试用\n- 请勿外传群内价格",
     "尊敬的{nickname}，欢迎来到{group}！您的专属顾问是阿珍，有需要随时找我～", "阿珍"},
    {"宝妈互助，文明交流\n1. 不发广告不刷屏\n2. 育儿问题欢迎提问\n3. 晚上10点后请勿@全体",
     "欢迎{nickname}宝妈加入{group}💕 先做个自我介绍吧：宝宝几个月啦？", "Coco老师"},
    {"618活动群（活动结束后解散）\n- 每晚8点整点秒杀\n- 拼单满3人成团\n- 活动规则以公告为准",
     "欢迎{nickname}！{group}每晚8点秒杀，设置好提醒别错过⏰", "大雄"},
    {"Welcome tea lovers!\n1. Be kind\n2. No spam or self-promotion\n3. Share your brews and tips",
     "Welcome {nickname} to {group}! Tell us your favourite tea 🍵", "Mia"},
    {"Overseas Buyers rules:\n- Deals posted Mon/Thu\n- Shipping questions: see pinned message\n"
     "- English or Chinese both fine",
     "Hi {nickname}, welcome to {group}! Check the pinned message for this week's deals.", "Leo"},
};

} // namespace

Status insertSettingsAndGroups(DemoContext& ctx) {
    const QDate t = ctx.today;
    // name, platform, purpose, capacity, english, created (days before today), share, chatty,
    // leave rate. The campaign group is young: it was opened for the 618 sale.
    ctx.groups = {
        {0, QStringLiteral("新人福利群"), QStringLiteral("wechat"), QStringLiteral("newcomer"), 500,
         false, t.addDays(-420), 0.38, 0.9, 0.16},
        {0, QStringLiteral("VIP会员群"), QStringLiteral("wecom"), QStringLiteral("vip"), 200, false,
         t.addDays(-380), 0.10, 1.4, 0.04},
        {0, QStringLiteral("宝妈交流群"), QStringLiteral("wechat"), QStringLiteral("interest"), 500,
         false, t.addDays(-300), 0.30, 1.3, 0.08},
        {0, QStringLiteral("618活动群"), QStringLiteral("qq"), QStringLiteral("campaign"), 2000,
         false, t.addDays(-45), 0.22, 1.0, 0.22},
        {0, QStringLiteral("Tea Lovers Club"), QStringLiteral("telegram"),
         QStringLiteral("interest"), 5000, true, t.addDays(-500), 0.55, 1.1, 0.07},
        {0, QStringLiteral("Overseas Buyers"), QStringLiteral("whatsapp"), QStringLiteral("deals"),
         1024, true, t.addDays(-200), 0.45, 0.8, 0.10},
    };

    auto zoneSetting = sql::exec(ctx.db,
                                 QStringLiteral("INSERT OR REPLACE INTO settings (key, value) "
                                                "VALUES (:key, :value)"),
                                 {{QStringLiteral(":key"), QStringLiteral("time_zone")},
                                  {QStringLiteral(":value"), QString::fromLatin1(ctx.zone.id())}});
    if (!zoneSetting)
        return zoneSetting.error();

    PreparedInsert insert;
    if (auto s = insert.prepare(
            ctx.db,
            QStringLiteral(
                "INSERT INTO chat_groups (name, platform, purpose, capacity, rules_text, "
                "welcome_script, status, operator_name, external_id, created_at) VALUES (:name, "
                ":platform, :purpose, :capacity, :rules, :welcome, 'active', :operator, :external, "
                ":created)"));
        !s)
        return s;
    for (std::size_t i = 0; i < ctx.groups.size(); ++i) {
        GroupSpec& g = ctx.groups[i];
        // A big demo has big groups: capacity grows with the scale so no group is over-full.
        g.capacity *= ctx.scale;
        if (auto s = insert.run(
                {g.name, g.platform, g.purpose, g.capacity, QString::fromUtf8(kTexts[i].rules),
                 QString::fromUtf8(kTexts[i].welcome), QString::fromUtf8(kTexts[i].operatorName),
                 QStringLiteral("demo-group-%1").arg(i + 1), ctx.stamp(g.createdOn, 10, 0)});
            !s)
            return s;
        g.id = insert.lastId();
    }
    ctx.stats.groups = int(ctx.groups.size());
    return {};
}

} // namespace qundesk::demo
