// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace qundesk {

class MemberFilterBar;
class MemberTableModel;
class WorkspaceController;
struct NewMemberInput;

// The operator's table of people: every member of the workspace, searchable and filterable,
// with segments, bulk tagging and export. The table model is lazy (pages of rows), so the
// page stays fluent with 100,000 members.
class MembersPage final : public QWidget {
    Q_OBJECT

public:
    MembersPage(WorkspaceController& workspace, QUndoStack& undoStack, QWidget* parent = nullptr);

    MemberTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    MemberFilterBar* filterBar() const { return m_filters; }
    QLabel* countLabel() const { return m_count; }
    QStackedWidget* body() const { return m_body; }
    enum BodyPage { TablePage, NoMembersPage, NoMatchPage };

    // Selected members, in table order.
    QList<qint64> selectedMemberIds() const;
    // Re-reads the list, keeping the selection and scroll position where the members remain.
    void reload();

    // The toolbar's operations without their choosers (the choosers call these; so do tests).
    void addMember(const NewMemberInput& input);
    void deleteSelection();                    // asks for confirmation first
    void tagSelection(const QString& tagName); // creates the tag when it is new
    void untagSelection(const QString& tagName);
    void addSelectionToGroup(qint64 groupId);
    bool exportTo(const QString& path); // the current filtered list, in table order
    bool saveSegment(const QString& name);

public slots:
    // Follows the toolbar's group switcher (0 = all groups).
    void setGroupFilter(qint64 groupId);

signals:
    // The group filter changed on the page itself (its filter bar, "Clear filters"), so the
    // toolbar's group switcher can follow (0 = all groups).
    void groupFilterChanged(qint64 groupId);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildToolbar();
    QWidget* buildEmptyState(QLabel*& title, QLabel*& text, QPushButton*& button, const char* name);
    void retranslate();
    void fitColumnsToHeaders();
    void workspaceReplaced();
    void applyFilters();
    void updateState();
    bool isFiltered() const;
    void openMember(const QModelIndex& index);

    // Choosers behind the toolbar buttons.
    void newMember();
    void chooseTag();
    void chooseUntag();
    void chooseGroup();
    void chooseExport();
    void chooseSegmentName();

    WorkspaceController& m_workspace;
    QUndoStack& m_undoStack;
    qint64 m_groupId = 0;
    MemberTableModel* m_model = nullptr;
    MemberFilterBar* m_filters = nullptr;
    QTimer* m_searchDelay = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    int m_total = 0; // members without filters, as of the last reload
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_body = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_tag = nullptr;
    QPushButton* m_untag = nullptr;
    QPushButton* m_addToGroup = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_noMembersTitle = nullptr;
    QLabel* m_noMembersText = nullptr;
    QPushButton* m_noMembersButton = nullptr;
    QLabel* m_noMatchTitle = nullptr;
    QLabel* m_noMatchText = nullptr;
    QPushButton* m_noMatchButton = nullptr;
};

} // namespace qundesk
