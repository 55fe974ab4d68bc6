// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "services/CalendarService.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QWidget;

namespace qundesk {

// Asks which occurrences of a series a change applies to: this one, this and following, or
// all; none when the user cancels. Tests replace the dialog with a hook.
class ScopeQuestion {
    Q_DECLARE_TR_FUNCTIONS(ScopeQuestion)

public:
    using Hook = std::function<std::optional<EditScope>(const QString& title)>;
    static void setHook(Hook hook);

    static std::optional<EditScope> ask(QWidget* parent, const QString& title);
};

} // namespace qundesk
