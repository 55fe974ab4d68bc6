// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "rules/MemberCondition.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace qundesk::sop {

// One thing done when a member's timeline ends (finished or left early):
// add_tag (value: the tag's name, created when missing) or start_sop (value: the other SOP's
// name or uid, started for the member from that day).
struct EndAction {
    QString kind;
    QString value;
    bool operator==(const EndAction&) const = default;
};

// The stored forms of a template's early-exit condition (a member filter, JSON as segments
// store them, e.g. {"match":"any","conditions":[{"field":"orders","op":">=","value":1}]})
// and of its end actions ([{"action":"add_tag","tag":"…"}, {"action":"start_sop","sop":"…"}]).
class SopEndRules {
    Q_DECLARE_TR_FUNCTIONS(SopEndRules)

public:
    // None when the template has no condition; an error naming the SOP when it cannot be read.
    static Result<std::optional<MemberFilterDefinition>> stopCondition(const SopTemplate& sop);
    static Result<QList<EndAction>> endActions(const SopTemplate& sop);
    static QString endActionsJson(const QList<EndAction>& actions);
    // The condition every "ends when the member buys" SOP uses: at least one order.
    static QString boughtCondition();
    static QStringList actionKinds(); // add_tag, start_sop
    static QString actionLabel(const QString& kind);
};

} // namespace qundesk::sop
