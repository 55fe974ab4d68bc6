// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QWidget>

class QUndoStack;

namespace qundesk {

class Database;
class WorkspaceController;

// What every tab of the member detail dialog works on.
struct MemberContext {
    WorkspaceController& workspace;
    QUndoStack& undoStack;
    qint64 memberId;

    Database* db() const;
};

// A tab of the member detail dialog: reloads from the stores when the data changes (after its
// own edits, undo and redo) and rebuilds its texts when the language changes.
class MemberTab : public QWidget {
    Q_OBJECT

public:
    explicit MemberTab(const MemberContext& context, QWidget* parent = nullptr);

    virtual void reload() = 0;

protected:
    // Texts set in code; called once by the subclass's constructor and on LanguageChange.
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;
    // Shows a failed read of the stores.
    void showError(const QString& message);

    MemberContext m_context;
};

} // namespace qundesk
