// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/ReferralView.h"

#include "store/MemberStore.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qundesk {

ReferralView::ReferralView(const MemberContext& context, QWidget* parent)
    : MemberTab(context, parent)
    , m_chainTitle(new QLabel(this))
    , m_chain(new QLabel(this))
    , m_treeTitle(new QLabel(this))
    , m_tree(new QTreeWidget(this)) {
    m_chain->setObjectName(QStringLiteral("referralChainLabel"));
    m_tree->setObjectName(QStringLiteral("referralTree"));
    m_treeTitle->setObjectName(QStringLiteral("referralCountLabel"));
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* title : {m_chainTitle, m_treeTitle})
        title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_tree->setColumnCount(1);
    m_tree->header()->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_chainTitle);
    layout->addWidget(m_chain);
    layout->addSpacing(8);
    layout->addWidget(m_treeTitle);
    layout->addWidget(m_tree, 1);
    retranslate();
    reload();
}

void ReferralView::retranslate() {
    m_chainTitle->setText(tr("Invited by"));
}

void ReferralView::reload() {
    Database* db = m_context.db();
    if (!db)
        return;
    const MemberStore store(*db);
    auto chain = store.referralChain(m_context.memberId);
    if (!chain) {
        showError(chain.error().toString());
        return;
    }
    QStringList names;
    for (const Member& m : chain.value())
        names.append(m.displayName);
    // Nearest first: "A ← B ← C" reads as A was invited by B, who was invited by C.
    m_chain->setText(names.isEmpty() ? tr("Nobody known: the member came on their own.")
                                     : names.join(QStringLiteral("  ←  ")));

    m_tree->clear();
    m_invited = 0;
    // One level more than shown tells where "… and more" goes.
    auto nodes = store.referralTree(m_context.memberId, kMaxDepth + 1);
    if (!nodes) {
        showError(nodes.error().toString());
        return;
    }
    QHash<qint64, QTreeWidgetItem*> items{{m_context.memberId, m_tree->invisibleRootItem()}};
    QSet<qint64> cutShort;
    for (const ReferralNode& node : *nodes) {
        QTreeWidgetItem* parent = items.value(node.referrerId);
        if (parent == nullptr || items.contains(node.id))
            continue; // under a member not shown, or seen already (a cycle in old data)
        if (node.depth > kMaxDepth) {
            if (!cutShort.contains(node.referrerId))
                new QTreeWidgetItem(parent, {tr("… and more")});
            cutShort.insert(node.referrerId);
            continue;
        }
        ++m_invited;
        auto* item = new QTreeWidgetItem(parent, {node.name});
        item->setData(0, Qt::UserRole, node.id);
        items.insert(node.id, item);
    }
    m_tree->expandAll();
    m_treeTitle->setText(tr("Invited %n member(s) in all", "", m_invited));
}

} // namespace qundesk
