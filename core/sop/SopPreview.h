// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "sop/ScriptRenderer.h"
#include "sop/StepSchedule.h"

#include <QCoreApplication>
#include <QList>

namespace qundesk::sop {

// One line of a dry run: what a member receives on which day and time, with warnings.
struct PreviewItem {
    QDate day;
    QTime time;
    int stepIndex = 0; // into the template's steps
    QString title;
    QString channel;
    QString script;         // rendered
    bool movedByQuietHours = false;
    bool overCap = false;   // a private touch beyond the weekly cap
    bool doNotDisturb = false;
};

struct PreviewOptions {
    QuietHours quiet{QTime(22, 0), QTime(8, 0)};
    int privateCap = 3;
    bool doNotDisturb = false; // the member has DND on: everything would be held
    int openEndedDays = 28;    // how far repeating steps are shown past the last one-off step
};

// The dry run: "a member who joins on D receives …". Pure (no database), so the editor redraws
// it as the operator types. For an "after the start" SOP, D is the day it starts.
class SopPreview {
    Q_DECLARE_TR_FUNCTIONS(SopPreview)

public:
    static QList<PreviewItem> forJoin(const SopTemplate& sop, const QDate& joinDay,
                                      const ScriptValues& values, const PreviewOptions& options);
    // The warnings of one item in words ("Moved out of quiet hours" …), empty when none.
    static QStringList warnings(const PreviewItem& item);
};

} // namespace qundesk::sop
