// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "metrics/GroupHealth.h"
#include "model/Group.h"

#include <QAbstractTableModel>
#include <QList>

namespace qundesk {

// One row of the Groups page: the group and its health on the day the page was loaded.
// Without health (hasHealth false) the metric columns show a dash and only `health.members`
// is known.
struct GroupTableRow {
    Group group;
    GroupHealth health;
    bool hasHealth = false;
    // At least 7 days of history (created 6 or more days before today): a younger group shows
    // "—" for its score, which would otherwise judge it on an empty week.
    bool enoughHistory = true;

    // A score is shown when the group has its health, a member and 7 days of history.
    bool hasScore() const { return hasHealth && enoughHistory && health.members > 0; }
};

// The groups of a workspace, one row per group. Display text is translated; RawValueRole
// gives the sortable value (numbers as numbers, rates as 0..1, keys as stored).
class GroupTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Platform,
        Purpose,
        Members,
        CapacityUse,
        ActiveRate,
        NetGrowth,
        Conversion,
        Health,
        Operator,
        Status,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, GroupIdRole, HealthLightRole };

    explicit GroupTableModel(QObject* parent = nullptr);

    void setRows(QList<GroupTableRow> rows);
    // Rows without health, from head counts only.
    void setSummaries(const QList<GroupSummary>& summaries);
    const QList<GroupTableRow>& rows() const { return m_rows; }
    // The row of group `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Re-emits the translated header and cells after a language change.
    void retranslate();

    // Members as a percentage of capacity (0 when the capacity is unknown).
    static int capacityUsePercent(const GroupTableRow& row);
    // "12.5%" in the current locale; `decimals` after the point.
    static QString percentText(double ratio, int decimals);

private:
    static bool isNumeric(int column);
    QVariant displayValue(const GroupTableRow& row, int column) const;
    QVariant rawValue(const GroupTableRow& row, int column) const;
    QVariant toolTip(const GroupTableRow& row, int column) const;

    QList<GroupTableRow> m_rows;
};

} // namespace qundesk
