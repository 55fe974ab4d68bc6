// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace qundesk {

class DeferredReload;
class SopDryRunView;
class SopEditor;
class SopRunsView;
class WorkspaceController;

// The SOP library (the workspace's playbooks, the built-in ones addable in the interface
// language, JSON import and export) beside the selected SOP's editor, its dry run and its runs
// with their progress; Apply opens the apply dialog.
class SopPage final : public QWidget {
    Q_OBJECT

public:
    explicit SopPage(WorkspaceController& workspace, QWidget* parent = nullptr);

    void reload();
    bool selectTemplate(const QString& name);
    void newTemplate();
    void addBuiltins();
    void importFile();
    void exportSelected();
    void deleteSelected();
    void applySelected();

    QListWidget* library() const { return m_library; }
    SopEditor* editor() const { return m_editor; }
    SopDryRunView* dryRun() const { return m_dryRun; }
    SopRunsView* runs() const { return m_runs; }
    QTabWidget* tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onLibraryRow();
    void showTemplate(const SopTemplate& sop);
    void updateActions();

    WorkspaceController& m_workspace;
    QList<SopTemplate> m_templates;
    qint64 m_selectedId = 0;
    QLabel* m_title;
    QListWidget* m_library;
    QPushButton* m_new;
    QPushButton* m_builtins;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_delete;
    QPushButton* m_apply;
    QTabWidget* m_tabs;
    SopEditor* m_editor;
    SopDryRunView* m_dryRun;
    SopRunsView* m_runs;
    DeferredReload* m_reloader;
};

} // namespace qundesk
