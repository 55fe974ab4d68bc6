// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/MemberGroupsTab.h"

#include "commands/MemberEditCommands.h"
#include "dialogs/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"
#include "store/MembershipStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qundesk {

namespace {
enum Column { GroupColumn, RoleColumn, JoinedColumn, LeftColumn, ColumnCount };

// In the workspace's zone, like every day and time of the workspace.
QString shortTime(const QDateTime& instant, const QTimeZone& zone) {
    return instant.isValid() ? QLocale().toString(instant.toTimeZone(zone), QLocale::ShortFormat)
                             : QString();
}
} // namespace

MemberGroupsTab::MemberGroupsTab(const MemberContext& context, QWidget* parent)
    : MemberTab(context, parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_leave(new QPushButton(this)) {
    m_table->setObjectName(QStringLiteral("membershipTable"));
    m_leave->setObjectName(QStringLiteral("markLeftButton"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(GroupColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MemberGroupsTab::updateButtons);
    connect(m_leave, &QPushButton::clicked, this, [this] {
        if (ask())
            markLeft(m_table->currentRow());
    });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_leave);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    retranslate();
    reload();
}

bool MemberGroupsTab::ask() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_stays.size())
        return false;
    return MessageBoxes::ask(
        this, tr("Mark as left"),
        tr("Record that the member left “%1” now?").arg(m_table->item(row, GroupColumn)->text()),
        tr("You can undo this with Edit ▸ Undo."));
}

void MemberGroupsTab::retranslate() {
    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Role"), tr("Joined"), tr("Left")});
    m_leave->setText(tr("Mark as left…"));
}

void MemberGroupsTab::reload() {
    Database* db = m_context.db();
    if (!db)
        return;
    auto stays = MembershipStore(*db).listForMember(m_context.memberId);
    auto groupNames = GroupStore(*db).names();
    if (!stays || !groupNames) {
        showError(stays ? groupNames.error().toString() : stays.error().toString());
        return;
    }
    const QHash<qint64, QString>& names = *groupNames;
    const QTimeZone zone = SettingsStore(*db).timeZone();
    m_stays = stays.value();
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_stays.size()));
    for (int row = 0; row < m_stays.size(); ++row) {
        const Membership& stay = m_stays.at(row);
        m_table->setItem(row, GroupColumn, new QTableWidgetItem(names.value(stay.groupId)));
        m_table->setItem(row, RoleColumn, new QTableWidgetItem(role::label(stay.role)));
        m_table->setItem(row, JoinedColumn, new QTableWidgetItem(shortTime(stay.joinedAt, zone)));
        QString left = shortTime(stay.leftAt, zone);
        if (!stay.isPresent())
            left = QStringLiteral("%1 (%2)").arg(left, leaveKind::label(stay.leaveKind));
        m_table->setItem(row, LeftColumn, new QTableWidgetItem(left));
        if (!stay.isPresent())
            continue;
        // A current stay's role is edited in place.
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("roleCombo%1").arg(row));
        for (const QString& key : role::keys())
            combo->addItem(role::label(key), key);
        combo->setCurrentIndex(combo->findData(stay.role));
        connect(combo, &QComboBox::activated, this,
                [this, row, combo](int) { setRole(row, combo->currentData().toString()); });
        m_table->setCellWidget(row, RoleColumn, combo);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void MemberGroupsTab::updateButtons() {
    const int row = m_table->currentRow();
    m_leave->setEnabled(row >= 0 && row < m_stays.size() && m_stays.at(row).isPresent());
}

void MemberGroupsTab::setRole(int row, const QString& role) {
    if (row < 0 || row >= m_stays.size() || m_stays.at(row).role == role)
        return;
    m_context.undoStack.push(
        new SetMembershipRoleCommand(m_context.workspace, m_stays.at(row), role));
}

void MemberGroupsTab::markLeft(int row) {
    if (row < 0 || row >= m_stays.size() || !m_stays.at(row).isPresent())
        return;
    m_context.undoStack.push(
        new LeaveGroupCommand(m_context.workspace, m_stays.at(row), time::now()));
}

} // namespace qundesk
