// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

class Database;

// SOP playbooks with their steps (tables sop_templates, sop_steps). Runs and tasks live in
// SopRunStore. create() and update() open their own transaction (a template and its steps change
// together or not at all), so they must not be called inside another one.
class SopTemplateStore {
    Q_DECLARE_TR_FUNCTIONS(SopTemplateStore)

public:
    explicit SopTemplateStore(const Database& db);

    // Stores the template and its steps; step positions become 1..n in list order.
    Result<qint64> create(const SopTemplate& sop);
    // Saves the template and makes its steps those of `sop.steps`, in list order: a step whose id
    // belongs to the template is updated in place (its tasks stay linked to it), a step with
    // id 0 is added, and stored steps missing from the list are deleted.
    Status update(const SopTemplate& sop);
    // Deletes the template with its steps, runs and tasks.
    Status remove(qint64 id);

    Result<SopTemplate> get(qint64 id) const;
    Result<std::optional<SopTemplate>> findByName(const QString& name) const;
    Result<std::optional<SopTemplate>> findByUid(const QString& uid) const;
    // Every template with its steps, ordered by name.
    Result<QList<SopTemplate>> list() const;

private:
    Status validate(const SopTemplate& sop) const;
    Status insertStep(qint64 templateId, const SopStep& step, int position);
    Result<QList<SopTemplate>> select(const QString& where, const QVariantMap& binds) const;

    QSqlDatabase m_db;
};

} // namespace qundesk
