// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace qundesk {

// File choosers of the UI, replaceable in tests (the hook answers instead of a modal dialog).
class FileDialogs {
public:
    enum class Mode { Open, Save };
    using Hook = std::function<QString(Mode mode, const QString& caption, const QString& filter)>;

    static void setHook(Hook hook);

    // The chosen path, or empty when cancelled.
    static QString openFile(QWidget* parent, const QString& caption, const QString& dir,
                            const QString& filter);
    static QString saveFile(QWidget* parent, const QString& caption, const QString& dir,
                            const QString& filter);
};

} // namespace qundesk
