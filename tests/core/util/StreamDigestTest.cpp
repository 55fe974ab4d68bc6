// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/StreamDigest.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace qundesk;

TEST(StreamDigest, HashesChunksInTheOrderGiven) {
    // More chunks than may wait, of different sizes, so the reader waits for the hashing.
    QByteArray all;
    StreamDigest digest;
    for (int i = 0; i < 200; ++i) {
        const QByteArray chunk = QByteArray::number(i).repeated(1 + i * 37);
        all += chunk;
        digest.addData(chunk);
    }
    EXPECT_EQ(digest.result(), QCryptographicHash::hash(all, QCryptographicHash::Sha256));
    EXPECT_EQ(digest.result(), QCryptographicHash::hash(all, QCryptographicHash::Sha256));
}

TEST(StreamDigest, OfNothingIsTheDigestOfNoBytes) {
    StreamDigest digest;
    digest.addData(QByteArray());
    EXPECT_EQ(digest.result(), QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256));
}

TEST(StreamDigest, DroppedUnreadItEndsItsThread) {
    auto digest = std::make_unique<StreamDigest>();
    digest->addData("unfinished");
    digest.reset(); // joins the hashing thread: a lost wake-up would hang here
    SUCCEED();
}
