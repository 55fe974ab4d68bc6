// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace qundesk {

// One member row as the importer understood it.
struct MemberRow {
    QString name;
    QString handle;
    QString platform;
    QString groupName;
    QString role;
    QDateTime joinedAt;
    QString gender;
    QDate birthday;
    QString city;
    QString source;
    QString notes;
    QString phone;
    QStringList tags;
    // Worked out with the row, off the writer's thread (MemberRowSource): the name the member
    // is shown under (name, else handle) trimmed and without case; the search text a new
    // member of this row gets (memberstatus::searchText); when the row's stay began, as
    // stored (the join date, else the time the row was read) and as a day in the workspace's
    // zone.
    QString foldedName;
    QString searchText;
    QString joinedStored;
    QDate joinedDay;

    QString shownName() const { return name.isEmpty() ? handle : name; }
};

} // namespace qundesk
