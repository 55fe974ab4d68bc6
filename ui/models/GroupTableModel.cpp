// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "models/GroupTableModel.h"

#include "util/Money.h"

#include <QLocale>

namespace qundesk {

namespace {
// U+2212 MINUS SIGN lines up with "+" in a right-aligned column; "-" is narrower.
const QChar kMinus(0x2212);
const QString kDash = QStringLiteral("–");
} // namespace

GroupTableModel::GroupTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void GroupTableModel::setRows(QList<GroupTableRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void GroupTableModel::setSummaries(const QList<GroupSummary>& summaries) {
    QList<GroupTableRow> rows;
    rows.reserve(summaries.size());
    for (const GroupSummary& s : summaries) {
        GroupTableRow row{s.group, {}, false};
        row.health.groupId = s.group.id;
        row.health.capacity = s.group.capacity;
        row.health.members = s.members;
        rows << row;
    }
    setRows(std::move(rows));
}

int GroupTableModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).group.id == id)
            return i;
    return -1;
}

int GroupTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int GroupTableModel::capacityUsePercent(const GroupTableRow& row) {
    return static_cast<int>(qRound(100.0 * row.health.capacityUse()));
}

QString GroupTableModel::percentText(double ratio, int decimals) {
    return tr("%1%", "percentage").arg(QLocale().toString(100.0 * ratio, 'f', decimals));
}

bool GroupTableModel::isNumeric(int column) {
    return column == Members || column == CapacityUse || column == ActiveRate ||
           column == NetGrowth || column == Conversion || column == Health;
}

QVariant GroupTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupTableRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case GroupIdRole:
        return row.group.id;
    case HealthLightRole:
        return row.hasScore() ? QVariant(static_cast<int>(row.health.light())) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(index.column()) ? Qt::AlignRight | Qt::AlignVCenter
                                                             : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    default:
        return {};
    }
}

QVariant GroupTableModel::displayValue(const GroupTableRow& row, int column) const {
    const GroupHealth& h = row.health;
    const bool metric =
        column == ActiveRate || column == NetGrowth || column == Conversion || column == Health;
    if (metric && !row.hasHealth)
        return kDash;
    switch (column) {
    case Name:
        return row.group.name;
    case Platform:
        return platform::label(row.group.platform);
    case Purpose:
        return purpose::label(row.group.purpose);
    case Members:
        return QLocale().toString(h.members);
    case CapacityUse:
        return row.group.capacity > 0 ? percentText(h.capacityUse(), 0) : kDash;
    case ActiveRate:
        return percentText(h.activeRate(), 0);
    case NetGrowth: {
        const int net = h.netGrowth30();
        const QString number = QLocale().toString(qAbs(net));
        return net > 0 ? QStringLiteral("+") + number : net < 0 ? kMinus + number : number;
    }
    case Conversion:
        return percentText(h.conversion(), 1);
    case Health:
        return row.hasScore() ? QLocale().toString(h.score()) : kDash;
    case Operator:
        return row.group.operatorName;
    case Status:
        return row.group.archived ? tr("Archived") : tr("Active");
    default:
        return {};
    }
}

QVariant GroupTableModel::rawValue(const GroupTableRow& row, int column) const {
    const GroupHealth& h = row.health;
    switch (column) {
    case Name:
        return row.group.name;
    case Platform:
        return row.group.platform;
    case Purpose:
        return row.group.purpose;
    case Members:
        return h.members;
    case CapacityUse: // null when the capacity is unknown: no bar, sorts first
        return row.group.capacity > 0 ? QVariant(capacityUsePercent(row)) : QVariant();
    case ActiveRate:
        return row.hasHealth ? h.activeRate() : -1.0;
    case NetGrowth:
        return row.hasHealth ? h.netGrowth30() : 0;
    case Conversion:
        return row.hasHealth ? h.conversion() : -1.0;
    case Health:
        return row.hasScore() ? h.score() : -1;
    case Operator:
        return row.group.operatorName;
    case Status:
        return row.group.archived;
    default:
        return {};
    }
}

QVariant GroupTableModel::toolTip(const GroupTableRow& row, int column) const {
    const GroupHealth& h = row.health;
    switch (column) {
    case Name:
        return row.group.rulesText.isEmpty() ? QVariant() : QVariant(row.group.rulesText);
    case CapacityUse:
        if (row.group.capacity <= 0)
            return tr("No capacity set");
        return tr("%1 of %2 places taken").arg(h.members).arg(row.group.capacity);
    case ActiveRate:
        if (!row.hasHealth)
            return {};
        return tr("%1 of %n member(s) sent a message in the last 7 days", "", h.members)
            .arg(h.active7);
    case NetGrowth:
        if (!row.hasHealth)
            return {};
        return tr("Last 30 days: %1 joined, %2 left").arg(h.joins30).arg(h.leaves30);
    case Conversion:
        if (!row.hasHealth)
            return {};
        return tr("%n buyer(s) in the last 30 days, revenue %1", "", h.buyers30)
            .arg(money::format(h.revenue30Cents));
    case Health:
        if (!row.hasHealth)
            return {};
        if (!row.hasScore())
            return tr("Not enough data yet: a group is scored once it has members and 7 days of "
                      "history.");
        return tr("Health score 0–100: 40% weekly active rate (target 40%), 20% net growth in 30 "
                  "days, 25% conversion (target 10%), 15% room left in the group.");
    default:
        return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                      : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ActiveRate:
            return tr("Members who sent at least one message in the last 7 days, as a share of "
                      "the members present today");
        case NetGrowth:
            return tr("Joins minus leaves in the last 30 days");
        case Conversion:
            return tr("Members with an order in this group in the last 30 days, as a share of "
                      "the members present today");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    // Metric headers take two lines (name, window) so the numeric columns stay narrow.
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
        return tr("Capacity\nused");
    case ActiveRate:
        return tr("Active\n7 days");
    case NetGrowth:
        return tr("Growth\n30 days");
    case Conversion:
        return tr("Conversion\n30 days");
    case Health:
        return tr("Health");
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
