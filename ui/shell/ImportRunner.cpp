// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/ImportRunner.h"

#include "db/Database.h"

#include <QThread>

namespace qundesk {

ImportRunner::ImportRunner(QObject* parent)
    : QObject(parent) {}

ImportRunner::~ImportRunner() {
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportRunner::start(const Database& db, const QString& path, MemberImportOptions options) {
    if (m_thread)
        return false;
    m_cancelled = false;
    m_result.reset();
    m_pending.reset();
    options.progress = [this](int percent) {
        emit progressed(percent);
        return !m_cancelled.load();
    };
    // The worker reads only the path of `db` (through openAnother) and owns its connection.
    m_thread = QThread::create([this, &db, path, options] {
        auto other = db.openAnother();
        if (!other) {
            m_pending = Result<ImportReport>(other.error());
            return;
        }
        m_pending = MemberCsvImporter::run(**other, path, options);
    });
    m_thread->setObjectName(QStringLiteral("memberImport"));
    connect(m_thread, &QThread::finished, this, &ImportRunner::onThreadFinished);
    m_thread->start();
    return true;
}

void ImportRunner::onThreadFinished() {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_result = std::move(m_pending);
    m_pending.reset();
    emit finished();
}

} // namespace qundesk
