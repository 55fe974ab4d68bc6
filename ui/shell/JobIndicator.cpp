// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/JobIndicator.h"

#include "shell/JobRunner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace qundesk {

JobIndicator::JobIndicator(JobRunner& runner, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_showTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("jobIndicator"));
    m_label->setObjectName(QStringLiteral("jobLabel"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("jobCancelButton"));
    m_cancel->setFlat(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(kShowDelayMs);
    connect(m_showTimer, &QTimer::timeout, this, [this] {
        if (m_runner.isBusy())
            show();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runner.cancel();
        m_cancel->setEnabled(false);
        m_text = tr("Cancelling…");
        updateText();
    });
    connect(&m_runner, &JobRunner::started, this, &JobIndicator::onStarted);
    connect(&m_runner, &JobRunner::progressed, this, &JobIndicator::onProgress);
    connect(&m_runner, &JobRunner::busyChanged, this, &JobIndicator::onBusyChanged);
    connect(&m_runner, &JobRunner::writingChanged, this, &JobIndicator::updateText);
    hide();
    m_cancel->setText(tr("Cancel"));
}

void JobIndicator::onStarted(const QString& title, bool cancellable) {
    m_title = title;
    m_text.clear();
    m_progress->setRange(0, 0); // moving until the job reports an amount
    m_cancel->setVisible(cancellable);
    m_cancel->setEnabled(cancellable);
    updateText();
    if (isHidden() && !m_showTimer->isActive())
        m_showTimer->start();
}

void JobIndicator::onProgress(const QString& text, double fraction) {
    if (!m_runner.isBusy())
        return; // a late report of a job that has ended
    if (fraction < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(fraction * 1000));
    }
    if (m_cancel->isEnabled() || !m_cancel->isVisible())
        m_text = text;
    updateText();
}

void JobIndicator::onBusyChanged(bool busy) {
    if (busy)
        return;
    m_showTimer->stop();
    hide();
    m_title.clear();
    m_text.clear();
}

void JobIndicator::updateText() {
    QString text = m_text.isEmpty() ? m_title : tr("%1 — %2").arg(m_title, m_text);
    if (m_runner.isWriting())
        text = tr("%1 (editing waits until this ends)").arg(text);
    m_label->setText(text);
    m_label->setToolTip(text);
}

void JobIndicator::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_cancel->setText(tr("Cancel"));
        updateText();
    }
    QWidget::changeEvent(event);
}

} // namespace qundesk
