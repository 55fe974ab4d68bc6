// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/GroupsPage.h"

#include "commands/GroupCommands.h"
#include "db/Database.h"
#include "dialogs/GroupDialog.h"
#include "dialogs/MessageBoxes.h"
#include "jobs/WorkspaceJobs.h"
#include "metrics/GroupHealth.h"
#include "pages/DeferredReload.h"
#include "pages/GroupTableDelegate.h"
#include "pages/PageCatalog.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace qundesk {

namespace {
// A group this full is about to stop taking members (WeChat refuses joins at capacity).
constexpr int kNearCapacityPercent = 90;

// Created on day D, a group has a week of history from D + 6 on (D counts as its first day).
bool hasWeekOfHistory(const Group& group, const QTimeZone& zone, const QDate& today) {
    return !group.createdAt.isValid() || time::localDay(group.createdAt, zone).daysTo(today) >= 6;
}

QString bannerStyle(bool severe) {
    return severe
               ? QStringLiteral("QLabel { background: #fef3f2; color: #912018; border: 1px solid "
                                "#fda29b; border-radius: 6px; padding: 8px 12px; }")
               : QStringLiteral("QLabel { background: #fffaeb; color: #93370d; border: 1px solid "
                                "#fedf89; border-radius: 6px; padding: 8px 12px; }");
}
} // namespace

