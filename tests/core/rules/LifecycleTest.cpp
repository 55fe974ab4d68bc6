// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/Lifecycle.h"

#include "rules/FanLevel.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {
const QDate kToday(2026, 6, 18);

MemberFacts joinedDaysAgo(int days) {
    MemberFacts f;
    f.firstJoined = kToday.addDays(-days);
    return f;
}
} // namespace

TEST(Lifecycle, NewcomerWithinFourteenDaysIsNew) {
    EXPECT_EQ(lifecycle::classify(joinedDaysAgo(13), Thresholds{}, kToday), LifecycleStage::New);
    MemberFacts f = joinedDaysAgo(14);
    f.lastMessage = kToday.addDays(-1);
    EXPECT_EQ(lifecycle::classify(f, Thresholds{}, kToday), LifecycleStage::Growing);
}

TEST(Lifecycle, SilentWithoutRecentOrderIsDeclining) {
    MemberFacts f = joinedDaysAgo(200);
    f.lastMessage = kToday.addDays(-30);
    f.orders = 3;
    f.lastOrder = kToday.addDays(-90);
    EXPECT_EQ(lifecycle::classify(f, Thresholds{}, kToday), LifecycleStage::Declining);
    f.lastOrder = kToday.addDays(-89); // a recent order keeps a silent buyer out of Declining
    EXPECT_EQ(lifecycle::classify(f, Thresholds{}, kToday), LifecycleStage::Extending);
}

TEST(Lifecycle, NeverPostedCountsSilenceFromJoining) {
    MemberFacts f = joinedDaysAgo(45);
    EXPECT_EQ(lifecycle::silentDays(f, kToday), 45);
    EXPECT_EQ(lifecycle::classify(f, Thresholds{}, kToday), LifecycleStage::Declining);
    EXPECT_EQ(lifecycle::silentDays(MemberFacts{}, kToday), -1);
}

TEST(Lifecycle, OrdersAndReferralsDecideMatureAndExtending) {
    MemberFacts f = joinedDaysAgo(3);
    f.lastMessage = kToday;
    f.orders = 1;
    f.lastOrder = kToday;
    EXPECT_EQ(lifecycle::classify(f, Thresholds{}, kToday), LifecycleStage::Mature);
    f.orders = 2;
    EXPECT_EQ(lifecycle::classify(f, Thresholds{}, kToday), LifecycleStage::Extending);
    f.orders = 0;
    f.referrals = 1;
    EXPECT_EQ(lifecycle::classify(f, Thresholds{}, kToday), LifecycleStage::Extending);
}

TEST(Lifecycle, ThresholdsAreConfigurable) {
    Thresholds t;
    t.silentDays = 7;
    t.newMemberDays = 30;
    MemberFacts f = joinedDaysAgo(20);
    f.lastMessage = kToday.addDays(-3);
    EXPECT_EQ(lifecycle::classify(f, t, kToday), LifecycleStage::New);
    f.lastMessage = kToday.addDays(-7);
    EXPECT_EQ(lifecycle::classify(f, t, kToday), LifecycleStage::Declining);
}

TEST(Lifecycle, KeysRoundTrip) {
    for (const QString& k : lifecycle::keys())
        EXPECT_EQ(lifecycle::key(lifecycle::fromKey(k)), k);
    EXPECT_EQ(lifecycle::keys().size(), 5);
}

TEST(FanLevel, EarnedFromPresenceAndRecency) {
    MemberFacts f = joinedDaysAgo(100);
    EXPECT_EQ(fanlevel::earned(f, kToday), FanLevel::Observer);
    f.lastMessage = kToday.addDays(-60);
    EXPECT_EQ(fanlevel::earned(f, kToday), FanLevel::Participant);
    f.activeDays30 = 4;
    EXPECT_EQ(fanlevel::earned(f, kToday), FanLevel::Contributor);
    f.activeDays30 = 12;
    EXPECT_EQ(fanlevel::earned(f, kToday), FanLevel::Advocate);
    f.activeDays30 = 0;
    f.referrals = 2;
    EXPECT_EQ(fanlevel::earned(f, kToday), FanLevel::Advocate);
}

