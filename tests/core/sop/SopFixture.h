// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "../services/ServicesFixture.h"
#include "model/Member.h"
#include "model/Order.h"
#include "model/Sop.h"
#include "services/OrderService.h"
#include "services/SopService.h"
#include "store/MemberStore.h"
#include "store/MembershipStore.h"
#include "store/OrderStore.h"
#include "store/SopRunStore.h"
#include "util/Time.h"

namespace qundesk::test {

// A workspace in Asia/Shanghai whose clock stands at Sunday 10 May 2026, 10:00 local, with one
// group ("老客群") and helpers to add members, orders and SOPs.
class SopFixture : public ServicesFixture {
protected:
    void SetUp() override {
        ServicesFixture::SetUp();
        time::setFixedNow(QDateTime(QDate(2026, 5, 10), QTime(2, 0), QTimeZone::utc()));
    }
    void TearDown() override { time::setFixedNow({}); }

    static QDate day(int month, int d) { return QDate(2026, month, d); }
    // The instant of a local wall-clock time in Shanghai (UTC+8, no DST).
    static QDateTime local(const QDate& d, int hour, int minute = 0) {
        return QDateTime(d, QTime(hour, minute), QTimeZone::utc()).addSecs(-8 * 3600);
    }

    qint64 addMember(const QString& name, const QDate& joined, qint64 group = 0) {
        Member m;
        m.displayName = name;
        auto id = MemberStore(ws.db()).create(m);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        if (joined.isValid()) {
            auto stay = MembershipStore(ws.db()).join(group > 0 ? group : groupId, id.value(),
                                                      QStringLiteral("member"),
                                                      local(joined, 12));
            EXPECT_TRUE(stay.ok()) << stay.error().message.toStdString();
        }
        return id.value();
    }
    void addOrder(qint64 member, const QDateTime& at) {
        Order o;
        o.memberId = member;
        o.groupId = groupId;
        o.orderedAt = at;
        o.amountCents = 9900;
        auto id = OrderService::add(ws.db(), o); // with the member's status, as the window does
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }
    static SopStep step(const QString& title, int offset, const QString& channelKey,
                        const QTime& start = QTime(20, 0)) {
        SopStep s;
        s.title = title;
        s.dayOffset = offset;
        s.channel = channelKey;
        s.windowStart = start;
        s.windowEnd = QTime(21, 30);
        s.script = QStringLiteral("{nickname}，欢迎来到{group}");
        return s;
    }
    qint64 save(const SopTemplate& sop) {
        auto id = SopService::saveTemplate(ws.db(), sop);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }
    // Onboarding: day 0 welcome in the group, day 1 and day 3 in private.
    SopTemplate onboarding() {
        SopTemplate t;
        t.name = QStringLiteral("新人破冰");
        t.targetKind = QStringLiteral("group");
        t.anchor = QStringLiteral("join");
        t.steps = {step(QStringLiteral("欢迎"), 0, QStringLiteral("group")),
                   step(QStringLiteral("私聊"), 1, QStringLiteral("private"), QTime(10, 0)),
                   step(QStringLiteral("回访"), 3, QStringLiteral("private"), QTime(10, 0))};
        return t;
    }
    SopService::Applied apply(qint64 sopId, const QString& kind, qint64 target,
                              const QDate& start = {}) {
        auto applied = SopService::apply(ws.db(), sopId, kind, target, start);
        EXPECT_TRUE(applied.ok()) << applied.error().message.toStdString();
        return applied.ok() ? applied.value() : SopService::Applied{};
    }
    QList<SopTask> tasks(qint64 runId) {
        auto list = SopRunStore(ws.db()).tasksForRun(runId);
        EXPECT_TRUE(list.ok());
        return list.ok() ? list.value() : QList<SopTask>{};
    }
    // "member:day:hold" of each task of a run, by due time.
    QStringList describe(qint64 runId) {
        QStringList out;
        for (const SopTask& t : tasks(runId))
            out << QStringLiteral("%1:%2%3")
                       .arg(QString::number(t.memberId), t.occurrence.toString(Qt::ISODate),
                            t.holdReason.isEmpty() ? QString() : QLatin1Char(':') + t.holdReason);
        return out;
    }
};

} // namespace qundesk::test
