// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/TodayPage.h"

#include "calendar/CalendarQuery.h"
#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "model/ContentItem.h"
#include "pages/DeferredReload.h"
#include "pages/PageCatalog.h"
#include "pages/TodayTaskPanel.h"
#include "services/SopTaskService.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"
#include "sop/FatigueGuard.h"
#include "sop/TodayAlerts.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qundesk {

namespace {
constexpr int kTaskIdRole = Qt::UserRole + 1;
}

TodayPage::TodayPage(WorkspaceController& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(PageCatalog::objectName(PageId::Today));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("groupCount"));
    m_alerts = new QLabel(this);
    m_alerts->setObjectName(QStringLiteral("todayAlerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setTextFormat(Qt::PlainText);
    m_alerts->setStyleSheet(QStringLiteral("QLabel { background: #fffaeb; color: #93370d; border: "
                                           "1px solid #fedf89; border-radius: 6px; padding: 8px "
                                           "12px; }"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("todayMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_message->hide();
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyText"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("todayTaskTree"));
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_panel = new TodayTaskPanel(this);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(8);
    header->addWidget(m_count, 0, Qt::AlignBottom);
    header->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(m_alerts);
    layout->addWidget(m_message);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

    const auto shortcut = [this](const char* keys, void (TodayPage::*slot)()) {
        auto* s = new QShortcut(QKeySequence(QString::fromLatin1(keys)), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut("Ctrl+Shift+C", &TodayPage::copySelected);
    shortcut("Ctrl+D", &TodayPage::doneSelected);
    shortcut("Ctrl+K", &TodayPage::skipSelected);
    shortcut("Ctrl+P", &TodayPage::postponeSelected);
    connect(m_panel, &TodayTaskPanel::copyRequested, this, &TodayPage::copySelected);
    connect(m_panel, &TodayTaskPanel::doneRequested, this, &TodayPage::doneSelected);
    connect(m_panel, &TodayTaskPanel::skipRequested, this, &TodayPage::skipSelected);
    connect(m_panel, &TodayTaskPanel::postponeRequested, this, &TodayPage::postponeSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TodayPage::onSelectionChanged);
    m_reloader = new DeferredReload(this, QStringLiteral("today page"), [this] { reload(); });
    connect(&m_workspace, &WorkspaceController::workspaceChanged, m_reloader,
            &DeferredReload::request);
    connect(&m_workspace, &WorkspaceController::dataChanged, m_reloader, &DeferredReload::request);
    connect(&m_workspace.jobs(), &JobRunner::writingChanged, this, &TodayPage::updateEnabled);
    retranslate();
    reload();
}

void TodayPage::reload() {
    m_tasks.clear();
    m_calendar.clear();
    m_alertLines.clear();
    const Database* db = m_workspace.database();
    if (db) {
        m_zone = SettingsStore(*db).timeZone();
        m_today = time::today(m_zone);
        auto tasks = sop::TaskAgenda::dueBy(*db, m_today);
        if (tasks)
            m_tasks = tasks.value();
        else
            m_message->setText(tasks.error().message);
        m_calendar.clear();
        if (auto items = calendar::occurrencesBetween(*db, 0, m_today, m_today.addDays(1)); items)
            for (const calendar::Occurrence& o : std::as_const(items.value()))
                if (!o.skipped())
                    m_calendar << o;
        QHash<qint64, QString> groupNames;
        if (auto groups = GroupStore(*db).list(); groups)
            for (const Group& g : std::as_const(groups.value()))
                groupNames.insert(g.id, g.name);
        m_calendarGroups = groupNames;
        if (auto warnings = calendar::fatigueWarnings(*db, 0, m_today, m_today.addDays(1));
            warnings)
            for (const calendar::FatigueWarning& w : std::as_const(warnings.value()))
                if (w.covers(m_today))
                    m_alertLines << calendar::Fatigue::describe(w, groupNames);
        auto alerts = sop::TodayAlerts::compute(*db, m_today);
        if (alerts) {
            const sop::TodayAlerts& a = alerts.value();
            for (const auto& load : a.overloadedOperators)
                m_alertLines << tr("%1 runs %n groups: above seven, conversion drops.", "",
                                   load.groups)
                                    .arg(load.operatorName);
            if (a.unwelcomedCount > 0)
                m_alertLines << tr("%n newcomer(s) not welcomed yet: %1", "", a.unwelcomedCount)
                                    .arg(a.unwelcomed.join(QStringLiteral(", ")));
            if (a.decliningBuyersCount > 0)
                m_alertLines << tr("%n buyer(s) turning Declining: %1", "", a.decliningBuyersCount)
                                    .arg(a.decliningBuyers.join(QStringLiteral(", ")));
            if (!a.birthdays.isEmpty())
                m_alertLines
                    << tr("Birthday today: %1").arg(a.birthdays.join(QStringLiteral(", ")));
            if (a.heldTasks > 0)
                m_alertLines << tr("%n task(s) held by do-not-disturb or the touch cap.", "",
                                   a.heldTasks);
        }
    }
    const qint64 selected = m_panel->task() ? m_panel->task()->id : 0;
    fillTree();
    showAlerts();
    if (selected <= 0 || !selectTask(selected)) {
        if (!m_tasks.isEmpty())
            selectTask(m_tasks.first().id);
        else
            m_panel->showTask(std::nullopt);
    }
    retranslate();
}

void TodayPage::fillTree() {
    m_tree->clear();
    QTreeWidgetItem* groupItem = nullptr;
    QString currentGroup;
    int inGroup = 0;
    const auto closeGroup = [&] {
        if (groupItem)
            groupItem->setText(0, tr("%1 (%n)", "", inGroup).arg(currentGroup));
    };
    QList<QTreeWidgetItem*> tops;
    for (const sop::AgendaTask& t : std::as_const(m_tasks)) {
        const QString group = t.groupName.isEmpty() ? tr("No group") : t.groupName;
        if (!groupItem || group != currentGroup) {
            closeGroup();
            groupItem = new QTreeWidgetItem;
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFlags(Qt::ItemIsEnabled);
            groupItem->setFirstColumnSpanned(true);
            tops << groupItem;
            currentGroup = group;
            inGroup = 0;
        }
        ++inGroup;
        auto* item = new QTreeWidgetItem(groupItem);
        const bool overdue = t.dueDay < m_today;
        item->setText(0, overdue ? QLocale().toString(t.dueDay, QLocale::ShortFormat)
                                 : QLocale().toString(time::wallClock(t.dueAt, m_zone).time(),
                                                      QLocale::ShortFormat));
        item->setText(1, t.memberId > 0 ? t.memberName : tr("Everyone"));
        item->setText(2, t.stepTitle);
        item->setText(3, t.script.section(QLatin1Char('\n'), 0, 0));
        item->setToolTip(3, t.script);
        item->setData(0, kTaskIdRole, t.id);
        if (overdue)
            item->setForeground(0, QColor(0xb4, 0x23, 0x18));
        if (!t.holdReason.isEmpty()) {
            item->setToolTip(1, sop::FatigueGuard::describe(t.holdReason));
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, QColor(0x9c, 0xa3, 0xaf));
        }
    }
    closeGroup();
    if (!m_calendar.isEmpty()) {
        // Today's planned posts of the content calendar, first: what goes out in the groups.
        auto* plan = new QTreeWidgetItem;
        plan->setText(0, tr("Calendar today (%n)", "", int(m_calendar.size())));
        QFont bold = plan->font(0);
        bold.setBold(true);
        plan->setFont(0, bold);
        plan->setFlags(Qt::ItemIsEnabled);
        for (const calendar::Occurrence& o : std::as_const(m_calendar)) {
            auto* item = new QTreeWidgetItem(plan);
            item->setFlags(Qt::ItemIsEnabled);
            item->setText(0, QLocale().toString(o.start.time(), QLocale::ShortFormat));
            item->setText(1, o.groupId > 0 ? m_calendarGroups.value(o.groupId) : tr("All groups"));
            item->setText(2, channel::label(o.channel));
            item->setText(3, o.title);
        }
        tops.prepend(plan);
    }
    m_tree->addTopLevelItems(tops);
    m_tree->expandAll();
    for (QTreeWidgetItem* top : std::as_const(tops))
        top->setFirstColumnSpanned(true);
    const bool any = !m_tasks.isEmpty() || !m_calendar.isEmpty();
    m_tree->setVisible(any);
    m_panel->setVisible(any);
    m_empty->setVisible(!any);
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
}

void TodayPage::showAlerts() {
    m_alerts->setText(m_alertLines.join(QLatin1Char('\n')));
    m_alerts->setVisible(!m_alertLines.isEmpty());
}

bool TodayPage::selectTask(qint64 taskId) {
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* top = m_tree->topLevelItem(g);
        for (int i = 0; i < top->childCount(); ++i) {
            if (top->child(i)->data(0, kTaskIdRole).toLongLong() == taskId) {
                m_tree->setCurrentItem(top->child(i));
                return true;
            }
        }
    }
    return false;
}

void TodayPage::onSelectionChanged() {
    QTreeWidgetItem* item = m_tree->currentItem();
    const qint64 id = item ? item->data(0, kTaskIdRole).toLongLong() : 0;
    std::optional<sop::AgendaTask> task;
    for (const sop::AgendaTask& t : std::as_const(m_tasks))
        if (t.id == id)
            task = t;
    if (!task || !m_panel->task() || m_panel->task()->id != task->id)
        m_panel->clearSkipReason();
    m_panel->showTask(task);
    updateEnabled();
}

qint64 TodayPage::nextTaskAfter(qint64 taskId) const {
    for (qsizetype i = 0; i < m_tasks.size(); ++i)
        if (m_tasks.at(i).id == taskId)
            return i + 1 < m_tasks.size() ? m_tasks.at(i + 1).id
                                          : (i > 0 ? m_tasks.at(i - 1).id : 0);
    return 0;
}

void TodayPage::afterChange(qint64 nextTaskId) {
    m_message->hide();
    m_workspace.notifyDataChanged();
    reload(); // at once: the page in front shows the result of its own action
    if (nextTaskId > 0)
        selectTask(nextTaskId);
}

void TodayPage::copySelected() {
    const auto task = m_panel->task();
    const Database* db = m_workspace.database();
    if (!task || !db || m_workspace.jobs().isWriting())
        return;
    QGuiApplication::clipboard()->setText(task->script);
    if (auto touched = SopTaskService::recordCopy(*db, task->id); !touched) {
        MessageBoxes::error(this, tr("Copy script"), touched.error().message);
        return;
    }
    afterChange(task->id);
}

void TodayPage::doneSelected() {
    const auto task = m_panel->task();
    const Database* db = m_workspace.database();
    if (!task || !db || m_workspace.jobs().isWriting())
        return;
    const qint64 next = nextTaskAfter(task->id);
    if (Status s = SopTaskService::done(*db, task->id); !s) {
        MessageBoxes::error(this, tr("Mark done"), s.error().message);
        return;
    }
    afterChange(next);
}

void TodayPage::skipSelected() {
    const auto task = m_panel->task();
    const Database* db = m_workspace.database();
    if (!task || !db || m_workspace.jobs().isWriting())
        return;
    const QString reason = m_panel->skipReason();
    if (reason.isEmpty()) {
        m_message->setText(tr("Type why the task is skipped, then press Skip again."));
        m_message->show();
        m_panel->focusSkipReason();
        return;
    }
    const qint64 next = nextTaskAfter(task->id);
    if (Status s = SopTaskService::skip(*db, task->id, reason); !s) {
        MessageBoxes::error(this, tr("Skip task"), s.error().message);
        return;
    }
    m_panel->clearSkipReason();
    afterChange(next);
}

void TodayPage::postponeSelected() {
    const auto task = m_panel->task();
    const Database* db = m_workspace.database();
    if (!task || !db || m_workspace.jobs().isWriting())
        return;
    const qint64 next = nextTaskAfter(task->id);
    // The same local time tomorrow (or, for an overdue task, tomorrow at its time of day).
    const QTimeZone zone = SettingsStore(*db).timeZone();
    const QTime at = time::wallClock(task->dueAt, zone).time();
    const QDateTime due = time::fromWallClock(std::max(task->dueDay, m_today).addDays(1), at, zone);
    if (Status s = SopTaskService::postpone(*db, task->id, due, m_panel->skipReason()); !s) {
        MessageBoxes::error(this, tr("Postpone task"), s.error().message);
        return;
    }
    m_panel->clearSkipReason();
    afterChange(next);
}

void TodayPage::updateEnabled() {
    m_panel->setActionsEnabled(m_workspace.database() && !m_workspace.jobs().isWriting());
}

void TodayPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillTree();
    }
    QWidget::changeEvent(event);
}

void TodayPage::retranslate() {
    m_title->setText(PageCatalog::title(PageId::Today));
    const int overdue = int(std::count_if(m_tasks.cbegin(), m_tasks.cend(),
                                          [this](const auto& t) { return t.dueDay < m_today; }));
    m_count->setText(overdue > 0
                         ? tr("%n task(s) due, %1 overdue", "", int(m_tasks.size())).arg(overdue)
                         : tr("%n task(s) due", "", int(m_tasks.size())));
    m_tree->setHeaderLabels({tr("Due"), tr("Member"), tr("Step"), tr("Script")});
    m_empty->setText(m_workspace.database()
                         ? tr("Nothing is due today. Apply an SOP on the SOP page to plan "
                              "tasks.")
                         : tr("Open a workspace to see today's tasks."));
}

} // namespace qundesk
