// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QStringList>

#include <vector>

namespace qundesk::demo {

// Word pools of the demo workspace. Content data, not interface text: the demo shows what a
// Chinese operator's groups and an overseas shop's groups really look like, so it is not
// translated.
namespace names {

const QStringList& chineseSurnames();
const QStringList& chineseGivenNames(); // one or two characters
const QStringList& wechatNicknames();   // typical WeChat-style nicknames
const QStringList& englishFirstNames();
const QStringList& englishLastNames();
const QStringList& chineseCities();
const QStringList& overseasCities();
const QStringList& chineseMessages();
const QStringList& englishMessages();
const QStringList& operatorsChinese();

struct Product {
    QString name;
    int priceCents; // CNY cents
};
const std::vector<Product>& chineseProducts();
const std::vector<Product>& englishProducts();

} // namespace names
} // namespace qundesk::demo
