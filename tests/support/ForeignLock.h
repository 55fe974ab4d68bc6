// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QProcess>
#include <QString>

namespace qundesk::test {

// The lock file of a workspace held by another live process, as when QunDesk runs elsewhere:
// a QLockFile's own content naming a `sleep` process this starts (and ends again on
// destruction, removing the file).
class ForeignLock {
public:
    explicit ForeignLock(const QString& workspace);
    ~ForeignLock();
    ForeignLock(const ForeignLock&) = delete;
    ForeignLock& operator=(const ForeignLock&) = delete;

    bool isValid() const { return m_valid; }

private:
    QProcess m_holder;
    QString m_lockFile;
    bool m_valid = false;
};

} // namespace qundesk::test
