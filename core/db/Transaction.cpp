// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Transaction.h"

#include <QSqlError>

namespace qundesk {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_beginError = {tr("Could not start a transaction: %1").arg(m_db.lastError().text()), {}, 0};
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{tr("No transaction is active."), {}, 0};
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        rollback();
        return Error{tr("Could not save the changes: %1").arg(reason), {}, 0};
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_db.rollback();
    m_active = false;
}

} // namespace qundesk
