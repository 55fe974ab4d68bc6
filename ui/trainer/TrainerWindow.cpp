// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "trainer/TrainerWindow.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "jobs/WorkspaceJobs.h"
#include "pages/TodayPage.h"
#include "pages/sop/SopDryRunView.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"
#include "sop/TaskAgenda.h"
#include "store/SettingsStore.h"
#include "store/SopTemplateStore.h"
#include "util/Time.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace qundesk {

TrainerWindow::TrainerWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(new WorkspaceController(this))
    , m_today(new TodayPage(*m_workspace, this))
    , m_timeline(new SopDryRunView(*m_workspace, this))
    , m_sop(new QComboBox(this))
    , m_clockLabel(new QLabel(this))
    , m_next(new QPushButton(this))
    , m_day(new QPushButton(this))
    , m_play(new QPushButton(this))
    , m_speed(new QComboBox(this))
    , m_reset(new QPushButton(this))
    , m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("trainerWindow"));
    setWindowFlag(Qt::Window);
    m_clockLabel->setObjectName(QStringLiteral("trainerClock"));
    m_clockLabel->setStyleSheet(QStringLiteral("font-size: 26px; font-weight: 600;"));
    m_next->setObjectName(QStringLiteral("trainerNextButton"));
    m_day->setObjectName(QStringLiteral("trainerDayButton"));
    m_play->setObjectName(QStringLiteral("trainerPlayButton"));
    m_play->setCheckable(true);
    m_speed->setObjectName(QStringLiteral("trainerSpeed"));
    m_reset->setObjectName(QStringLiteral("trainerResetButton"));
    m_sop->setObjectName(QStringLiteral("trainerSop"));
    for (int seconds : {1, 3, 10})
        m_speed->addItem(QString(), seconds);
    m_speed->setCurrentIndex(1);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_clockLabel, 1);
    for (QWidget* w : {static_cast<QWidget*>(m_next), static_cast<QWidget*>(m_day),
                       static_cast<QWidget*>(m_play), static_cast<QWidget*>(m_speed),
                       static_cast<QWidget*>(m_reset)})
        controls->addWidget(w);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_sop);
    rightLayout->addWidget(m_timeline, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_today);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* central = new QWidget(this);
    // Large type for the projector, everywhere in the window.
    central->setStyleSheet(QStringLiteral("QWidget { font-size: 19px; }"));
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    resize(1500, 900);

    connect(m_next, &QPushButton::clicked, this, &TrainerWindow::nextTask);
    connect(m_day, &QPushButton::clicked, this, &TrainerWindow::addDay);
    connect(m_play, &QPushButton::toggled, this, &TrainerWindow::setPlaying);
    connect(m_reset, &QPushButton::clicked, this, &TrainerWindow::reset);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_timer->setInterval(m_speed->currentData().toInt() * 1000); });
    connect(m_timer, &QTimer::timeout, this, &TrainerWindow::addDay);
    connect(m_sop, &QComboBox::currentIndexChanged, this, &TrainerWindow::showSop);
    connect(m_workspace, &WorkspaceController::workspaceChanged, this, &TrainerWindow::fillSops);
    m_timer->setInterval(m_speed->currentData().toInt() * 1000);
    retranslate();
}

TrainerWindow::~TrainerWindow() {
    time::setFixedNow({}); // QunDesk's real clock again
}

bool TrainerWindow::isReady() const {
    return m_workspace->database() && !m_workspace->jobs().isBusy();
}

void TrainerWindow::start() {
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("trainer-demo.qundesk"));
    time::setFixedNow({});
    setClock(time::now());
    m_workspace->jobs().run(
        WorkspaceJobs::createDemo(path, {}, nullptr), this, [this, path](const JobResult& result) {
            if (result.cancelled)
                return;
            const Status status = result.ok() ? m_workspace->open(path, false) : result.status;
            if (!status) {
                MessageBoxes::error(this, windowTitle(), status.error().toString());
                return;
            }
            m_workspace->jobs().waitForIdle();
            emit ready();
        });
}

void TrainerWindow::setClock(const QDateTime& instant) {
    m_clock = instant;
    time::setFixedNow(instant);
    retranslate();
    if (!m_workspace->database())
        return;
    // The day's refresh (stages, tags, SOP horizons) for the new day, then the pages reload.
    m_workspace->refreshForToday();
    m_workspace->jobs().waitForIdle();
    m_workspace->notifyDataChanged();
    m_today->reload();
    m_timeline->setJoinDay(time::today(SettingsStore(*m_workspace->database()).timeZone()));
}

void TrainerWindow::nextTask() {
    const Database* db = m_workspace->database();
    if (!db)
        return;
    QDateTime next = m_clock.addSecs(60);
    // The soonest open task still ahead of the clock, within the planning horizon.
    auto ahead = sop::TaskAgenda::dueBy(
        *db, time::localDay(m_clock, SettingsStore(*db).timeZone()).addDays(14));
    if (ahead) {
        QDateTime soonest;
        for (const sop::AgendaTask& t : std::as_const(ahead.value()))
            if (t.dueAt > m_clock && (!soonest.isValid() || t.dueAt < soonest))
                soonest = t.dueAt;
        if (soonest.isValid())
            next = soonest;
    }
    setClock(next);
}

void TrainerWindow::addDay() {
    setClock(m_clock.addDays(1));
}

void TrainerWindow::setPlaying(bool playing) {
    if (m_play->isChecked() != playing)
        m_play->setChecked(playing);
    if (playing)
        m_timer->start();
    else
        m_timer->stop();
    retranslate();
}

void TrainerWindow::reset() {
    setPlaying(false);
    m_workspace->close();
    start();
}

void TrainerWindow::fillSops() {
    const QSignalBlocker block(m_sop);
    m_sop->clear();
    if (const Database* db = m_workspace->database())
        if (auto sops = SopTemplateStore(*db).list(); sops)
            for (const SopTemplate& t : std::as_const(sops.value()))
                m_sop->addItem(t.name, t.id);
    showSop();
}

void TrainerWindow::showSop() {
    const Database* db = m_workspace->database();
    if (!db || m_sop->count() == 0)
        return;
    if (auto sop = SopTemplateStore(*db).get(m_sop->currentData().toLongLong()); sop)
        m_timeline->setTemplate(sop.value());
}

void TrainerWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void TrainerWindow::retranslate() {
    setWindowTitle(tr("QunDesk trainer mode (demo copy)"));
    const QTimeZone zone = m_workspace->database()
                               ? SettingsStore(*m_workspace->database()).timeZone()
                               : QTimeZone::utc();
    const QDateTime wall = time::wallClock(m_clock, zone);
    m_clockLabel->setText(tr("Simulated time: %1 %2")
                              .arg(QLocale().toString(wall.date(), QLocale::LongFormat),
                                   wall.time().toString(QStringLiteral("HH:mm"))));
    m_next->setText(tr("Next task"));
    m_day->setText(tr("+1 day"));
    m_play->setText(m_play->isChecked() ? tr("Pause") : tr("Play"));
    m_reset->setText(tr("Reset"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("1 day every %n second(s)", "", m_speed->itemData(i).toInt()));
}

} // namespace qundesk
