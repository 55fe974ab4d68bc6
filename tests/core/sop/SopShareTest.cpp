// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "SopFixture.h"
#include "services/SopShareService.h"
#include "sop/SopEndRules.h"
#include "sop/SopJson.h"
#include "store/SopTemplateStore.h"

#include <QFile>
#include <QJsonDocument>

using namespace qundesk;
using namespace qundesk::test;

namespace {

class SopShare : public SopFixture {
protected:
    SopTemplate rich() {
        SopTemplate t = onboarding();
        t.description = QStringLiteral("七天");
        t.scenario = QStringLiteral("new_member");
        t.stopCondition = sop::SopEndRules::boughtCondition();
        t.endActions = sop::SopEndRules::endActionsJson(
            {{QStringLiteral("add_tag"), QStringLiteral("已培育")}});
        t.steps[1].checklist = {QStringLiteral("记下需求")};
        SopStep weekly = step(QStringLiteral("周五"), 0, QStringLiteral("group"));
        weekly.timingKind = QStringLiteral("weekday");
        weekly.weekday = 5;
        SopStep sale = step(QStringLiteral("开抢"), 0, QStringLiteral("live"));
        sale.timingKind = QStringLiteral("fixed_date");
        sale.fixedDate = day(6, 18);
        SopStep monthly = step(QStringLiteral("月度"), 0, QStringLiteral("private"));
        monthly.repeatDays = 30;
        t.steps << weekly << sale << monthly;
        return t;
    }
    QList<SopTemplate> all() {
        auto list = SopTemplateStore(ws.db()).list();
        EXPECT_TRUE(list.ok());
        return list.ok() ? list.value() : QList<SopTemplate>{};
    }
};

// Everything but ids and times.
void expectSame(const SopTemplate& a, const SopTemplate& b) {
    EXPECT_EQ(a.uid, b.uid);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.description, b.description);
    EXPECT_EQ(a.scenario, b.scenario);
    EXPECT_EQ(a.targetKind, b.targetKind);
    EXPECT_EQ(a.anchor, b.anchor);
    // The same JSON (keys may come back in another order).
    EXPECT_EQ(QJsonDocument::fromJson(a.stopCondition.toUtf8()),
              QJsonDocument::fromJson(b.stopCondition.toUtf8()));
    EXPECT_EQ(QJsonDocument::fromJson(a.endActions.toUtf8()),
              QJsonDocument::fromJson(b.endActions.toUtf8()));
    EXPECT_FALSE(b.stopCondition.isEmpty());
    ASSERT_EQ(a.steps.size(), b.steps.size());
    for (qsizetype i = 0; i < a.steps.size(); ++i) {
        const SopStep &x = a.steps.at(i), &y = b.steps.at(i);
        EXPECT_EQ(x.title, y.title);
        EXPECT_EQ(x.timingKind, y.timingKind);
        EXPECT_EQ(x.dayOffset, y.dayOffset);
        EXPECT_EQ(x.repeatDays, y.repeatDays);
        EXPECT_EQ(x.fixedDate, y.fixedDate);
        EXPECT_EQ(x.weekday, y.weekday);
        EXPECT_EQ(x.windowStart, y.windowStart);
        EXPECT_EQ(x.windowEnd, y.windowEnd);
        EXPECT_EQ(x.channel, y.channel);
        EXPECT_EQ(x.script, y.script);
        EXPECT_EQ(x.checklist, y.checklist);
    }
}

} // namespace

TEST_F(SopShare, ExportThenImportIntoAnotherWorkspaceGivesTheSameSops) {
    save(rich());
    const QString path = ws.filePath(QStringLiteral("shared.json"));
    auto written = SopShareService::exportFile(ws.db(), path);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(written.value(), 1);

    TempWorkspace other;
    auto imported = SopShareService::importFile(other.db(), path);
    ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
    EXPECT_EQ(imported->imported, 1);
    auto there = SopTemplateStore(other.db()).list();
    ASSERT_TRUE(there.ok());
    ASSERT_EQ(there->size(), 1);
    expectSame(all().first(), there->first());

    // Again: the same uid is a duplicate, skipped.
    auto again = SopShareService::importFile(other.db(), path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->duplicates, 1);
}

TEST_F(SopShare, SameNameWithAnotherUidComesInNumbered) {
    save(rich());
    const QByteArray json = sop::SopJson::write(all());
    QByteArray other = json;
    other.replace(all().first().uid.toUtf8(), "another-uid");
    auto first = SopShareService::importJson(ws.db(), other, QStringLiteral("a.json"));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->names, QStringList{QStringLiteral("新人破冰 (2)")});
    other.replace("another-uid", "third-uid");
    auto second = SopShareService::importJson(ws.db(), other, QStringLiteral("b.json"));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->names, QStringList{QStringLiteral("新人破冰 (3)")});
}

TEST_F(SopShare, MalformedFilesAreRefusedNamingFileAndProblem) {
    const QString broken =
        ws.writeFile(QStringLiteral("broken.json"), "{\n \"format\": \"qundesk-sop\",\n oops\n}");
    auto r = SopShareService::importFile(ws.db(), broken);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().file, broken);
    EXPECT_EQ(r.error().line, 3);
    const QString noStep = ws.writeFile(
        QStringLiteral("nostep.json"),
        R"({"format":"qundesk-sop","version":1,"sops":[{"name":"x","target":"group","anchor":"join","steps":[{"title":"a","timing":"someday","window":["09:00","10:00"]}]}]})");
    r = SopShareService::importFile(ws.db(), noStep);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("step 1")))
        << r.error().message.toStdString();
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("someday")));
    const QString other = ws.writeFile(QStringLiteral("other.json"), R"({"members": []})");
    EXPECT_FALSE(SopShareService::importFile(ws.db(), other).ok());
    EXPECT_TRUE(all().isEmpty()) << "nothing of a refused file is stored";
}

TEST_F(SopShare, TheBuiltInLibraryComesInEachLanguageOnce) {
    for (const QString& language :
         {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")}) {
        TempWorkspace fresh;
        auto added = SopShareService::addBuiltins(fresh.db(), language);
        ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
        EXPECT_EQ(added->imported, 8) << language.toStdString();
        auto again = SopShareService::addBuiltins(fresh.db(), language);
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again->duplicates, 8);
        auto list = SopTemplateStore(fresh.db()).list();
        ASSERT_TRUE(list.ok());
        for (const SopTemplate& t : list.value()) {
            EXPECT_TRUE(t.builtin);
            EXPECT_EQ(t.language, language);
            EXPECT_FALSE(t.steps.isEmpty()) << t.name.toStdString();
        }
    }
    EXPECT_EQ(SopShareService::builtinLanguageFor(QStringLiteral("de_DE")), QStringLiteral("en"));
}

TEST_F(SopShare, MonthDayDatesResolveToTheirNextOccurrence) {
    const QByteArray json =
        R"({"format":"qundesk-sop","version":1,"sops":[{"name":"x","target":"group","anchor":"start","steps":[{"title":"a","timing":"fixed_date","date":"06-18","window":["20:00","21:00"]},{"title":"b","timing":"fixed_date","date":"03-08","window":["20:00","21:00"]}]}]})";
    auto read = sop::SopJson::read(json, day(5, 10));
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read->first().steps.at(0).fixedDate, QDate(2026, 6, 18));
    EXPECT_EQ(read->first().steps.at(1).fixedDate, QDate(2027, 3, 8));
}
