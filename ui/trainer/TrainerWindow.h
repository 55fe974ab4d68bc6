// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDateTime>
#include <QMainWindow>
#include <QTemporaryDir>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace qundesk {

class SopDryRunView;
class TodayPage;
class WorkspaceController;

// Trainer mode: a window of its own on a throwaway copy of the demo workspace (generated in a
// temporary folder, never the user's workspace), with a simulated clock — next task, +1 day,
// play/pause at a chosen speed, reset — and large type for a projector: the Today page as the
// class would work through it, and the timeline of an SOP. The simulated clock is QunDesk's
// clock (time::now()) while the window is open; closing it gives the real clock back.
class TrainerWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit TrainerWindow(QWidget* parent = nullptr);
    ~TrainerWindow() override;

    // Generates the demo copy (a background job) and opens it, the clock at the real now.
    void start();
    // Moves the clock to the next open task's due time (at least one minute on).
    void nextTask();
    void addDay();
    void setPlaying(bool playing);
    // A fresh copy of the demo and the real time again.
    void reset();

    QDateTime clock() const { return m_clock; }
    bool isReady() const;
    WorkspaceController& workspace() const { return *m_workspace; }
    TodayPage* today() const { return m_today; }
    SopDryRunView* timeline() const { return m_timeline; }

signals:
    void ready();

protected:
    void changeEvent(QEvent* event) override;

private:
    void setClock(const QDateTime& instant);
    void fillSops();
    void showSop();
    void retranslate();

    WorkspaceController* m_workspace;
    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_clock;
    TodayPage* m_today;
    SopDryRunView* m_timeline;
    QComboBox* m_sop;
    QLabel* m_clockLabel;
    QPushButton* m_next;
    QPushButton* m_day;
    QPushButton* m_play;
    QComboBox* m_speed;
    QPushButton* m_reset;
    QTimer* m_timer;
};

} // namespace qundesk
