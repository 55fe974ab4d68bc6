// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/SegmentStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "model/Tag.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk {

namespace {

const QString kColumns = QStringLiteral("s.id, s.name, s.definition, s.builtin, s.created_at");

Segment segmentFromRow(const QSqlQuery& q) {
    return Segment{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toInt() != 0, time::fromStorage(q.value(4).toString())};
}

Result<QList<Segment>> segmentsOf(const QSqlDatabase& db, const QString& tail,
                                  const QVariantMap& binds) {
    auto q =
        sql::exec(db, QStringLiteral("SELECT %1 FROM segments s %2").arg(kColumns, tail), binds);
    if (!q)
        return q.error();
    QList<Segment> segments;
    while (q->next())
        segments << segmentFromRow(*q);
    return segments;
}

QVariantMap bindingsOf(const Segment& s) {
    return {{QStringLiteral(":name"), s.name.trimmed()},
            {QStringLiteral(":definition"), s.definition},
            {QStringLiteral(":builtin"), s.builtin ? 1 : 0}};
}

} // namespace

SegmentStore::SegmentStore(const Database& db)
    : m_db(db.connection()) {}

Status SegmentStore::check(const Segment& segment) const {
    if (segment.name.trimmed().isEmpty())
        return Error{tr("A segment needs a name."), {}, 0};
    if (const QString problem = jsonObjectProblem(segment.definition); !problem.isEmpty())
        return Error{
            tr("The segment “%1” cannot be saved. %2").arg(segment.name.trimmed(), problem), {}, 0};
    auto same = findByName(segment.name);
    if (!same)
        return same.error();
    if (same->has_value() && same->value().id != segment.id)
        return Error{tr("A segment named “%1” already exists.").arg(segment.name.trimmed()), {}, 0};
    return {};
}

Result<qint64> SegmentStore::create(const Segment& segment) {
    if (auto s = check(segment); !s)
        return s.error();
    QVariantMap binds = bindingsOf(segment);
    binds.insert(QStringLiteral(":created"),
                 time::toStorage(segment.createdAt.isValid() ? segment.createdAt : time::now()));
    auto q =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO segments (name, definition, builtin, created_at) "
                                 "VALUES (:name, :definition, :builtin, :created)"),
                  binds);
    if (!q)
        return Error{
            tr("Cannot add the segment “%1”: %2").arg(segment.name, q.error().message), {}, 0};
    return q->lastInsertId().toLongLong();
}

Status SegmentStore::update(const Segment& segment) {
    if (auto s = check(segment); !s)
        return s;
    QVariantMap binds = bindingsOf(segment);
    binds.insert(QStringLiteral(":id"), segment.id);
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE segments SET name = :name, definition = :definition, "
                                      "builtin = :builtin WHERE id = :id"),
                       binds);
    if (!q)
        return Error{
            tr("Cannot save the segment “%1”: %2").arg(segment.name, q.error().message), {}, 0};
    if (q->numRowsAffected() == 0)
        return Error{tr("The segment no longer exists."), {}, 0};
    return {};
}

Status SegmentStore::remove(qint64 id) {
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM segments WHERE id = :id"),
                       {{QStringLiteral(":id"), id}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The segment no longer exists."), {}, 0};
    return {};
}

Result<Segment> SegmentStore::get(qint64 id) const {
    auto found =
        segmentsOf(m_db, QStringLiteral("WHERE s.id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("The segment no longer exists."), {}, 0};
    return found->first();
}

Result<std::optional<Segment>> SegmentStore::findByName(const QString& name) const {
    auto found = segmentsOf(m_db, QStringLiteral("WHERE s.name = :name"),
                            {{QStringLiteral(":name"), name.trimmed()}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Segment>{};
    return std::optional<Segment>{found->first()};
}

Result<QList<Segment>> SegmentStore::list() const {
    return segmentsOf(m_db, QStringLiteral("ORDER BY s.builtin DESC, s.name"), {});
}

} // namespace qundesk
