// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace qundesk {

class JobRunner;

// The status bar's busy indicator for the job runner: what runs (jobLabel), how far it is
// (jobProgress, a moving bar while the amount is unknown) and Cancel (jobCancelButton, for
// jobs that can stop). It appears once a job has lasted a moment, so quick jobs do not flicker,
// and hides when the runner is idle. While a write job runs it says that edits wait.
class JobIndicator final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kShowDelayMs = 250;

    explicit JobIndicator(JobRunner& runner, QWidget* parent = nullptr);

    QLabel* label() const { return m_label; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void onStarted(const QString& title, bool cancellable);
    void onProgress(const QString& text, double fraction);
    void onBusyChanged(bool busy);
    void updateText();

    JobRunner& m_runner;
    QLabel* m_label;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTimer* m_showTimer;
    QString m_title;
    QString m_text;
};

} // namespace qundesk
