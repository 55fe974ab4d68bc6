// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDir>
#include <QTemporaryDir>

namespace qundesk::test {

// A private home folder for one test process. QStandardPaths' test mode keeps settings and
// data under $HOME/.qttest, which every test process shares; CTest runs tests in parallel, so
// each process gets its own home and no test sees another's settings or workspaces.
class TestHome {
public:
    TestHome() {
        const QByteArray path = QDir(m_dir.path()).absolutePath().toLocal8Bit();
        qputenv("HOME", path);
        qputenv("XDG_CONFIG_HOME", path + "/.config");
        qputenv("XDG_DATA_HOME", path + "/.local/share");
        qputenv("XDG_CACHE_HOME", path + "/.cache");
    }

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/qundesk-test-home-XXXXXX")};
};

} // namespace qundesk::test
