// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDateTime>
#include <QString>

namespace qundesk {

// One outreach to a member (table touches): by hand, from an SOP task or from a calendar item.
// channel is one of the keys of channel::keys() (model/ContentItem.h).
struct Touch {
    qint64 id = 0;
    qint64 memberId = 0;
    qint64 groupId = 0; // 0 = none
    QString channel = QStringLiteral("private");
    QDateTime touchedAt; // instant, UTC
    QString note;
    qint64 sopTaskId = 0;     // 0 = none
    qint64 contentItemId = 0; // 0 = none
};

} // namespace qundesk
