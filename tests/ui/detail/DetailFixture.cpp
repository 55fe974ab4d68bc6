// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "DetailFixture.h"

#include "shell/JobRunner.h"
#include "store/GroupStore.h"
#include "store/MemberStore.h"

namespace qundesk::test {

void DetailFixture::SetUp() {
    UiFixture::SetUp();
    temp.close();
    const Status opened = workspace.open(temp.path());
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    workspace.jobs().waitForIdle(); // the day's refresh
}

qint64 DetailFixture::addMember(const QString& name, qint64 referrer) {
    Member m;
    m.displayName = name;
    m.referrerId = referrer;
    auto id = MemberStore(db()).create(m);
    EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
    return id.ok() ? id.value() : 0;
}

qint64 DetailFixture::addGroup(const QString& name) {
    Group g;
    g.name = name;
    auto id = GroupStore(db()).create(g);
    EXPECT_TRUE(id.ok()) << id.error().toString().toStdString();
    return id.ok() ? id.value() : 0;
}

Member DetailFixture::member(qint64 id) {
    auto m = MemberStore(db()).get(id);
    EXPECT_TRUE(m.ok());
    return m.ok() ? m.value() : Member{};
}

} // namespace qundesk::test
