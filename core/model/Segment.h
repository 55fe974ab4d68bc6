// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDateTime>
#include <QString>

namespace qundesk {

// A saved segment (segments): a named member filter that drives SOPs and the calendar.
// definition is JSON text, a JSON object interpreted by the segment evaluator; builtin
// segments ship with QunDesk.
struct Segment {
    qint64 id = 0;
    QString name;
    QString definition;
    bool builtin = false;
    QDateTime createdAt;
};

} // namespace qundesk
