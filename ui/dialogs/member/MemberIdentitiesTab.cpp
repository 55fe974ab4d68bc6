// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/MemberIdentitiesTab.h"

#include "commands/MemberEditCommands.h"
#include "dialogs/member/LinkMemberDialog.h"
#include "model/Group.h"
#include "shell/WorkspaceController.h"
#include "store/MemberStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qundesk {

MemberIdentitiesTab::MemberIdentitiesTab(const MemberContext& context, QWidget* parent)
    : MemberTab(context, parent)
    , m_identitiesTitle(new QLabel(this))
    , m_identities(new QTableWidget(0, 4, this))
    , m_linkedTitle(new QLabel(this))
    , m_linked(new QListWidget(this))
    , m_link(new QPushButton(this))
    , m_unlink(new QPushButton(this)) {
    m_identities->setObjectName(QStringLiteral("identityTable"));
    m_linked->setObjectName(QStringLiteral("linkedMemberList"));
    m_link->setObjectName(QStringLiteral("linkMemberButton"));
    m_unlink->setObjectName(QStringLiteral("unlinkMemberButton"));
    m_identities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_identities->verticalHeader()->hide();
    m_identities->horizontalHeader()->setStretchLastSection(true);
    for (QLabel* title : {m_identitiesTitle, m_linkedTitle})
        title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    connect(m_link, &QPushButton::clicked, this, &MemberIdentitiesTab::chooseAndLink);
    connect(m_unlink, &QPushButton::clicked, this, &MemberIdentitiesTab::unlinkSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_identitiesTitle);
    layout->addWidget(m_identities, 1);
    layout->addWidget(m_linkedTitle);
    layout->addWidget(m_linked, 1);
    layout->addLayout(buttons);
    retranslate();
    reload();
}

void MemberIdentitiesTab::retranslate() {
    m_identitiesTitle->setText(tr("Platform accounts"));
    m_identities->setHorizontalHeaderLabels(
        {tr("Platform"), tr("Handle"), tr("Nickname"), tr("Account ID")});
    m_linkedTitle->setText(tr("Same person on other records"));
    m_link->setText(tr("Link with another member…"));
    m_unlink->setText(tr("Unlink"));
    m_unlink->setToolTip(tr("Takes the selected member (or this one) out of the person."));
}

void MemberIdentitiesTab::reload() {
    Database* db = m_context.db();
    if (!db)
        return;
    MemberStore store(*db);
    auto identities = store.identities(m_context.memberId);
    auto linked = store.linkedMembers(m_context.memberId);
    if (!identities || !linked) {
        showError(identities ? linked.error().toString() : identities.error().toString());
        return;
    }
    m_identities->setRowCount(static_cast<int>(identities->size()));
    for (int row = 0; row < identities->size(); ++row) {
        const MemberIdentity& id = identities->at(row);
        const QStringList cells{platform::label(id.platform), id.handle, id.nickname,
                                id.platformUid};
        for (int column = 0; column < cells.size(); ++column)
            m_identities->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_identities->resizeColumnsToContents();
    m_linked->clear();
    for (const Member& m : linked.value()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  #%2").arg(m.displayName, QString::number(m.id)));
        item->setData(Qt::UserRole, m.id);
        m_linked->addItem(item);
    }
    if (linked->isEmpty())
        m_linked->addItem(tr("No other record is linked to this member."));
    m_unlink->setEnabled(!linked->isEmpty());
}

void MemberIdentitiesTab::chooseAndLink() {
    LinkMemberDialog dialog(m_context.db(), m_context.memberId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.memberId() > 0)
        linkWith(dialog.memberId());
}

void MemberIdentitiesTab::linkWith(qint64 otherMemberId) {
    if (otherMemberId <= 0 || otherMemberId == m_context.memberId)
        return;
    m_context.undoStack.push(
        new LinkMembersCommand(m_context.workspace, m_context.memberId, otherMemberId));
}

void MemberIdentitiesTab::unlinkSelected() {
    const QListWidgetItem* item = m_linked->currentItem();
    const qint64 selected = item ? item->data(Qt::UserRole).toLongLong() : 0;
    m_context.undoStack.push(
        new UnlinkMemberCommand(m_context.workspace, selected > 0 ? selected : m_context.memberId));
}

} // namespace qundesk
