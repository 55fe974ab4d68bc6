// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "pages/calendar/CalendarSnapshot.h"

#include <QTreeWidget>

namespace qundesk {

// The agenda: every day of the period with items, each item on its own row (time, title,
// group, channel, content line, status), the line's colour as a mark and the day's fatigue
// warnings as rows of their own. Double-clicking an item opens it.
class AgendaView final : public QTreeWidget {
    Q_OBJECT

public:
    enum Column { Time, Title, Group, Channel, Line, Status, ColumnCount };

    explicit AgendaView(QWidget* parent = nullptr);
    void setSnapshot(const CalendarSnapshot& snapshot);
    void retranslate();

signals:
    void occurrenceActivated(const calendar::Occurrence& occurrence);

private:
    CalendarSnapshot m_snapshot;
};

} // namespace qundesk
