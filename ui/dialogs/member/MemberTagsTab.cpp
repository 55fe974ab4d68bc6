// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/MemberTagsTab.h"

#include "commands/MemberEditCommands.h"
#include "shell/WorkspaceController.h"
#include "store/TagStore.h"

#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qundesk {

namespace {
constexpr int kTagIdRole = Qt::UserRole;

QIcon swatch(const QString& color) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(color));
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 4, 4);
    return QIcon(pixmap);
}
} // namespace

MemberTagsTab::MemberTagsTab(const MemberContext& context, QWidget* parent)
    : MemberTab(context, parent)
    , m_hint(new QLabel(this))
    , m_tags(new QListWidget(this)) {
    m_tags->setObjectName(QStringLiteral("tagList"));
    // Chips: a wrapping flow of checkable items.
    m_tags->setViewMode(QListView::IconMode);
    m_tags->setFlow(QListView::LeftToRight);
    m_tags->setWrapping(true);
    m_tags->setResizeMode(QListView::Adjust);
    m_tags->setMovement(QListView::Static);
    m_tags->setSpacing(6);
    m_tags->setIconSize(QSize(14, 14));
    m_hint->setWordWrap(true);
    connect(m_tags, &QListWidget::itemChanged, this, &MemberTagsTab::itemChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_tags, 1);
    retranslate();
    reload();
}

void MemberTagsTab::retranslate() {
    m_hint->setText(tr("Checked tags belong to this member. Rule tags come back when their rule "
                       "still matches at the next evaluation."));
}

void MemberTagsTab::reload() {
    Database* db = m_context.db();
    if (!db)
        return;
    TagStore store(*db);
    auto all = store.list();
    auto mine = store.tagsOfMember(m_context.memberId);
    if (!all || !mine) {
        showError(all ? mine.error().toString() : all.error().toString());
        return;
    }
    QHash<qint64, QString> origins; // the member's tags: how each came
    for (const MemberTag& t : mine.value())
        origins.insert(t.tag.id, t.origin);
    m_loading = true;
    m_tags->clear();
    for (const Tag& t : all.value()) {
        const QString text =
            t.category.isEmpty() ? t.name : QStringLiteral("%1 · %2").arg(tagCategory::label(t.category), t.name);
        auto* item = new QListWidgetItem(swatch(t.color), text, m_tags);
        item->setData(kTagIdRole, t.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(origins.contains(t.id) ? Qt::Checked : Qt::Unchecked);
        if (origins.contains(t.id))
            item->setToolTip(tagOrigin::label(origins.value(t.id)));
    }
    if (all->isEmpty())
        new QListWidgetItem(tr("No tags yet: create them on the Tags page."), m_tags);
    m_loading = false;
}

void MemberTagsTab::itemChanged(QListWidgetItem* item) {
    if (m_loading || !item->data(kTagIdRole).isValid())
        return;
    setTag(item->data(kTagIdRole).toLongLong(), item->checkState() == Qt::Checked);
}

void MemberTagsTab::setTag(qint64 tagId, bool on) {
    QString name;
    for (int i = 0; i < m_tags->count(); ++i)
        if (m_tags->item(i)->data(kTagIdRole).toLongLong() == tagId)
            name = m_tags->item(i)->text();
    m_context.undoStack.push(
        new SetMemberTagCommand(m_context.workspace, m_context.memberId, tagId, on, name));
}

} // namespace qundesk
