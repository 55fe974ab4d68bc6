// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "models/MemberTableModel.h"

#include "model/Member.h"
#include "rules/FanLevel.h"
#include "rules/Lifecycle.h"
#include "store/SettingsStore.h"
#include "util/Money.h"
#include "util/Time.h"

#include <QLocale>

namespace qundesk {

MemberTableModel::MemberTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MemberTableModel::setDatabase(const Database* db) {
    m_db = db;
}

MemberSort MemberTableModel::sortKey(int column) {
    switch (column) {
    case Stage:
        return MemberSort::Stage;
    case FanLevel:
        return MemberSort::FanLevel;
    case Tier:
        return MemberSort::Tier;
    case Source:
        return MemberSort::Source;
    case LastMessage:
        return MemberSort::LastMessage;
    case LastTouch:
        return MemberSort::LastTouch;
    case Orders:
        return MemberSort::Orders;
    case Revenue:
        return MemberSort::Revenue;
    default: // groups, referrer and tags are lists of names: they sort by member name
        return MemberSort::Name;
    }
}

Status MemberTableModel::reload() {
    QList<qint64> ids;
    Status status;
    if (m_db) {
        const SettingsStore settings(*m_db);
        m_zone = settings.timeZone();
        m_currency = settings.currency();
        auto found = MemberListQuery::ids(*m_db, m_filter, sortKey(m_sortColumn),
                                          m_sortOrder == Qt::AscendingOrder);
        if (found)
            ids = std::move(found).value();
        else
            status = found.error();
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_rowOfId.clear();
    m_pages.clear();
    m_recentPages.clear();
    m_fetchedPages = 0;
    endResetModel();
    return status;
}

qint64 MemberTableModel::memberId(int row) const {
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int MemberTableModel::rowOf(qint64 memberId) const {
    if (m_rowOfId.isEmpty() && !m_ids.isEmpty()) {
        m_rowOfId.reserve(m_ids.size());
        for (int i = 0; i < m_ids.size(); ++i)
            m_rowOfId.insert(m_ids.at(i), i);
    }
    return m_rowOfId.value(memberId, -1);
}

const MemberListRow* MemberTableModel::row(int row) const {
    if (row < 0 || row >= m_ids.size() || !m_db)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const QList<qint64> pageIds = m_ids.mid(page * kPageSize, kPageSize);
        auto rows = MemberListQuery::rows(*m_db, pageIds);
        ++m_fetchedPages;
        // Align with the ids: a member deleted since the ids were read keeps an empty row
        // until the next reload, so rows never shift under the view.
        QHash<qint64, MemberListRow> byId;
        if (rows) {
            for (MemberListRow& r : *rows)
                byId.insert(r.id, std::move(r));
        }
        QList<MemberListRow> aligned;
        aligned.reserve(pageIds.size());
        for (qint64 id : pageIds) {
            MemberListRow r = byId.value(id);
            r.id = id;
            aligned << r;
        }
        if (m_pages.size() >= kCachedPages && !m_recentPages.isEmpty())
            m_pages.remove(m_recentPages.takeFirst());
        it = m_pages.insert(page, std::move(aligned));
    }
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
    const int offset = row - page * kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int MemberTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == MemberIdRole)
        return m_ids.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        if (c == Orders || c == Revenue)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const MemberListRow* r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*r, index.column());
    case RawValueRole:
        return rawValue(*r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && !r->handles.isEmpty())
            return r->handles;
        if (index.column() == Groups || index.column() == Tags)
            return displayValue(*r, index.column());
        return {};
    default:
        return {};
    }
}

QVariant MemberTableModel::displayValue(const MemberListRow& row, int column) const {
    const QLocale locale;
    switch (column) {
    case Name:
        return row.name;
    case Groups:
        return row.groups;
    case Stage:
        return lifecycle::label(row.stage);
    case FanLevel:
        return fanlevel::label(row.fanLevel);
    case Tier:
        return row.tier.isEmpty() ? QString() : tier::label(row.tier);
    case Source:
        return row.source.isEmpty() ? QString() : sourceChannel::label(row.source);
    case Referrer:
        return row.referrer;
    case Tags:
        return row.tags;
    case LastMessage:
        return row.lastMessage.isValid() ? locale.toString(row.lastMessage, QLocale::ShortFormat)
                                         : tr("Never");
    case LastTouch:
        return row.lastTouch.isValid()
                   ? locale.toString(time::localDay(row.lastTouch, m_zone), QLocale::ShortFormat)
                   : QString();
    case Orders:
        return locale.toString(row.orders);
    case Revenue:
        return row.revenueCents > 0 ? money::format(row.revenueCents, m_currency) : QString();
    default:
        return {};
    }
}

QVariant MemberTableModel::rawValue(const MemberListRow& row, int column) const {
    switch (column) {
    case Name:
        return row.name;
    case Groups:
        return row.groups;
    case Stage:
        return static_cast<int>(lifecycle::keys().indexOf(row.stage));
    case FanLevel:
        return row.fanLevel.isEmpty() ? 0 : static_cast<int>(fanlevel::fromKey(row.fanLevel));
    case Tier:
        return static_cast<int>(tier::keys().indexOf(row.tier));
    case Source:
        return row.source;
    case Referrer:
        return row.referrer;
    case Tags:
        return row.tags;
    case LastMessage:
        return row.lastMessage;
    case LastTouch:
        return row.lastTouch;
    case Orders:
        return row.orders;
    case Revenue:
        return row.revenueCents;
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == Orders || section == Revenue)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Groups:
        return tr("Groups");
    case Stage:
        return tr("Stage");
    case FanLevel:
        return tr("Fan level");
    case Tier:
        return tr("Tier");
    case Source:
        return tr("Source");
    case Referrer:
        return tr("Referrer");
    case Tags:
        return tr("Tags");
    case LastMessage:
        return tr("Last message");
    case LastTouch:
        return tr("Last touch");
    case Orders:
        return tr("Orders");
    case Revenue:
        return tr("Revenue");
    default:
        return {};
    }
}

void MemberTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_db)
        return;
    auto found = MemberListQuery::ids(*m_db, m_filter, sortKey(m_sortColumn),
                                      m_sortOrder == Qt::AscendingOrder);
    if (!found)
        return;
    if (found->size() != m_ids.size()) { // the data changed meanwhile: start afresh
        (void)reload();
        return;
    }
    // The same members in a new order: persistent indexes (selection, current) follow them.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QList<qint64> before = m_ids;
    const QModelIndexList persistent = persistentIndexList();
    m_ids = std::move(found).value();
    m_rowOfId.clear();
    m_pages.clear();
    m_recentPages.clear();
    QModelIndexList to;
    to.reserve(persistent.size());
    for (const QModelIndex& from : persistent) {
        const int newRow = rowOf(before.value(from.row()));
        to << (newRow < 0 ? QModelIndex() : index(newRow, from.column()));
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MemberTableModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

} // namespace qundesk
