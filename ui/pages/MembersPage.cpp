// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/MembersPage.h"

#include "db/Database.h"
#include "dialogs/MemberDetailDialog.h"
#include "models/MemberTableModel.h"
#include "pages/MemberFilterBar.h"
#include "pages/PageCatalog.h"
#include "shell/WorkspaceController.h"
#include "store/MemberStore.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace qundesk {

namespace {

// Debounce of the search field: a keystroke waits this long for the next before querying.
constexpr int kSearchDelayMs = 150;

// Initial column widths in pixels (interactive afterwards), widened where the header needs more
// (fitColumnsToHeaders); contents are not measured, which would load pages of a 100,000-row
// table just to size it.
constexpr int kColumnWidths[MemberTableModel::ColumnCount] = {130, 140, 80,  90,  80, 95,
                                                              125, 150, 118, 110, 64, 96};

} // namespace

MembersPage::MembersPage(WorkspaceController& workspace, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack) {
    setObjectName(PageCatalog::objectName(PageId::Members));

    m_model = new MemberTableModel(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("memberCount"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_search->setMaximumWidth(320);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    m_filters = new MemberFilterBar(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(32);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(60);
    for (int c = 0; c < MemberTableModel::ColumnCount; ++c)
        header->resizeSection(c, kColumnWidths[c]);
    header->setStretchLastSection(true);
    header->setSortIndicator(MemberTableModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    auto* deleteAction = new QAction(m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("membersError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_body = new QStackedWidget(this);
    m_body->addWidget(m_table);
    m_body->addWidget(
        buildEmptyState(m_noMembersTitle, m_noMembersText, m_noMembersButton, "membersEmptyState"));
    m_body->addWidget(
        buildEmptyState(m_noMatchTitle, m_noMatchText, m_noMatchButton, "membersNoMatchState"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(8);
    top->addWidget(m_count, 0, Qt::AlignBottom);
    top->addStretch();
    top->addWidget(m_search);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_error);
    layout->addWidget(m_body, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MembersPage::applyFilters);
    connect(m_filters, &MemberFilterBar::changed, this, &MembersPage::applyFilters);
    connect(m_filters, &MemberFilterBar::saveSegmentRequested, this,
            &MembersPage::chooseSegmentName);
    connect(m_table, &QTableView::activated, this, &MembersPage::openMember);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersPage::updateState);
    connect(deleteAction, &QAction::triggered, this, &MembersPage::deleteSelection);
    connect(m_noMembersButton, &QPushButton::clicked, this, &MembersPage::newMember);
    connect(m_noMatchButton, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_filters->clear();
        applyFilters();
    });
    connect(&m_workspace, &WorkspaceController::workspaceChanged, this,
            &MembersPage::workspaceReplaced);
    connect(&m_workspace, &WorkspaceController::dataChanged, this, [this] {
        m_filters->reloadChoices(m_workspace.database()); // tags and segments may be new
        reload();
    });

    retranslate();
    workspaceReplaced();
}

QWidget* MembersPage::buildToolbar() {
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("memberToolbar"));
    auto make = [bar](const char* name) {
        auto* button = new QPushButton(bar);
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        return button;
    };
    m_new = make("newMemberButton");
    m_delete = make("deleteMembersButton");
    m_tag = make("tagMembersButton");
    m_untag = make("untagMembersButton");
    m_addToGroup = make("addToGroupButton");
    m_export = make("exportMembersButton");
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    for (QPushButton* b : {m_new, m_tag, m_untag, m_addToGroup, m_delete})
        layout->addWidget(b);
    layout->addStretch();
    layout->addWidget(m_export);
    connect(m_new, &QPushButton::clicked, this, &MembersPage::newMember);
    connect(m_delete, &QPushButton::clicked, this, &MembersPage::deleteSelection);
    connect(m_tag, &QPushButton::clicked, this, &MembersPage::chooseTag);
    connect(m_untag, &QPushButton::clicked, this, &MembersPage::chooseUntag);
    connect(m_addToGroup, &QPushButton::clicked, this, &MembersPage::chooseGroup);
    connect(m_export, &QPushButton::clicked, this, &MembersPage::chooseExport);
    return bar;
}

QWidget* MembersPage::buildEmptyState(QLabel*& title, QLabel*& text, QPushButton*& button,
                                      const char* name) {
    auto* empty = new QWidget(this);
    empty->setObjectName(QLatin1String(name));
    auto* icon = new QLabel(empty);
    icon->setPixmap(PageCatalog::icon(PageId::Members).pixmap(56, 56));
    icon->setAlignment(Qt::AlignCenter);
    title = new QLabel(empty);
    title->setObjectName(QStringLiteral("emptyTitle"));
    title->setAlignment(Qt::AlignCenter);
    text = new QLabel(empty);
    text->setObjectName(QStringLiteral("emptyText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    button = new QPushButton(empty);
    button->setObjectName(QLatin1String(name) + QStringLiteral("Button"));
    auto* layout = new QVBoxLayout(empty);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return empty;
}

void MembersPage::setGroupFilter(qint64 groupId) {
    m_groupId = groupId;
    m_filters->setGroup(groupId);
}

void MembersPage::workspaceReplaced() {
    m_model->setDatabase(m_workspace.database());
    m_filters->reloadChoices(m_workspace.database());
    m_filters->setGroup(m_groupId);
    m_table->clearSelection();
    m_table->scrollToTop();
    applyFilters();
}

void MembersPage::applyFilters() {
    m_searchDelay->stop();
    const qint64 groupId = m_filters->filter().groupId;
    if (groupId != m_groupId) {
        m_groupId = groupId;
        emit groupFilterChanged(groupId);
    }
    reload();
}

void MembersPage::reload() {
    const QList<qint64> selected = selectedMemberIds();
    const qint64 current = m_model->memberId(m_table->currentIndex().row());
    const int scroll = m_table->verticalScrollBar()->value();
    m_model->setFilter([this] {
        auto f = m_filters->filter();
        f.search = m_search->text();
        return f;
    }());
    const Status status = m_model->reload();
    // Members the table could show without filters, counted once per reload (not per click).
    m_total = m_model->rowCount();
    if (const Database* db = m_workspace.database(); db && isFiltered()) {
        if (auto all = MemberStore(*db).count(false); all)
            m_total = all.value();
    }
    m_error->setVisible(!status);
    if (!status)
        m_error->setText(status.error().toString());

    QItemSelection selection;
    for (qint64 id : selected) {
        if (const int row = m_model->rowOf(id); row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, MemberTableModel::ColumnCount - 1));
    }
    if (!selection.isEmpty())
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (const int row = m_model->rowOf(current); row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::NoUpdate);
    m_table->verticalScrollBar()->setValue(scroll);
    updateState();
}

QList<qint64> MembersPage::selectedMemberIds() const {
    QList<int> rows;
    // Ranges, not indexes: selecting all of 100,000 rows must not build 1.2 million indexes.
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection()) {
        for (int r = range.top(); r <= range.bottom(); ++r)
            rows << r;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (int r : rows)
        ids << m_model->memberId(r);
    return ids;
}

bool MembersPage::isFiltered() const {
    return m_filters->isActive() || !m_search->text().trimmed().isEmpty();
}

void MembersPage::updateState() {
    const Database* db = m_workspace.database();
    const int shown = m_model->rowCount();
    const int total = qMax(m_total, shown);
    const bool filtered = isFiltered();
    m_count->setText(filtered ? tr("%1 of %n member(s)", "", total).arg(QLocale().toString(shown))
                              : tr("%n member(s)", "", total));
    if (shown > 0)
        m_body->setCurrentIndex(TablePage);
    else
        m_body->setCurrentIndex(filtered && total > 0 ? NoMatchPage : NoMembersPage);
    const bool any = !m_table->selectionModel()->selection().isEmpty() && shown > 0;
    for (QPushButton* b : {m_delete, m_tag, m_untag, m_addToGroup})
        b->setEnabled(any && db);
    m_new->setEnabled(db != nullptr);
    m_export->setEnabled(shown > 0);
}

void MembersPage::openMember(const QModelIndex& index) {
    const qint64 id = m_model->memberId(index.row());
    if (id <= 0 || !m_workspace.database())
        return;
    MemberDetailDialog dialog(m_workspace, m_undoStack, id, this); // edits notify dataChanged
    dialog.exec();
}

void MembersPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        fitColumnsToHeaders();
    QWidget::changeEvent(event);
}

// A column narrower than its header (translated title, the style's padding and the room kept
// for the sort arrow) would cut the title; such columns grow, none shrinks (the operator may
// have widened it). The table scrolls sideways for what does not fit the window.
void MembersPage::fitColumnsToHeaders() {
    QHeaderView* header = m_table->horizontalHeader();
    header->ensurePolished();
    for (int c = 0; c < MemberTableModel::ColumnCount; ++c) {
        const int needed = header->sectionSizeHint(c);
        if (header->sectionSize(c) < needed)
            header->resizeSection(c, needed);
    }
}

void MembersPage::retranslate() {
    m_title->setText(PageCatalog::title(PageId::Members));
    m_search->setPlaceholderText(tr("Search names, handles, notes…"));
    m_new->setText(tr("New member…"));
    m_delete->setText(tr("Delete"));
    m_tag->setText(tr("Tag…"));
    m_untag->setText(tr("Untag…"));
    m_addToGroup->setText(tr("Add to group…"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the members listed now to CSV or Excel"));
    m_noMembersTitle->setText(tr("No members yet"));
    m_noMembersText->setText(tr("Import a member list or add one."));
    m_noMembersButton->setText(tr("Add member…"));
    m_noMatchTitle->setText(tr("No member matches these filters"));
    m_noMatchText->setText(tr("Try another search or fewer filters."));
    m_noMatchButton->setText(tr("Clear filters"));
    m_model->retranslate();
    fitColumnsToHeaders();
    updateState();
}

} // namespace qundesk
