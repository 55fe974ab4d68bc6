// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/BoundedQueue.h"

#include <gtest/gtest.h>
#include <thread>

using namespace qundesk;

TEST(BoundedQueue, HandsEveryItemOverInOrderAcrossThreads) {
    // Capacity 2 and 1,000 items: the producer waits for room again and again.
    BoundedQueue<int> queue(2);
    std::thread producer([&queue] {
        for (int i = 0; i < 1000; ++i)
            ASSERT_TRUE(queue.push(i));
        queue.close();
    });
    int expected = 0;
    int item = -1;
    while (queue.pop(&item))
        EXPECT_EQ(item, expected++);
    producer.join();
    EXPECT_EQ(expected, 1000);
}

TEST(BoundedQueue, AfterCloseGivesWhatIsLeftAndRefusesMore) {
    BoundedQueue<int> queue(3);
    EXPECT_TRUE(queue.push(1));
    EXPECT_TRUE(queue.tryPush(2));
    EXPECT_TRUE(queue.tryPush(3));
    EXPECT_FALSE(queue.tryPush(4)) << "full";
    queue.close();
    EXPECT_TRUE(queue.isClosed());
    EXPECT_FALSE(queue.push(5));
    int item = 0;
    EXPECT_TRUE(queue.pop(&item));
    EXPECT_EQ(item, 1);
    EXPECT_EQ(queue.takeAll(), (std::deque<int>{2, 3}));
    item = 0;
    EXPECT_FALSE(queue.pop(&item));
    EXPECT_EQ(item, 0) << "nothing moved";
}

TEST(BoundedQueue, CloseWakesAProducerWaitingForRoom) {
    BoundedQueue<int> queue(1);
    ASSERT_TRUE(queue.push(1));
    bool refused = false;
    std::thread producer([&] { refused = !queue.push(2); });
    queue.close(); // a lost wake-up would hang the join below
    producer.join();
    EXPECT_TRUE(refused || queue.takeAll().size() == 2u);
}
