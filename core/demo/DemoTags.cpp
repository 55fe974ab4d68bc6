// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "demo/DemoSteps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

namespace qundesk::demo {

namespace {

enum Tag { HighIntent, Mom, Loyal, Koc, Silent, Vip, Newcomer, Overseas, Birthday, TagCount };

struct TagSpec {
    const char* name;
    const char* color;
    const char* category;
};

const TagSpec kTags[TagCount] = {
    {"高意向", "#ff6b3d", "intent"},     {"宝妈", "#e85aa8", "profile"},
    {"老客户", "#2e9d5b", "value"},      {"KOC", "#8a5cf6", "role"},
    {"沉默用户", "#8c8c8c", "activity"}, {"VIP", "#d4a017", "value"},
    {"新人", "#3d7eff", "lifecycle"},    {"海外客户", "#14a3b8", "profile"},
    {"本月生日", "#f59f00", "profile"},
};

// Rule definitions in the form of rules/MemberCondition.h:
// {"match","conditions":[{field,op,value}]}.
QString definition(const QString& match, const QJsonArray& conditions) {
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("match"), match},
                                                       {QStringLiteral("conditions"), conditions}})
                                 .toJson(QJsonDocument::Compact));
}

QJsonObject condition(const char* field, const char* op, const QJsonValue& value) {
    return {{QStringLiteral("field"), QString::fromLatin1(field)},
            {QStringLiteral("op"), QString::fromLatin1(op)},
            {QStringLiteral("value"), value}};
}

} // namespace

Status insertTags(DemoContext& ctx) {
    PreparedInsert tag;
    PreparedInsert memberTag;
    PreparedInsert rule;
    PreparedInsert segment;
    for (auto [insert, statement] :
         {std::pair{&tag,
                    "INSERT INTO tags (name, color, category) VALUES (:name, :color, :category)"},
          std::pair{&memberTag, "INSERT INTO member_tags (member_id, tag_id, origin, created_at) "
                                "VALUES (:member, :tag, :origin, :created)"},
          std::pair{&rule, "INSERT INTO tag_rules (tag_id, name, definition, enabled, updated_at) "
                           "VALUES (:tag, :name, :definition, :enabled, :updated)"},
          std::pair{&segment, "INSERT INTO segments (name, definition, builtin, created_at) "
                              "VALUES (:name, :definition, 0, :created)"}}) {
        if (auto s = insert->prepare(ctx.db, QString::fromUtf8(statement)); !s)
            return s;
    }

    qint64 tagId[TagCount] = {};
    for (int t = 0; t < TagCount; ++t) {
        if (auto s = tag.run({QString::fromUtf8(kTags[t].name), QString::fromLatin1(kTags[t].color),
                              QString::fromLatin1(kTags[t].category)});
            !s)
            return s;
        tagId[t] = tag.lastId();
    }

    // Which tags each person carries, and how the tag came: by hand, by a rule, by import.
    std::vector<std::set<int>> manual(ctx.people.size());
    for (const Stay& s : ctx.stays) {
        const QString& purpose = ctx.groups[std::size_t(s.group)].purpose;
        if (ctx.groups[std::size_t(s.group)].name == QStringLiteral("宝妈交流群") &&
            ctx.random.chance(0.8))
            manual[std::size_t(s.person)].insert(Mom);
        if (purpose == QLatin1String("vip"))
            manual[std::size_t(s.person)].insert(Vip);
        if (s.role == QLatin1String("koc") || s.role == QLatin1String("kol"))
            manual[std::size_t(s.person)].insert(Koc);
    }
    const QString created = ctx.stamp(ctx.today.addDays(-7), 21, 30);
    const QString ruleRun = ctx.stamp(ctx.today, 8, 0);
    const QDate newSince = ctx.today.addDays(-13);
    for (std::size_t i = 0; i < ctx.people.size(); ++i) {
        const Person& p = ctx.people[i];
        if (p.orders == 0 && p.talk > 0.8 && ctx.random.chance(0.3))
            manual[i].insert(HighIntent);
        const QDate firstDay = QDateTime::fromSecsSinceEpoch(p.firstJoin, ctx.zone).date();
        std::vector<std::pair<int, const char*>> rows;
        for (int t : manual[i])
            rows.push_back({t, "manual"});
        if (p.orders >= 2)
            rows.push_back({Loyal, "rule"});
        if (p.lurker && firstDay < ctx.today.addDays(-30))
            rows.push_back({Silent, "rule"});
        if (firstDay >= newSince)
            rows.push_back({Newcomer, "rule"});
        if (p.english)
            rows.push_back({Overseas, "import"});
        if (p.birthday.isValid() && p.birthday.month() == ctx.today.month())
            rows.push_back({Birthday, "rule"});
        for (const auto& [t, origin] : rows) {
            if (auto s = memberTag.run(
                    {p.id, tagId[t], QString::fromLatin1(origin),
                     QLatin1String(origin) == QLatin1String("rule") ? ruleRun : created});
                !s)
                return s;
        }
    }

    const QJsonArray silent = {condition("silent_days", ">=", 30)};
    const QJsonArray repeat = {condition("orders", ">=", 2)};
    const QJsonArray newcomer = {condition("joined_within", "=", 13)};
    const QJsonArray birthday = {condition("birthday_month", "=", 0)};
    const QString updated = ctx.stamp(ctx.today.addDays(-30), 14, 0);
    const std::tuple<int, const char*, QJsonArray> rules[] = {{Silent, "沉默30天", silent},
                                                              {Loyal, "购买两次以上", repeat},
                                                              {Newcomer, "入群14天内", newcomer},
                                                              {Birthday, "本月生日", birthday}};
    for (const auto& [t, name, conditions] : rules) {
        if (auto s = rule.run({tagId[t], QString::fromUtf8(name),
                               definition(QStringLiteral("all"), conditions), 1, updated});
            !s)
            return s;
    }

    const QJsonArray momIntent = {condition("has_tag", "=", tagId[Mom]),
                                  condition("has_tag", "=", tagId[HighIntent])};
    const QJsonArray overseasBuyers = {condition("has_tag", "=", tagId[Overseas]),
                                       condition("orders", ">=", 1)};
    const std::tuple<const char*, QString, QJsonArray> segments[] = {
        {"沉默30天用户", QStringLiteral("all"), silent},
        {"宝妈高意向", QStringLiteral("all"), momIntent},
        {"复购客户", QStringLiteral("all"), repeat},
        {"新人14天", QStringLiteral("all"), newcomer},
        {"Overseas buyers", QStringLiteral("all"), overseasBuyers}};
    for (const auto& [name, match, conditions] : segments) {
        if (auto s = segment.run({QString::fromUtf8(name), definition(match, conditions), updated});
            !s)
            return s;
    }
    return {};
}

} // namespace qundesk::demo
