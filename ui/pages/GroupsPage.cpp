// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/GroupsPage.h"

#include "db/Database.h"
#include "models/GroupTableModel.h"
#include "pages/GroupTableDelegate.h"
#include "pages/PageCatalog.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace qundesk {

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

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("groupTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new GroupTableDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GroupTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GroupTableModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(90);

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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_body, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QSortFilterProxyModel::rowsInserted, this, &GroupsPage::updateCount);
    connect(m_proxy, &QSortFilterProxyModel::rowsRemoved, this, &GroupsPage::updateCount);
    connect(m_proxy, &QSortFilterProxyModel::modelReset, this, &GroupsPage::updateCount);
    connect(&m_workspace, &WorkspaceController::workspaceChanged, this, &GroupsPage::reload);
    connect(&m_workspace, &WorkspaceController::dataChanged, this, &GroupsPage::reload);

    retranslate();
    reload();
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
    QList<GroupSummary> rows;
    m_error->hide();
    if (Database* db = m_workspace.database()) {
        auto summaries = GroupStore(*db).summaries();
        if (summaries) {
            rows = std::move(summaries).value();
        } else {
            m_error->setText(summaries.error().toString());
            m_error->show();
        }
    }
    m_model->setSummaries(std::move(rows));
    m_body->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    updateCount();
}

void GroupsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GroupsPage::retranslate() {
    m_title->setText(PageCatalog::title(PageId::Groups));
    m_search->setPlaceholderText(tr("Search groups, platforms, operators…"));
    m_emptyTitle->setText(tr("No groups yet"));
    m_emptyText->setText(tr("Groups appear here once you import a chat export or open the demo "
                            "workspace (File ▸ Open workspace…)."));
    m_model->retranslate();
    updateCount();
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
