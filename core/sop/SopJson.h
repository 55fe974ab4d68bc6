// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace qundesk::sop {

// The shared form of SOPs (export, import, the built-in library):
// {"format": "qundesk-sop", "version": 1, "sops": [{"uid", "name", "description", "language",
//  "scenario", "target", "anchor", "stop_condition": {member filter} | null,
//  "end_actions": [{"action": "add_tag", "tag": …} | {"action": "start_sop", "sop": …}],
//  "steps": [{"title", "timing": "day_offset" | "fixed_date" | "weekday", "day": N,
//             "repeat_days": N, "date": "YYYY-MM-DD" or "MM-DD" (the next such day),
//             "weekday": 1-7, "window": ["HH:MM", "HH:MM"], "channel", "script",
//             "checklist": [text…]}]}]}
class SopJson {
    Q_DECLARE_TR_FUNCTIONS(SopJson)

public:
    static QByteArray write(const QList<SopTemplate>& sops);
    // Reads every SOP of a document, or fails naming the first problem ("SOP 2, step 3: …"),
    // with the line of a JSON syntax error. `today` resolves month-day dates ("06-18") to
    // their next occurrence. Ids are 0; uids as written (empty when absent).
    static Result<QList<SopTemplate>> read(const QByteArray& json, const QDate& today);
};

} // namespace qundesk::sop
