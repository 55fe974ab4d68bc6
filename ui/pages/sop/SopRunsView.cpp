// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/sop/SopRunsView.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "model/Sop.h"
#include "services/SopService.h"
#include "shell/WorkspaceController.h"
#include "sop/SopStats.h"
#include "util/Time.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qundesk {

namespace {
QString percent(double rate) {
    return QLocale().toString(rate * 100.0, 'f', 0) + QLatin1Char('%');
}
} // namespace

SopRunsView::SopRunsView(WorkspaceController& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(this))
    , m_stop(new QPushButton(this))
    , m_figures(new QLabel(this)) {
    setObjectName(QStringLiteral("sopRuns"));
    m_table->setObjectName(QStringLiteral("sopRunsTable"));
    m_table->setColumnCount(5);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stop->setObjectName(QStringLiteral("stopRunButton"));
    m_figures->setObjectName(QStringLiteral("sopFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::PlainText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_figures);
    connect(m_stop, &QPushButton::clicked, this, &SopRunsView::stopSelected);
    retranslate();
}

void SopRunsView::showTemplate(qint64 templateId) {
    m_templateId = templateId;
    reload();
}

void SopRunsView::reload() {
    m_runs.clear();
    m_table->setRowCount(0);
    m_figures->clear();
    const Database* db = m_workspace.database();
    if (!db || m_templateId <= 0)
        return;
    if (auto runs = sop::SopRunList::forTemplate(*db, m_templateId); runs)
        m_runs = runs.value();
    m_table->setRowCount(int(m_runs.size()));
    for (int r = 0; r < m_runs.size(); ++r) {
        const sop::RunRow& run = m_runs.at(r);
        const QStringList cells = {
            QStringLiteral("%1: %2").arg(sopTarget::label(run.targetKind), run.targetName),
            QLocale().toString(run.startedOn, QLocale::ShortFormat),
            sopRunStatus::label(run.status),
            run.targetKind == QLatin1String("group") && run.members == 0
                ? tr("whole group")
                : QString::number(run.members),
            run.total > 0 ? tr("%1 of %2 settled (%3 done)")
                                .arg(QString::number(run.settled), QString::number(run.total),
                                     QString::number(run.done))
                          : tr("no task yet")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();

    QStringList lines;
    if (auto completion = sop::SopStats::completion(*db, m_templateId, time::now()); completion) {
        lines << tr("Completion: %1 of the %n task(s) due so far are done (%2).", "",
                    completion->due)
                     .arg(QString::number(completion->done), percent(completion->rate()));
        for (const sop::StepCompletion& s : std::as_const(completion->steps))
            lines << tr("  Step %1 “%2”: %3 of %4 (%5)")
                         .arg(QString::number(s.position), s.title, QString::number(s.done),
                              QString::number(s.due), percent(s.rate()));
    }
    if (auto conversion = sop::SopStats::conversion(*db, m_templateId);
        conversion && conversion->targeted > 0) {
        lines << tr("Conversion: %1 of %2 members it cared for bought (%3); comparable members "
                    "of the same groups and join months: %4 of %5 (%6).")
                     .arg(QString::number(conversion->targetedBuyers),
                          QString::number(conversion->targeted),
                          percent(conversion->targetedRate()),
                          QString::number(conversion->comparableBuyers),
                          QString::number(conversion->comparable),
                          percent(conversion->comparableRate()));
    }
    m_figures->setText(lines.join(QLatin1Char('\n')));
}

void SopRunsView::stopSelected() {
    const int row = m_table->currentRow();
    const Database* db = m_workspace.database();
    if (!db || row < 0 || row >= m_runs.size() || m_runs.at(row).status != QLatin1String("active"))
        return;
    if (!MessageBoxes::ask(this, tr("Stop run"),
                           tr("Stop this run? Its open tasks are removed; what was done stays.")))
        return;
    if (Status s = SopService::stopRun(*db, m_runs.at(row).runId); !s) {
        MessageBoxes::error(this, tr("Stop run"), s.error().message);
        return;
    }
    m_workspace.notifyDataChanged();
    reload();
}

void SopRunsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void SopRunsView::retranslate() {
    m_table->setHorizontalHeaderLabels(
        {tr("Target"), tr("Started"), tr("Status"), tr("Members"), tr("Progress")});
    m_stop->setText(tr("Stop run"));
}

} // namespace qundesk
