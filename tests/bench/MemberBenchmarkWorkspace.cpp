// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "MemberBenchmarkWorkspace.h"

#include "DemoBenchmarkWorkspace.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "import/MemberCsvImporter.h"
#include "model/Tag.h"
#include "rules/MemberStatusUpdater.h"
#include "rules/TagRuleEngine.h"
#include "store/TagStore.h"

#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <memory>

namespace qundesk::bench {

namespace {

const QStringList kSurnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                               QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                               QStringLiteral("赵"), QStringLiteral("黄"), QStringLiteral("周"),
                               QStringLiteral("吴")};
const QStringList kGiven = {QStringLiteral("小明"), QStringLiteral("丽"),   QStringLiteral("芳"),
                            QStringLiteral("伟"),   QStringLiteral("静"),   QStringLiteral("磊"),
                            QStringLiteral("晓燕"), QStringLiteral("强"),   QStringLiteral("Amy"),
                            QStringLiteral("Leo"),  QStringLiteral("婷婷"), QStringLiteral("浩")};
const QStringList kGroups = {QStringLiteral("新人福利群"), QStringLiteral("VIP 会员群"),
                             QStringLiteral("618 活动群"), QStringLiteral("宝妈交流群"),
                             QStringLiteral("秒杀群"),     QStringLiteral("售后服务群")};
const QStringList kSources = {QStringLiteral("抖音"),     QStringLiteral("淘宝"),
                              QStringLiteral("小红书"),   QStringLiteral("微博"),
                              QStringLiteral("线下门店"), QStringLiteral("转介绍")};
const QStringList kTags = {QStringLiteral("宝妈"),     QStringLiteral("学生"),
                           QStringLiteral("白领"),     QStringLiteral("高意向"),
                           QStringLiteral("价格敏感"), QStringLiteral("老客户")};
const QStringList kCities = {QStringLiteral("上海"), QStringLiteral("北京"),
                             QStringLiteral("广州"), QStringLiteral("深圳"),
                             QStringLiteral("杭州"), QStringLiteral("成都")};

void printError(const QString& text) {
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

QString handle(int i) {
    return QStringLiteral("u%1").arg(i, 6, 10, QLatin1Char('0'));
}

// Adds activity, orders and tag rules to the imported members, in one transaction.
bool addActivity(Database& db) {
    const QDate today = memberBenchToday();
    Transaction tx(db.connection());
    if (!tx.isActive())
        return false;
    QSqlQuery members(db.connection());
    members.setForwardOnly(true);
    if (!members.exec(QStringLiteral("SELECT member_id, group_id FROM memberships ORDER BY "
                                     "member_id")))
        return false;
    QList<std::pair<qint64, qint64>> stays;
    while (members.next())
        stays.append({members.value(0).toLongLong(), members.value(1).toLongLong()});

    QSqlQuery activity(db.connection());
    activity.prepare(QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, day, "
                                    "messages) VALUES (:g, :m, :day, :n)"));
    QSqlQuery order(db.connection());
    order.prepare(
        QStringLiteral("INSERT INTO orders (member_id, group_id, ordered_at, "
                       "amount_cents, created_at) VALUES (:m, :g, :at, :cents, :created)"));
    for (const auto& [member, group] : stays) {
        const int days = int(member % 7); // 0 = never posted
        for (int d = 0; d < days; ++d) {
            activity.bindValue(QStringLiteral(":g"), group);
            activity.bindValue(QStringLiteral(":m"), member);
            activity.bindValue(
                QStringLiteral(":day"),
                today.addDays(-int((member * 7 + d * 11) % 60)).toString(Qt::ISODate));
            activity.bindValue(QStringLiteral(":n"), 1 + int((member + d) % 5));
            if (!activity.exec() && !activity.lastError().text().contains(QLatin1String("UNIQUE")))
                return false;
        }
        for (int o = 0; o < (member % 30 == 0 ? 2 : member % 10 == 0 ? 1 : 0); ++o) {
            const QDate day = today.addDays(-int((member * 13 + o * 40) % 200));
            order.bindValue(QStringLiteral(":m"), member);
            order.bindValue(QStringLiteral(":g"), group);
            order.bindValue(QStringLiteral(":at"),
                            day.toString(Qt::ISODate) + QStringLiteral("T04:00:00Z"));
            order.bindValue(QStringLiteral(":cents"), 9900 + (member % 50) * 100);
            order.bindValue(QStringLiteral(":created"), QStringLiteral("2026-06-20T00:00:00Z"));
            if (!order.exec())
                return false;
        }
    }
    TagStore tags(db);
    const QList<std::pair<QString, QString>> rules = {
        {QStringLiteral("沉默30天"),
         QStringLiteral(
             R"({"match":"all","conditions":[{"field":"silent_days","op":">=","value":30}]})")},
        {QStringLiteral("活跃"),
         QStringLiteral(
             R"({"match":"all","conditions":[{"field":"messages_in_days","op":">=","value":8,"days":30}]})")},
        {QStringLiteral("复购"),
         QStringLiteral(
             R"({"match":"all","conditions":[{"field":"orders","op":">=","value":2}]})")},
        {QStringLiteral("本月生日"),
         QStringLiteral(
             R"({"match":"any","conditions":[{"field":"birthday_month","op":"=","value":0}]})")},
    };
    for (const auto& [name, definition] : rules) {
        Tag tag;
        tag.name = name;
        auto tagId = tags.create(tag);
        if (!tagId)
            return false;
        TagRule rule;
        rule.tagId = *tagId;
        rule.name = name;
        rule.definition = definition;
        if (!tags.createRule(rule))
            return false;
    }
    return tx.commit().ok();
}

qint64 statusField(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

QString memberCsv(int rows, int referrerEvery) {
    static QHash<std::pair<int, int>, QString> written;
    const std::pair<int, int> variant{rows, referrerEvery};
    if (written.contains(variant))
        return written.value(variant);
    const QString path =
        freshWorkspacePath() + QStringLiteral("-members-%1-%2.csv").arg(rows).arg(referrerEvery);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        printError(file.errorString());
        return {};
    }
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << QStringLiteral("姓名,微信号,群,入群时间,来源,推荐人,标签,手机,城市,生日,备注\n");
    const QDate firstJoin(2025, 6, 1);
    for (int i = 1; i <= rows; ++i) {
        out << kSurnames.at(i % kSurnames.size()) << kGiven.at((i / 10) % kGiven.size()) << i << ','
            << handle(i) << ',' << kGroups.at(i % kGroups.size()) << ','
            << firstJoin.addDays(i % 380).toString(Qt::ISODate) << ','
            << kSources.at((i / 7) % kSources.size()) << ','
            << (referrerEvery > 0 && i > 100 && i % referrerEvery == 0 ? handle(i / 3) : QString())
            << ',' << kTags.at(i % kTags.size())
            << (i % 3 == 0 ? QStringLiteral("；") + kTags.at((i / 3) % kTags.size()) : QString())
            << ',' << QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')) << ','
            << kCities.at((i / 5) % kCities.size()) << ','
            << (i % 4 == 0 ? QDate(1980 + i % 25, 1 + i % 12, 1 + i % 28).toString(Qt::ISODate)
                           : QString())
            << ',' << (i % 9 == 0 ? QStringLiteral("\"喜欢新品, 周末有空\"") : QString()) << '\n';
    }
    out.flush();
    if (file.error() != QFile::NoError) {
        printError(file.errorString());
        return {};
    }
    written.insert(variant, path);
    return path;
}

namespace {
// Closed by closeSharedMemberWorkspace() before main() returns: a connection left to the static
// destructors outlives Qt SQL's own global state and crashes the exit.
std::unique_ptr<Database> shared;
} // namespace

void closeSharedMemberWorkspace() {
    shared.reset();
}

Database* sharedMemberWorkspace() {
    static bool tried = false;
    if (tried)
        return shared.get();
    tried = true;
    const QString csv = memberCsv(kMembers, kReferrerEvery);
    if (csv.isEmpty())
        return nullptr;
    auto db = Database::open(freshWorkspacePath());
    if (!db) {
        printError(db.error().toString());
        return nullptr;
    }
    auto imported = MemberCsvImporter::run(**db, csv);
    if (!imported) {
        printError(imported.error().toString());
        return nullptr;
    }
    if (!addActivity(**db)) {
        printError(QStringLiteral("cannot add the benchmark activity"));
        return nullptr;
    }
    MemberStatusUpdater::Options status;
    status.today = memberBenchToday();
    if (auto s = MemberStatusUpdater::recompute(**db, status); !s) {
        printError(s.error().toString());
        return nullptr;
    }
    if (auto r = TagRuleEngine::apply(**db, memberBenchToday()); !r) {
        printError(r.error().toString());
        return nullptr;
    }
    shared = std::move(db).value();
    return shared.get();
}

bool resetPeakRss() {
#ifdef __GLIBC__
    malloc_trim(0); // hand freed heap back first, so "before" is what is really in use
#endif
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

qint64 peakRssKiB() {
    return statusField("VmHWM");
}

qint64 currentRssKiB() {
    return statusField("VmRSS");
}

} // namespace qundesk::bench
