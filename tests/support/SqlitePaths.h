// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/NativeSqlite.h"

#include <gtest/gtest.h>
#include <string>

namespace qundesk::test {

// A test run on both paths to SQLite: its C API where it serves the connection (parameter
// true), and QSqlQuery (false), as on builds whose Qt carries its own SQLite. Instantiate with
// QUNDESK_BOTH_SQLITE_PATHS(Suite).
class SqlitePaths : public ::testing::TestWithParam<bool> {
public:
    static std::string name(const ::testing::TestParamInfo<bool>& info) {
        return info.param ? "Native" : "QtSql";
    }

protected:
    void SetUp() override { nativesqlite::setAllowed(GetParam()); }
    void TearDown() override { nativesqlite::setAllowed(true); }
};

} // namespace qundesk::test

#define QUNDESK_BOTH_SQLITE_PATHS(Suite)                                                           \
    INSTANTIATE_TEST_SUITE_P(Paths, Suite, ::testing::Values(true, false),                         \
                             ::qundesk::test::SqlitePaths::name)
