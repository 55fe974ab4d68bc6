// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/ReferralView.h"

#include "store/MemberStore.h"

#include <QHeaderView>
#include <QLabel>
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
    QSet<qint64> seen{m_context.memberId};
    if (!addChildren(store, m_context.memberId, m_tree->invisibleRootItem(), 1, seen))
        return;
    m_tree->expandAll();
    m_treeTitle->setText(tr("Invited %n member(s) in all", "", m_invited));
}

bool ReferralView::addChildren(const MemberStore& store, qint64 memberId, QTreeWidgetItem* parent,
                               int depth, QSet<qint64>& seen) {
    auto children = store.referrals(memberId);
    if (!children) {
        showError(children.error().toString());
        return false;
    }
    for (const Member& child : children.value()) {
        if (seen.contains(child.id))
            continue; // a cycle in old data: show each member once
        seen.insert(child.id);
        ++m_invited;
        auto* item = new QTreeWidgetItem(parent, {child.displayName});
        item->setData(0, Qt::UserRole, child.id);
        if (depth >= kMaxDepth) {
            if (auto more = store.referrals(child.id); more && !more->isEmpty())
                new QTreeWidgetItem(item, {tr("… and more")});
            continue;
        }
        if (!addChildren(store, child.id, item, depth + 1, seen))
            return false;
    }
    return true;
}

} // namespace qundesk
