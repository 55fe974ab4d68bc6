// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "store/MemberListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace qundesk {

class Database;

// The Members table, loaded lazily: it holds the ordered ids of every matching member
// (MemberListQuery::ids) and fetches the cells a page of ~200 rows at a time when a view asks
// for them, keeping only a few pages, so 100,000 members scroll fluently. Sorting re-queries
// the ids in the database (no proxy over 100,000 rows). Display text is translated;
// RawValueRole gives the sortable value; MemberIdRole the member's id.
class MemberTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Groups,
        Stage,
        FanLevel,
        Tier,
        Source,
        Referrer,
        Tags,
        LastMessage,
        LastTouch,
        Orders,
        Revenue,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, MemberIdRole };

    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 6;

    explicit MemberTableModel(QObject* parent = nullptr);

    // The database to read (nullptr = empty model); does not reload.
    void setDatabase(const Database* db);
    void setFilter(const MemberListFilter& filter) { m_filter = filter; }
    const MemberListFilter& filter() const { return m_filter; }
    // Queries the ids again (filter, sort) and drops the cached pages.
    Status reload();

    const QList<qint64>& ids() const { return m_ids; }
    qint64 memberId(int row) const;
    int rowOf(qint64 memberId) const; // -1 when not listed
    // The row of a loaded page (or loads it); nullptr outside the model.
    const MemberListRow* row(int row) const;
    // How many pages were read from the database since the last reload (tests).
    int fetchedPageCount() const { return m_fetchedPages; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void retranslate();

private:
    QVariant displayValue(const MemberListRow& row, int column) const;
    QVariant rawValue(const MemberListRow& row, int column) const;
    static MemberSort sortKey(int column);

    const Database* m_db = nullptr;
    MemberListFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QTimeZone m_zone = QTimeZone::utc(); // the workspace's, read on reload
    QString m_currency = QStringLiteral("CNY"); // the workspace's: stored revenue is in it
    QList<qint64> m_ids;
    mutable QHash<qint64, int> m_rowOfId; // built on first use after a reload
    mutable QHash<int, QList<MemberListRow>> m_pages;
    mutable QList<int> m_recentPages; // most recently used last
    mutable int m_fetchedPages = 0;
};

} // namespace qundesk