TEST(FanLevel, UpgradesAtOnceDowngradesOnlyAfterGrace) {
    // Busy until today: the 12th most recent active day was 5 days ago, so Advocate is earned
    // through day +24 without another message.
    MemberFacts busy = joinedDaysAgo(100);
    busy.lastMessage = kToday;
    busy.activeDays30 = 15;
    busy.fourthActiveDay = kToday.addDays(-1);
    busy.twelfthActiveDay = kToday.addDays(-5);
    FanLevelState state = fanlevel::update({}, busy, kToday);
    EXPECT_EQ(state.level, FanLevel::Advocate);
    EXPECT_EQ(state.earnedThrough, kToday.addDays(24));
    EXPECT_EQ(fanlevel::update(state, busy, kToday.addDays(1)).earnedThrough, state.earnedThrough)
        << "nothing new happened: the state stays as it is";

    MemberFacts quiet = busy; // weeks later: no active day left in the 30-day window
    quiet.activeDays30 = 0;
    quiet.fourthActiveDay = quiet.twelfthActiveDay = QDate();
    state = fanlevel::update(state, quiet, kToday.addDays(53));
    EXPECT_EQ(state.level, FanLevel::Advocate) << "kept for 30 days after the last earned day";
    EXPECT_EQ(state.earnedThrough, kToday.addDays(24));
    state = fanlevel::update(state, quiet, kToday.addDays(54));
    EXPECT_EQ(state.level, FanLevel::Participant) << "downgraded 30 days after day +24";
    EXPECT_EQ(state.earnedThrough, kToday.addDays(89)) << "a message keeps Participant 90 days";
}

TEST(FanLevel, AnAdvocateWhoseInvitedMembersAreGoneIsNotHeldForever) {
    MemberFacts inviter = joinedDaysAgo(100);
    inviter.referrals = 2;
    FanLevelState state = fanlevel::update({}, inviter, kToday);
    EXPECT_EQ(state.level, FanLevel::Advocate);
    EXPECT_EQ(state.earnedThrough, QDate(9999, 12, 31));
    MemberFacts alone = inviter; // both invited members deleted; never posted
    alone.referrals = 0;
    state = fanlevel::update(state, alone, kToday.addDays(200));
    EXPECT_EQ(state.level, FanLevel::Observer);

    MemberFacts poster = joinedDaysAgo(100); // invited two, posted on day +10, then lost both
    poster.referrals = 2;
    state = fanlevel::update({}, poster, kToday);
    poster.referrals = 0;
    poster.lastMessage = kToday.addDays(10);
    state = fanlevel::update(state, poster, kToday.addDays(60));
    EXPECT_EQ(state.level, FanLevel::Advocate) << "day +39 (last message + 29) is 21 days ago";
    EXPECT_EQ(state.earnedThrough, kToday.addDays(39));
    state = fanlevel::update(state, poster, kToday.addDays(69));
    EXPECT_EQ(state.level, FanLevel::Participant);
}

TEST(FanLevel, EarnedThroughForEachLevel) {
    MemberFacts f;
    EXPECT_FALSE(fanlevel::earnedThrough(FanLevel::Observer, f).isValid());
    f.lastMessage = kToday;
    f.fourthActiveDay = kToday.addDays(-10);
    EXPECT_EQ(fanlevel::earnedThrough(FanLevel::Participant, f), kToday.addDays(89));
    EXPECT_EQ(fanlevel::earnedThrough(FanLevel::Contributor, f), kToday.addDays(19));
    EXPECT_FALSE(fanlevel::earnedThrough(FanLevel::Advocate, f).isValid());
    f.referrals = 2;
    EXPECT_EQ(fanlevel::earnedThrough(FanLevel::Advocate, f), QDate(9999, 12, 31))
        << "two invited members keep Advocate for good";
}
