// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/MemberOrdersTab.h"

#include "commands/MemberEditCommands.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/member/OrderEntryDialog.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"
#include "store/OrderStore.h"
#include "store/SettingsStore.h"
#include "util/Money.h"
#include "util/Time.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qundesk {

namespace {
enum Column { DateColumn, AmountColumn, ProductColumn, GroupColumn, ColumnCount };

} // namespace

MemberOrdersTab::MemberOrdersTab(const MemberContext& context, QWidget* parent)
    : MemberTab(context, parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_totals(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this)) {
    m_table->setObjectName(QStringLiteral("orderTable"));
    m_totals->setObjectName(QStringLiteral("orderTotalsLabel"));
    m_add->setObjectName(QStringLiteral("addOrderButton"));
    m_remove->setObjectName(QStringLiteral("removeOrderButton"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_add, &QPushButton::clicked, this, &MemberOrdersTab::enterOrder);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeOrder(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_totals, 1);
    bottom->addWidget(m_add);
    bottom->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    retranslate();
    reload();
}

void MemberOrdersTab::retranslate() {
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Amount"), tr("Product"), tr("Group")});
    m_add->setText(tr("Add order…"));
    m_remove->setText(tr("Delete order…"));
}

void MemberOrdersTab::reload() {
    Database* db = m_context.db();
    if (!db)
        return;
    auto orders = OrderStore(*db).listForMember(m_context.memberId);
    auto groupNames = GroupStore(*db).names();
    if (!orders || !groupNames) {
        showError(orders ? groupNames.error().toString() : orders.error().toString());
        return;
    }
    const QHash<qint64, QString>& names = *groupNames;
    const QTimeZone zone = SettingsStore(*db).timeZone();
    m_orders = orders.value();
    m_table->setRowCount(static_cast<int>(m_orders.size()));
    QHash<QString, qint64> totals; // per currency, cents
    for (int row = 0; row < m_orders.size(); ++row) {
        const Order& o = m_orders.at(row);
        totals[o.currency] += o.amountCents;
        m_table->setItem(row, DateColumn,
                         new QTableWidgetItem(QLocale().toString(o.orderedAt.toTimeZone(zone),
                                                                 QLocale::ShortFormat)));
        auto* amount = new QTableWidgetItem(money::format(o.amountCents, o.currency));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, AmountColumn, amount);
        m_table->setItem(row, ProductColumn, new QTableWidgetItem(o.product));
        m_table->setItem(row, GroupColumn, new QTableWidgetItem(names.value(o.groupId)));
    }
    m_table->resizeColumnsToContents();
    QStringList sums;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        sums.append(money::format(it.value(), it.key()));
    sums.sort();
    const int count = static_cast<int>(m_orders.size());
    m_totals->setText(
        count == 0 ? tr("No orders yet.")
                   : tr("%n order(s), %1 in all", "", count).arg(sums.join(QStringLiteral(" + "))));
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

void MemberOrdersTab::enterOrder() {
    Database* db = m_context.db();
    if (!db)
        return;
    QList<QPair<qint64, QString>> groups;
    if (auto all = GroupStore(*db).list(false))
        for (const Group& g : all.value())
            groups.append({g.id, g.name});
    OrderEntryDialog dialog(m_context.memberId, groups, SettingsStore(*db).timeZone(), this);
    if (dialog.exec() == QDialog::Accepted)
        addOrder(dialog.order());
}

void MemberOrdersTab::addOrder(const Order& order) {
    m_context.undoStack.push(new AddOrderCommand(m_context.workspace, order));
}

void MemberOrdersTab::removeOrder(int row) {
    if (row < 0 || row >= m_orders.size())
        return;
    const Order& o = m_orders.at(row);
    const QTimeZone zone =
        m_context.db() ? SettingsStore(*m_context.db()).timeZone() : QTimeZone::utc();
    if (!MessageBoxes::ask(
            this, tr("Delete order"),
            tr("Delete the order of %1 from %2?")
                .arg(money::format(o.amountCents, o.currency),
                     QLocale().toString(time::localDay(o.orderedAt, zone), QLocale::ShortFormat)),
            tr("You can undo this with Edit ▸ Undo.")))
        return;
    m_context.undoStack.push(new RemoveOrderCommand(m_context.workspace, o));
}

} // namespace qundesk
