// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/SopPage.h"

#include "db/Database.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/SopApplyDialog.h"
#include "pages/DeferredReload.h"
#include "pages/PageCatalog.h"
#include "pages/sop/SopDryRunView.h"
#include "pages/sop/SopEditor.h"
#include "pages/sop/SopRunsView.h"
#include "services/SopService.h"
#include "services/SopShareService.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"
#include "store/SettingsStore.h"
#include "store/SopTemplateStore.h"
#include "util/Time.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace qundesk {

SopPage::SopPage(WorkspaceController& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_library(new QListWidget(this))
    , m_new(new QPushButton(this))
    , m_builtins(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_apply(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new SopEditor(workspace, this))
    , m_dryRun(new SopDryRunView(workspace, this))
    , m_runs(new SopRunsView(workspace, this)) {
    setObjectName(PageCatalog::objectName(PageId::Sop));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_library->setObjectName(QStringLiteral("sopLibraryList"));
    m_new->setObjectName(QStringLiteral("newSopButton"));
    m_builtins->setObjectName(QStringLiteral("addBuiltinSopsButton"));
    m_import->setObjectName(QStringLiteral("importSopButton"));
    m_export->setObjectName(QStringLiteral("exportSopButton"));
    m_delete->setObjectName(QStringLiteral("deleteSopButton"));
    m_apply->setObjectName(QStringLiteral("applySopButton"));
    m_tabs->setObjectName(QStringLiteral("sopTabs"));
    // The editor scrolls rather than holding the window wider or taller than the user wants.
    auto* editorScroll = new QScrollArea(this);
    editorScroll->setObjectName(QStringLiteral("sopEditorScroll"));
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidget(m_editor);
    m_tabs->addTab(editorScroll, QString());
    m_tabs->addTab(m_dryRun, QString());
    m_tabs->addTab(m_runs, QString());

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_library, 1);
    auto* grid = new QHBoxLayout;
    grid->addWidget(m_new);
    grid->addWidget(m_delete);
    leftLayout->addLayout(grid);
    auto* share = new QHBoxLayout;
    share->addWidget(m_import);
    share->addWidget(m_export);
    leftLayout->addLayout(share);
    leftLayout->addWidget(m_builtins);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    connect(m_library, &QListWidget::currentRowChanged, this, &SopPage::onLibraryRow);
    connect(m_new, &QPushButton::clicked, this, &SopPage::newTemplate);
    connect(m_builtins, &QPushButton::clicked, this, &SopPage::addBuiltins);
    connect(m_import, &QPushButton::clicked, this, &SopPage::importFile);
    connect(m_export, &QPushButton::clicked, this, &SopPage::exportSelected);
    connect(m_delete, &QPushButton::clicked, this, &SopPage::deleteSelected);
    connect(m_apply, &QPushButton::clicked, this, &SopPage::applySelected);
    connect(m_editor, &SopEditor::edited, this,
            [this] { m_dryRun->setTemplate(m_editor->currentTemplate()); });
    connect(m_editor, &SopEditor::saved, this, [this](qint64 id) {
        m_selectedId = id;
        reload();
    });
    if (auto* member = m_editor->findChild<QComboBox*>(QStringLiteral("renderMember")))
        connect(member, &QComboBox::currentIndexChanged, this,
                [this, member] { m_dryRun->setSampleMember(member->currentData().toLongLong()); });
    m_reloader = new DeferredReload(this, QStringLiteral("SOP page"), [this] { reload(); });
    connect(&m_workspace, &WorkspaceController::workspaceChanged, m_reloader,
            &DeferredReload::request);
    connect(&m_workspace.jobs(), &JobRunner::writingChanged, this, &SopPage::updateActions);
    retranslate();
    reload();
}

void SopPage::reload() {
    m_templates.clear();
    if (const Database* db = m_workspace.database()) {
        if (auto list = SopTemplateStore(*db).list(); list)
            m_templates = list.value();
        m_dryRun->setJoinDay(time::today(SettingsStore(*db).timeZone()));
    }
    const QSignalBlocker block(m_library);
    m_library->clear();
    int row = m_templates.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        const SopTemplate& t = m_templates.at(i);
        auto* item = new QListWidgetItem(t.name, m_library);
        item->setToolTip(QStringLiteral("%1 · %2").arg(sopScenario::label(t.scenario),
                                                       sopTarget::label(t.targetKind)));
        if (t.id == m_selectedId)
            row = i;
    }
    m_library->setCurrentRow(row);
    onLibraryRow();
}

bool SopPage::selectTemplate(const QString& name) {
    for (int i = 0; i < m_templates.size(); ++i)
        if (m_templates.at(i).name == name) {
            m_library->setCurrentRow(i);
            return true;
        }
    return false;
}