GroupsPage::GroupsPage(WorkspaceController& workspace, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack) {
    setObjectName(PageCatalog::objectName(PageId::Groups));

    m_model = new GroupTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(GroupTableModel::RawValueRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // search every column

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("groupCount"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("groupSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);

    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newGroupButton"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editGroupButton"));
    m_archive = new QPushButton(this);
    m_archive->setObjectName(QStringLiteral("archiveGroupButton"));
    m_showArchived = new QCheckBox(this);
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheck"));

    m_capacityBanner = makeBanner(QStringLiteral("capacityWarning"));
    m_loadBanner = makeBanner(QStringLiteral("operatorLoadWarning"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("groupTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new GroupTableDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GroupTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Every column as wide as its content, so names and numbers are never cut; the last one
    // takes what is left. Eleven columns: a narrow window scrolls rather than elides.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(56);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("groupsError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_body = new QStackedWidget(this);
    m_body->addWidget(m_table);
    m_body->addWidget(buildEmptyState());

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(8);
    header->addWidget(m_count, 0, Qt::AlignBottom);
    header->addStretch();
    header->addWidget(m_search);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_edit);
    toolbar->addWidget(m_archive);
    toolbar->addStretch();
    toolbar->addWidget(m_showArchived);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(toolbar);
    layout->addWidget(m_capacityBanner);
    layout->addWidget(m_loadBanner);
    layout->addWidget(m_error);
    layout->addWidget(m_body, 1);

    connect(m_search, &QLineEdit::textChanged, this, &GroupsPage::filterRows);
    connect(m_proxy, &QSortFilterProxyModel::rowsInserted, this, &GroupsPage::updateCount);
    connect(m_proxy, &QSortFilterProxyModel::rowsRemoved, this, &GroupsPage::updateCount);
    connect(m_proxy, &QSortFilterProxyModel::modelReset, this, &GroupsPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsPage::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &GroupsPage::editSelected);
    connect(m_new, &QPushButton::clicked, this, &GroupsPage::newGroup);
    connect(m_edit, &QPushButton::clicked, this, &GroupsPage::editSelected);
    connect(m_archive, &QPushButton::clicked, this, &GroupsPage::toggleArchiveSelected);
    connect(m_showArchived, &QCheckBox::toggled, this, &GroupsPage::showRows);
    // Hidden behind another page, the page reloads when it is shown again.
    m_reloader = new DeferredReload(this, QStringLiteral("groups page"), [this] { reload(); });
    connect(&m_workspace, &WorkspaceController::workspaceChanged, m_reloader,
            &DeferredReload::request);
    connect(&m_workspace, &WorkspaceController::dataChanged, m_reloader, &DeferredReload::request);
    connect(&m_workspace.jobs(), &JobRunner::writingChanged, this, &GroupsPage::updateActions);

    retranslate();
    reload();
}

QLabel* GroupsPage::makeBanner(const QString& name) {
    auto* banner = new QLabel(this);
    banner->setObjectName(name);
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->hide();
    return banner;
}

QWidget* GroupsPage::buildEmptyState() {
    auto* empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("groupsEmptyState"));
    auto* icon = new QLabel(empty);
    icon->setPixmap(PageCatalog::icon(PageId::Groups).pixmap(56, 56));
    icon->setAlignment(Qt::AlignCenter);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto* layout = new QVBoxLayout(empty);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyText);
    layout->addStretch(3);
    return empty;
}

void GroupsPage::reload() {
    m_error->hide();
    QList<GroupTableRow> rows;
    Database* db = m_workspace.database();
    QDate today;
    if (db) {
        // Groups come at once; their health follows from a job. Until it arrives a group keeps
        // the health of the previous load.
        QHash<qint64, GroupTableRow> previous;
        for (const GroupTableRow& row : std::as_const(m_allRows))
            previous.insert(row.group.id, row);
        auto groups = GroupStore(*db).list(true);
        const QTimeZone zone = SettingsStore(*db).timeZone();
        today = time::today(zone);
        if (groups) {
            for (const Group& g : groups.value()) {
                const GroupTableRow old = previous.value(g.id);
                rows << GroupTableRow{g, old.health, old.hasHealth,
                                      hasWeekOfHistory(g, zone, today)};
            }
        } else {
            m_error->setText(groups.error().toString());
            m_error->show();
        }
    }
    m_allRows = std::move(rows);
    showRows();
    updateWarnings();
    if (db)
        requestHealth(today);
}

void GroupsPage::requestHealth(const QDate& today) {
    auto health = std::make_shared<QList<GroupHealth>>();
    const quint64 request = ++m_healthRequest;
    m_workspace.jobs().run(WorkspaceJobs::groupHealth(today, health), this,
                           [this, health, request](const JobResult& result) {
                               if (request == m_healthRequest)
                                   applyHealth(result, *health);
                           });
}

void GroupsPage::applyHealth(const JobResult& result, const QList<GroupHealth>& health) {
    if (!result.ok()) {
        if (!result.cancelled) {
            m_error->setText(result.status.error().toString());
            m_error->show();
        }
        return;
    }
    QHash<qint64, GroupHealth> byId;
    for (const GroupHealth& h : health)
        byId.insert(h.groupId, h);
    for (GroupTableRow& row : m_allRows) {
        row.hasHealth = byId.contains(row.group.id);
        row.health = byId.value(row.group.id);
    }
    showRows();
    updateWarnings();
    emit healthUpdated();
}

void GroupsPage::showRows() {
    const std::optional<Group> selected = selectedGroup();
    QList<GroupTableRow> rows;
    for (const GroupTableRow& row : std::as_const(m_allRows))
        if (!row.group.archived || m_showArchived->isChecked())
            rows << row;
    m_model->setRows(std::move(rows));
    m_body->setCurrentIndex(m_allRows.isEmpty() ? 1 : 0);
    if (selected)
        selectGroup(selected->id);
    updateCount();
    updateActions();
}

void GroupsPage::filterRows(const QString& text) {
    // The selection stays on the chosen group while it matches and is cleared when it does not:
    // it never moves to a group the user did not choose.
    const std::optional<Group> selected = selectedGroup();
    m_proxy->setFilterFixedString(text);
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    if (selected)
        selectGroup(selected->id);
    updateActions();
}

void GroupsPage::updateWarnings() {
    QStringList full;
    QMap<QString, int> perOperator; // active groups per operator, sorted by name
    for (const GroupTableRow& row : std::as_const(m_allRows)) {
        if (row.group.archived)
            continue;
        const int percent = GroupTableModel::capacityUsePercent(row);
        if (row.group.capacity > 0 && percent >= kNearCapacityPercent)
            full << tr("%1 is at %2% of its capacity (%3/%4).")
                        .arg(row.group.name)
                        .arg(percent)
                        .arg(row.health.members)
                        .arg(row.group.capacity);
        if (!row.group.operatorName.isEmpty())
            ++perOperator[row.group.operatorName];
    }
    m_capacityBanner->setText(full.join(QLatin1Char('\n')));
    m_capacityBanner->setStyleSheet(bannerStyle(true));
    m_capacityBanner->setVisible(!full.isEmpty());

    QStringList load;
    bool severe = false;
    for (auto it = perOperator.cbegin(); it != perOperator.cend(); ++it) {
        switch (operatorLoad(it.value())) {
        case OperatorLoad::Red:
            severe = true;
            load << tr("%1 runs %n active group(s): beyond seven groups conversion drops. Hand "
                       "some over or archive the quiet ones.",
                       "", it.value())
                        .arg(it.key());
            break;
        case OperatorLoad::Amber:
            load << tr("%1 runs %n active group(s): close to the limit of seven.", "", it.value())
                        .arg(it.key());
            break;
        case OperatorLoad::Green:
            break;
        }
    }
    m_loadBanner->setText(load.join(QLatin1Char('\n')));
    m_loadBanner->setStyleSheet(bannerStyle(severe));
    m_loadBanner->setProperty("severity", severe ? QStringLiteral("red") : QStringLiteral("amber"));
    m_loadBanner->setVisible(!load.isEmpty());
}

std::optional<Group> GroupsPage::selectedGroup() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = m_proxy->mapToSource(rows.first()).row();
    if (row < 0 || row >= m_model->rowCount())
        return std::nullopt;
    return m_model->rows().at(row).group;
}

