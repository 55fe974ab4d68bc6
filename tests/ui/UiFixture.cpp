// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "UiFixture.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "dialogs/FileDialogs.h"
#include "store/GroupStore.h"

#include <QSettings>

namespace qundesk::test {

void UiFixture::SetUp() {
    QSettings().clear();
    MessageBoxes::setHook([this](QWidget*, const MessageRequest& request) {
        messages.append(request);
        return request.buttons.testFlag(answer) ? answer : QMessageBox::Ok;
    });
    FileDialogs::setHook([this](FileDialogs::Mode, const QString&, const QString&) {
        return chosenFiles.isEmpty() ? QString() : chosenFiles.takeFirst();
    });
}

void UiFixture::TearDown() {
    MessageBoxes::setHook({});
    FileDialogs::setHook({});
    QSettings().clear();
}

void seedGroups(Database& db, const QStringList& names, const QList<int>& members) {
    GroupStore store(db);
    const auto conn = db.connection();
    qint64 nextMember = 1;
    for (int i = 0; i < names.size(); ++i) {
        Group group;
        group.name = names.at(i);
        group.platform = i % 2 == 0 ? QStringLiteral("wechat") : QStringLiteral("telegram");
        group.purpose = QStringLiteral("vip");
        group.capacity = 200;
        group.operatorName = QStringLiteral("小林");
        auto id = store.create(group);
        ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
        const int count = i < members.size() ? members.at(i) : 0;
        for (int m = 0; m < count; ++m, ++nextMember) {
            ASSERT_TRUE(
                sql::exec(conn,
                          QStringLiteral("INSERT INTO members (id, display_name, "
                                         "created_at, updated_at) VALUES (:id, :name, "
                                         "'2026-01-01T00:00:00Z', "
                                         "'2026-01-01T00:00:00Z')"),
                          {{QStringLiteral(":id"), nextMember},
                           {QStringLiteral(":name"), QStringLiteral("m%1").arg(nextMember)}})
                    .ok());
            ASSERT_TRUE(
                sql::exec(conn,
                          QStringLiteral("INSERT INTO memberships (group_id, member_id, "
                                         "joined_at) VALUES (:g, :m, "
                                         "'2026-01-01T00:00:00Z')"),
                          {{QStringLiteral(":g"), id.value()}, {QStringLiteral(":m"), nextMember}})
                    .ok());
        }
    }
}

} // namespace qundesk::test