void SopPage::onLibraryRow() {
    const int row = m_library->currentRow();
    if (row >= 0 && row < m_templates.size()) {
        showTemplate(m_templates.at(row));
    } else if (m_selectedId == 0 || m_templates.isEmpty()) {
        showTemplate(SopTemplate{});
    }
    updateActions();
}

void SopPage::showTemplate(const SopTemplate& sop) {
    m_selectedId = sop.id;
    m_editor->setTemplate(sop);
    m_dryRun->setTemplate(sop);
    m_runs->showTemplate(sop.id);
}

void SopPage::newTemplate() {
    SopTemplate t;
    t.name = tr("New SOP");
    t.language = QLocale().name();
    m_library->setCurrentRow(-1);
    showTemplate(t);
    m_editor->addStep();
    m_tabs->setCurrentIndex(0);
    updateActions();
}

void SopPage::addBuiltins() {
    const Database* db = m_workspace.database();
    if (!db)
        return;
    auto added = SopShareService::addBuiltins(*db, QLocale().name());
    if (!added) {
        MessageBoxes::error(this, tr("Built-in SOPs"), added.error().toString());
        return;
    }
    MessageBoxes::information(
        this, tr("Built-in SOPs"),
        tr("%n SOP(s) added; %1 were there already.", "", added->imported).arg(added->duplicates));
    m_workspace.notifyDataChanged();
    reload();
}

void SopPage::importFile() {
    const Database* db = m_workspace.database();
    if (!db)
        return;
    const QString path =
        FileDialogs::openFile(this, tr("Import SOPs"), QString(), tr("SOP files (*.json)"));
    if (path.isEmpty())
        return;
    auto imported = SopShareService::importFile(*db, path);
    if (!imported) {
        MessageBoxes::error(this, tr("Import SOPs"), imported.error().toString());
        return;
    }
    MessageBoxes::information(
        this, tr("Import SOPs"),
        tr("%n SOP(s) imported; %1 were there already.", "", imported->imported)
            .arg(imported->duplicates));
    m_workspace.notifyDataChanged();
    reload();
}

void SopPage::exportSelected() {
    const Database* db = m_workspace.database();
    const int row = m_library->currentRow();
    if (!db || row < 0 || row >= m_templates.size())
        return;
    const QString name = m_templates.at(row).name;
    const QString path = FileDialogs::saveFile(
        this, tr("Export SOP"), name + QStringLiteral(".json"), tr("SOP files (*.json)"));
    if (path.isEmpty())
        return;
    if (auto written = SopShareService::exportFile(*db, path, name); !written)
        MessageBoxes::error(this, tr("Export SOP"), written.error().toString());
}

void SopPage::deleteSelected() {
    const Database* db = m_workspace.database();
    const int row = m_library->currentRow();
    if (!db || row < 0 || row >= m_templates.size())
        return;
    const SopTemplate& t = m_templates.at(row);
    if (!MessageBoxes::ask(this, tr("Delete SOP"),
                           tr("Delete “%1” with its runs and tasks?").arg(t.name)))
        return;
    if (Status s = SopService::removeTemplate(*db, t.id); !s) {
        MessageBoxes::error(this, tr("Delete SOP"), s.error().message);
        return;
    }
    m_selectedId = 0;
    m_workspace.notifyDataChanged();
    reload();
}

void SopPage::applySelected() {
    if (!m_workspace.database() || m_selectedId <= 0)
        return;
    SopApplyDialog dialog(m_workspace, m_editor->currentTemplate(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_runs->reload();
        m_tabs->setCurrentWidget(m_runs);
    }
}

void SopPage::updateActions() {
    const bool writable = m_workspace.database() && !m_workspace.jobs().isWriting();
    const bool stored = m_selectedId > 0;
    m_new->setEnabled(writable);
    m_builtins->setEnabled(writable);
    m_import->setEnabled(writable);
    m_export->setEnabled(stored);
    m_delete->setEnabled(writable && stored);
    m_apply->setEnabled(writable && stored);
    m_editor->setEnabled(writable);
}

void SopPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SopPage::retranslate() {
    m_title->setText(PageCatalog::title(PageId::Sop));
    m_new->setText(tr("New"));
    m_delete->setText(tr("Delete"));
    m_import->setText(tr("Import…"));
    m_export->setText(tr("Export…"));
    m_builtins->setText(tr("Add the built-in library"));
    m_builtins->setToolTip(tr("Onboarding, reactivation, birthday, big-sale, referral, new-group "
                              "and VIP playbooks, in the interface language"));
    m_apply->setText(tr("Apply…"));
    m_tabs->setTabText(0, tr("Editor"));
    m_tabs->setTabText(1, tr("Dry run"));
    m_tabs->setTabText(2, tr("Runs"));
}

} // namespace qundesk
