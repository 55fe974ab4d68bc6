// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/sop/SopDryRunView.h"

#include "db/Database.h"
#include "model/ContentItem.h"
#include "shell/WorkspaceController.h"
#include "sop/SopSamples.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qundesk {

SopDryRunView::SopDryRunView(WorkspaceController& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_joinLabel(new QLabel(this))
    , m_join(new QDateEdit(this))
    , m_heading(new QLabel(this))
    , m_timeline(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("sopDryRun"));
    m_join->setObjectName(QStringLiteral("dryRunJoin"));
    m_join->setCalendarPopup(true);
    m_join->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_join->setDate(time::now().date()); // the page sets the workspace's today
    m_heading->setObjectName(QStringLiteral("dryRunHeading"));
    m_heading->setWordWrap(true);
    m_heading->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    m_timeline->setObjectName(QStringLiteral("dryRunTimeline"));
    m_timeline->setColumnCount(4);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setStretchLastSection(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_joinLabel);
    top->addWidget(m_join);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_heading);
    layout->addWidget(m_timeline, 1);
    connect(m_join, &QDateEdit::dateChanged, this, &SopDryRunView::refresh);
    retranslate();
}

void SopDryRunView::setTemplate(const SopTemplate& sop) {
    m_sop = sop;
    refresh();
}

void SopDryRunView::setJoinDay(const QDate& day) {
    m_join->setDate(day);
}

void SopDryRunView::setSampleMember(qint64 memberId) {
    m_member = memberId;
    refresh();
}

void SopDryRunView::refresh() {
    sop::PreviewOptions options;
    sop::ScriptValues values;
    if (const Database* db = m_workspace.database()) {
        const Thresholds limits = SettingsStore(*db).thresholds();
        options.quiet = {QTime::fromString(limits.quietStart, QStringLiteral("HH:mm")),
                         QTime::fromString(limits.quietEnd, QStringLiteral("HH:mm"))};
        options.privateCap = limits.maxPrivateTouchesPerWeek;
        if (m_member > 0)
            if (auto v = sop::SopSamples::values(*db, m_member, m_join->date()); v) {
                values = v.value();
                values.daysInGroup = -1; // the dry run's member joins on the chosen day
            }
    }
    m_items = sop::SopPreview::forJoin(m_sop, m_join->date(), values, options);
    m_timeline->clear();
    const QDate join = m_join->date();
    for (const sop::PreviewItem& item : std::as_const(m_items)) {
        auto* row = new QTreeWidgetItem(m_timeline);
        row->setText(0, tr("Day %1 · %2")
                            .arg(QString::number(join.daysTo(item.day)),
                                 QLocale().toString(item.day, QLocale::ShortFormat)));
        row->setText(1, item.time.toString(QStringLiteral("HH:mm")));
        row->setText(2, QStringLiteral("%1 (%2)").arg(item.title, channel::label(item.channel)));
        const QStringList warnings = sop::SopPreview::warnings(item);
        row->setText(3, warnings.isEmpty() ? item.script
                                           : item.script + QStringLiteral("\n⚠ ") +
                                                 warnings.join(QStringLiteral("; ")));
        if (!warnings.isEmpty())
            row->setForeground(3, QColor(0x93, 0x37, 0x0d));
    }
    for (int c = 0; c < 3; ++c)
        m_timeline->resizeColumnToContents(c);
    retranslate();
}

void SopDryRunView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void SopDryRunView::retranslate() {
    m_joinLabel->setText(m_sop.anchor == QLatin1String("start") ? tr("Starts on")
                                                                : tr("Member joins on"));
    const QString day = QLocale().toString(m_join->date(), QLocale::LongFormat);
    m_heading->setText(
        m_sop.anchor == QLatin1String("start")
            ? tr("Started on %1, a member receives %n message(s):", "", int(m_items.size()))
                  .arg(day)
            : tr("A member who joins on %1 receives %n message(s):", "", int(m_items.size()))
                  .arg(day));
    m_timeline->setHeaderLabels({tr("Day"), tr("Time"), tr("Step"), tr("Script")});
}

} // namespace qundesk
