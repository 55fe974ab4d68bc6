// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDateTimeEdit>
#include <QTimeZone>
#include <QtGlobal>

namespace qundesk {

// Makes `edit` hold plain wall-clock values (labelled UTC), as time::wallClock gives and
// time::fromWallClock reads back: it then shows the workspace's time, never converted through
// the machine's zone, and no machine daylight-saving gap can move what the user typed.
inline void holdWallClock(QDateTimeEdit* edit) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    edit->setTimeZone(QTimeZone::utc());
#else
    edit->setTimeSpec(Qt::UTC);
#endif
}

} // namespace qundesk