void GroupsPage::selectGroup(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->selectRow(index.row());
}

void GroupsPage::newGroup() {
    openDialog(std::nullopt);
}

void GroupsPage::editSelected() {
    if (m_workspace.jobs().isWriting())
        return;
    if (auto group = selectedGroup())
        openDialog(group);
}

void GroupsPage::openDialog(std::optional<Group> existing) {
    if (!m_workspace.database() || m_workspace.jobs().isWriting())
        return;
    GroupDialog dialog(m_workspace, m_undoStack, std::move(existing), this);
    dialog.exec();
}

void GroupsPage::toggleArchiveSelected() {
    const std::optional<Group> group = selectedGroup();
    if (!group || m_workspace.jobs().isWriting())
        return;
    auto command =
        std::make_unique<ArchiveGroupCommand>(m_workspace, *group, !group->archived, this);
    if (Status s = pushGroupCommand(m_undoStack, std::move(command)); !s)
        MessageBoxes::error(this, tr("Cannot change the group"), s.error().toString());
}

void GroupsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GroupsPage::retranslate() {
    m_title->setText(PageCatalog::title(PageId::Groups));
    m_search->setPlaceholderText(tr("Search groups, platforms, operators…"));
    m_new->setText(tr("New group…"));
    m_edit->setText(tr("Edit…"));
    m_showArchived->setText(tr("Show archived"));
    m_emptyTitle->setText(tr("No groups yet"));
    m_emptyText->setText(tr("Create a group with “New group…”, import a chat export, or open the "
                            "demo workspace (File ▸ Open workspace…)."));
    m_model->retranslate();
    updateCount();
    updateActions();
    updateWarnings();
}

void GroupsPage::updateActions() {
    const std::optional<Group> group = selectedGroup();
    // While a job writes, the window's own edits wait (JobRunner::isWriting).
    const bool writable = m_workspace.database() != nullptr && !m_workspace.jobs().isWriting();
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && group.has_value());
    m_archive->setEnabled(writable && group.has_value());
    m_archive->setText(group && group->archived ? tr("Unarchive") : tr("Archive"));
}

void GroupsPage::updateCount() {
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        m_count->setText(tr("%n group(s)", "", total));
    else
        m_count->setText(tr("%1 of %n group(s)", "", total).arg(shown));
}

} // namespace qundesk
