// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace qundesk::schema {

// The version this build of QunDesk writes; PRAGMA user_version of a current workspace.
inline constexpr int kCurrentVersion = 9;

// PRAGMA application_id of every QunDesk workspace ("QDSK"), to tell our files from others.
inline constexpr qint32 kApplicationId = 0x5144534B;

// DDL statements of each version, run in order by migrate().
QStringList version1();
QStringList version2();
QStringList version3();
QStringList version4();
QStringList version5();
QStringList version6();
QStringList version7();
QStringList version8();
QStringList version9();

// Brings `db` from `fromVersion` to kCurrentVersion, all steps in one transaction (each step
// setting user_version): a failed step, or a crash during the migration, leaves the file at
// the version it had.
// `inside`, when given, runs in that same transaction after the steps (what a first
// write-open adds, such as the workspace's time zone), so it lands with the migration or not at
// all.
Status migrate(const QSqlDatabase& db, int fromVersion, const std::function<Status()>& inside = {});

// Applies exactly one step (fromVersion -> fromVersion + 1); for tests of each step.
Status applyStep(const QSqlDatabase& db, int toVersion);

} // namespace qundesk::schema
