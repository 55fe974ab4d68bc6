// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QLineEdit>

class QStandardItemModel;
class QTimer;

namespace qundesk {

class Database;

// A line edit that finds members by name as the operator types (a completer over the first
// matches of MemberListQuery, searched once typing pauses, so it stays quick with 100,000
// members) and remembers the chosen one. Editing the text after choosing forgets the choice.
class MemberPicker final : public QLineEdit {
    Q_OBJECT

public:
    explicit MemberPicker(Database* db, QWidget* parent = nullptr);

    qint64 memberId() const { return m_memberId; }
    void setMember(qint64 id, const QString& name); // id 0 = nobody
    void setExcluded(qint64 id) { m_excluded = id; }

    // The suggestions for what is typed now, without waiting for the pause (tests).
    void searchNow();
    QStandardItemModel* matches() const { return m_matches; }

signals:
    void memberChosen(qint64 id);

private:
    void choose(const QModelIndex& index);

    Database* m_db;
    QStandardItemModel* m_matches;
    QTimer* m_pause;
    qint64 m_memberId = 0;
    qint64 m_excluded = 0;
};

} // namespace qundesk
