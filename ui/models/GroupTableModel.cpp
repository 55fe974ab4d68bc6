// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "models/GroupTableModel.h"

#include <QLocale>

namespace qundesk {

GroupTableModel::GroupTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void GroupTableModel::setSummaries(QList<GroupSummary> summaries) {
    beginResetModel();
    m_rows = std::move(summaries);
    endResetModel();
}

int GroupTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int GroupTableModel::capacityUsePercent(const GroupSummary& summary) {
    if (summary.group.capacity <= 0)
        return 0;
    return static_cast<int>(qRound(100.0 * summary.members / summary.group.capacity));
}

QVariant GroupTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupSummary& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case GroupIdRole:
        return row.group.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Members || index.column() == CapacityUse)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == CapacityUse)
            return tr("%1 of %2 places taken").arg(row.members).arg(row.group.capacity);
        if (index.column() == Name && !row.group.rulesText.isEmpty())
            return row.group.rulesText;
        return {};
    default:
        return {};
    }
}

QVariant GroupTableModel::displayValue(const GroupSummary& row, int column) const {
    switch (column) {
    case Name:
        return row.group.name;
    case Platform:
        return platform::label(row.group.platform);
    case Purpose:
        return purpose::label(row.group.purpose);
    case Members:
        return QLocale().toString(row.members);
    case CapacityUse:
        return tr("%1%").arg(capacityUsePercent(row));
    case Operator:
        return row.group.operatorName;
    case Status:
        return row.group.archived ? tr("Archived") : tr("Active");
    default:
        return {};
    }
}

QVariant GroupTableModel::rawValue(const GroupSummary& row, int column) const {
    switch (column) {
    case Name:
        return row.group.name;
    case Platform:
        return row.group.platform;
    case Purpose:
        return row.group.purpose;
    case Members:
        return row.members;
    case CapacityUse:
        return capacityUsePercent(row);
    case Operator:
        return row.group.operatorName;
    case Status:
        return row.group.archived;
    default:
        return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == Members || section == CapacityUse)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Group");
    case Platform:
        return tr("Platform");
    case Purpose:
        return tr("Purpose");
    case Members:
        return tr("Members");
    case CapacityUse:
        return tr("Capacity used");
    case Operator:
        return tr("Operator");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void GroupTableModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

} // namespace qundesk
