// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/MemberTimelineView.h"

#include "commands/TouchCommands.h"
#include "metrics/MemberTimeline.h"
#include "model/ContentItem.h"
#include "store/SettingsStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QUndoStack>
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
    , m_list(new QListWidget(this))
    , m_channel(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_log(new QPushButton(this)) {
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(16, 16));
    m_channel->setObjectName(QStringLiteral("touchChannel"));
    m_note->setObjectName(QStringLiteral("touchNote"));
    m_log->setObjectName(QStringLiteral("logTouchButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_channel);
    row->addWidget(m_note, 1);
    row->addWidget(m_log);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_list);
    connect(m_log, &QPushButton::clicked, this, &MemberTimelineView::logTouch);
    connect(m_note, &QLineEdit::returnPressed, this, &MemberTimelineView::logTouch);
    retranslate();
    reload();
}

void MemberTimelineView::retranslate() {
    const QString current = m_channel->currentData().toString();
    m_channel->clear();
    for (const QString& key : channel::keys())
        m_channel->addItem(channel::label(key), key);
    const int index = m_channel->findData(current.isEmpty() ? QStringLiteral("private") : current);
    m_channel->setCurrentIndex(std::max(0, index));
    m_note->setPlaceholderText(tr("What was it about? (optional)"));
    m_log->setText(tr("Log a touch"));
    m_log->setToolTip(tr("Records that you contacted this member now; it counts against the "
                         "weekly touch cap on the private channel."));
}

void MemberTimelineView::logTouch() {
    if (!m_context.db())
        return;
    Touch touch;
    touch.memberId = m_context.memberId;
    touch.channel = m_channel->currentData().toString();
    touch.note = m_note->text().trimmed();
    m_context.undoStack.push(new LogTouchCommand(m_context.workspace, touch));
    m_note->clear();
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
