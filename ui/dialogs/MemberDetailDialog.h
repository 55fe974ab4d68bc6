// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace qundesk {

class MemberGroupsTab;
class MemberIdentitiesTab;
class MemberOrdersTab;
class MemberProfileForm;
class MemberTab;
class MemberTagsTab;
class MemberTimelineView;
class ReferralView;
class WorkspaceController;

// One member: profile, memberships, linked identities, tags, timeline, referrals, notes and
// orders. Every edit goes through the window's undo stack; the dialog reloads whenever the
// workspace's data changes (its own edits, undo and redo from the window). Its size is
// remembered.
class MemberDetailDialog final : public QDialog {
    Q_OBJECT

public:
    MemberDetailDialog(WorkspaceController& workspace, QUndoStack& undoStack, qint64 memberId,
                       QWidget* parent = nullptr);

    qint64 memberId() const { return m_memberId; }

    MemberProfileForm* profile() const { return m_profile; }
    MemberGroupsTab* groups() const { return m_groups; }
    MemberIdentitiesTab* identities() const { return m_identities; }
    MemberTagsTab* tags() const { return m_tags; }
    MemberTimelineView* timeline() const { return m_timeline; }
    ReferralView* referrals() const { return m_referrals; }
    MemberOrdersTab* orders() const { return m_orders; }

    // Asks, then erases the member's personal data for good and closes the dialog.
    void erasePersonalData();

    // Closing saves what is still being typed in the profile; a profile that cannot be saved
    // (no name) keeps the dialog open with the reason shown.
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void retranslate();
    void reload();
    void reloadHeader();

    WorkspaceController& m_workspace;
    QUndoStack& m_undoStack;
    qint64 m_memberId;

    QLabel* m_name;
    QLabel* m_stage;
    QLabel* m_fanLevel;
    QLabel* m_tier;
    QLabel* m_silent;
    QTabWidget* m_tabWidget;
    MemberProfileForm* m_profile;
    MemberGroupsTab* m_groups;
    MemberIdentitiesTab* m_identities;
    MemberTagsTab* m_tags;
    MemberTimelineView* m_timeline;
    ReferralView* m_referrals;
    MemberOrdersTab* m_orders;
    QList<MemberTab*> m_allTabs;
    QPushButton* m_erase;
    QPushButton* m_close;
};

} // namespace qundesk
