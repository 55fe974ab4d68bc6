// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Segment.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

class Database;

// Saved segments (segments). The definition must be a JSON object (see jsonObjectProblem());
// names are unique. Removing a segment leaves SOP runs that targeted it without a segment
// (sop_runs.segment_id ON DELETE SET NULL).
class SegmentStore {
    Q_DECLARE_TR_FUNCTIONS(SegmentStore)

public:
    explicit SegmentStore(const Database& db);

    Result<qint64> create(const Segment& segment); // returns the new id
    Status update(const Segment& segment);
    Status remove(qint64 id);

    Result<Segment> get(qint64 id) const;
    Result<std::optional<Segment>> findByName(const QString& name) const;
    Result<QList<Segment>> list() const; // built-in segments first, then by name

private:
    Status check(const Segment& segment) const;

    QSqlDatabase m_db;
};

} // namespace qundesk
