// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/MemberTimelineView.h"

#include "metrics/MemberTimeline.h"
#include "store/SettingsStore.h"

#include <QHash>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace qundesk {

namespace {
QColor colorOf(const QString& kind) {
    static const QHash<QString, QColor> colors{
        {QStringLiteral("join"), QColor(0x2e, 0x9d, 0x5b)},
        {QStringLiteral("leave"), QColor(0xc9, 0x4a, 0x3b)},
        {QStringLiteral("messages"), QColor(0x3d, 0x7e, 0xff)},
        {QStringLiteral("touch"), QColor(0x8e, 0x5c, 0xd9)},
        {QStringLiteral("order"), QColor(0xe0, 0x8a, 0x1e)},
        {QStringLiteral("note"), QColor(0x7a, 0x80, 0x8a)}};
    return colors.value(kind, QColor(0x7a, 0x80, 0x8a));
}

QIcon dot(const QString& kind) {
    static QHash<QString, QIcon> cache;
    auto it = cache.find(kind);
    if (it != cache.end())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colorOf(kind));
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    painter.end();
    return *cache.insert(kind, QIcon(pixmap));
}
} // namespace

MemberTimelineView::MemberTimelineView(const MemberContext& context, QWidget* parent)
    : MemberTab(context, parent)
    , m_list(new QListWidget(this)) {
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(16, 16));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    reload();
}

void MemberTimelineView::reload() {
    if (!m_context.db())
        return;
    auto events = MemberTimeline::build(*m_context.db(), m_context.memberId);
    m_list->clear();
    if (!events) {
        m_list->addItem(events.error().toString());
        return;
    }
    const QTimeZone zone = SettingsStore(*m_context.db()).timeZone();
    for (auto it = events->crbegin(); it != events->crend(); ++it) {
        const QString when = QLocale().toString(it->at.toTimeZone(zone), QLocale::ShortFormat);
        auto* item = new QListWidgetItem(dot(it->kind),
                                         QStringLiteral("%1    %2").arg(when, it->text), m_list);
        item->setData(Qt::UserRole, it->kind);
        item->setToolTip(timelineKind::label(it->kind));
    }
    if (events->isEmpty())
        m_list->addItem(tr("Nothing has happened with this member yet."));
}

} // namespace qundesk
