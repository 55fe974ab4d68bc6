// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Group.h"

#include <QAbstractTableModel>
#include <QList>

namespace qundesk {

// The groups of a workspace, one row per group (GroupStore::summaries()). Display text is
// translated; RawValueRole gives the sortable value (numbers as numbers, keys as stored).
class GroupTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Platform, Purpose, Members, CapacityUse, Operator, Status, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, GroupIdRole };

    explicit GroupTableModel(QObject* parent = nullptr);

    void setSummaries(QList<GroupSummary> summaries);
    const QList<GroupSummary>& summaries() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Re-emits the translated header and cells after a language change.
    void retranslate();

    // Members as a percentage of capacity (0 when the capacity is unknown).
    static int capacityUsePercent(const GroupSummary& summary);

private:
    QVariant displayValue(const GroupSummary& row, int column) const;
    QVariant rawValue(const GroupSummary& row, int column) const;

    QList<GroupSummary> m_rows;
};

} // namespace qundesk
