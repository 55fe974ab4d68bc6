// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/ScriptRenderer.h"

#include "TempWorkspace.h"

#include <gtest/gtest.h>

using namespace qundesk;
using namespace qundesk::sop;

TEST(ScriptRenderer, FillsEveryPlaceholder) {
    ScriptValues v{QStringLiteral("小雨"), QStringLiteral("宝妈交流群"), QStringLiteral("阿珍"),
                   QDate(2026, 5, 12), 3};
    EXPECT_EQ(ScriptRenderer::render(
                  QStringLiteral(
                      "{nickname}你好，{group}的{operator}提醒：{date}是你入群第{days_in_group}天"),
                  v, QStringLiteral("zh_CN")),
              QStringLiteral("小雨你好，宝妈交流群的阿珍提醒：5月12日是你入群第3天"));
    EXPECT_EQ(ScriptRenderer::render(QStringLiteral("See you on {date}, {nickname}!"), v,
                                     QStringLiteral("en")),
              QStringLiteral("See you on 12 May, 小雨!"));
}

TEST(ScriptRenderer, MissingValuesTakeTheLanguagesFallback) {
    const ScriptValues none;
    EXPECT_EQ(ScriptRenderer::render(QStringLiteral("{nickname}，欢迎加入{group}！我是{operator}"),
                                     none, QStringLiteral("zh_CN")),
              QStringLiteral("亲，欢迎加入咱们群！我是群助理"));
    EXPECT_EQ(ScriptRenderer::render(QStringLiteral("{nickname}，歡迎加入{group}"), none,
                                     QStringLiteral("zh_TW")),
              QStringLiteral("親，歡迎加入咱們群"));
    EXPECT_EQ(
        ScriptRenderer::render(QStringLiteral("Hi {nickname}, day {days_in_group} in {group}"),
                               none, QStringLiteral("en")),
        QStringLiteral("Hi there, day a few in our group"));
}

TEST(ScriptRenderer, OwnFallbackWinsAndUnknownPlaceholdersStay) {
    ScriptValues v;
    v.group = QStringLiteral("茶友会");
    EXPECT_EQ(ScriptRenderer::render(QStringLiteral("{nickname|朋友}，{group|这里}见 {price} {"), v,
                                     QStringLiteral("zh_CN")),
              QStringLiteral("朋友，茶友会见 {price} {"));
    EXPECT_EQ(ScriptRenderer::render(QStringLiteral("[{nickname|}]"), v, QStringLiteral("en")),
              QStringLiteral("[]"))
        << "an empty own fallback means: leave it out";
    v.nickname = QStringLiteral("  ");
    EXPECT_EQ(ScriptRenderer::render(QStringLiteral("{nickname}"), v, QStringLiteral("en")),
              QStringLiteral("there"))
        << "blank counts as missing";
}
