// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QList>

namespace qundesk {

class Database;

// What follows an edit of members: their stage, fan level and search text, and the automatic
// tags, which any edit may change (a tag, a stay, an order, a name).
namespace memberrefresh {

// Past this many edited members one pass over everyone costs less than a pass per member.
inline constexpr qsizetype kMemberLimit = 50;

// Recomputes the status of `memberIds` (everyone's past kMemberLimit; nobody's when empty, for
// edits of no particular member), then applies every tag rule to them (to everyone when empty
// or past the limit). Returns the first failure; what succeeded before it stays.
Status afterEdit(const Database& db, const QList<qint64>& memberIds);

} // namespace memberrefresh

} // namespace qundesk
