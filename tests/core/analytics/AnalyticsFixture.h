// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "TempWorkspace.h"
#include "analytics/AnalyticsPeriod.h"

#include <gtest/gtest.h>

namespace qundesk::test {

// A small workspace in Europe/Berlin around the switch to summer time (Sunday 29 March 2026,
// 02:00 CET -> 03:00 CEST), with raw rows chosen so that several instants fall on another day
// in UTC than in Berlin. The aggregates are built from the raw rows by the import's own
// rebuild steps; the expected numbers in the tests are worked out by hand from the rows listed
// in AnalyticsFixture.cpp.
class AnalyticsFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    Database& db() { return ws.db(); }
    void exec(const QString& statement, const QVariantMap& binds = {});

    static constexpr qint64 kAlpha = 1;
    static constexpr qint64 kBeta = 2;

    TempWorkspace ws;
};

QDate day(const char* iso);

} // namespace qundesk::test
