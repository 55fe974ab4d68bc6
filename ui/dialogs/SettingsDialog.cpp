// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/SettingsDialog.h"

#include "dialogs/DialogJob.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/TimeZonePicker.h"
#include "jobs/JobContext.h"
#include "rules/TimeZoneChange.h"
#include "services/SettingsService.h"
#include "shell/LanguageManager.h"
#include "store/SettingsStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressDialog>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace qundesk {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");

// A row whose label is set later by retranslate().
void addLabelledRow(QFormLayout* form, QWidget* field) {
    auto* label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}
} // namespace

SettingsDialog::SettingsDialog(Database* db, QWidget* parent)
    : QDialog(parent)
    , m_db(db) {
    setObjectName(QStringLiteral("settingsDialog"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Language names are written in their own language, so they stay untranslated.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));

    m_timeZone = new TimeZonePicker(this);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZoneNote = new QLabel(this);
    m_timeZoneNote->setObjectName(QStringLiteral("timeZoneNote"));
    m_timeZoneNote->setWordWrap(true);

    // The workspace currency: revenue totals are in it, other currencies are shown apart.
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("HKD"),
                          QStringLiteral("TWD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                          QStringLiteral("JPY")});
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{3}")), m_currency));

    m_interfaceBox = new QGroupBox(this);
    m_interfaceForm = new QFormLayout(m_interfaceBox);
    addLabelledRow(m_interfaceForm, m_language);

    m_workspaceBox = new QGroupBox(this);
    m_workspaceForm = new QFormLayout(m_workspaceBox);
    addLabelledRow(m_workspaceForm, m_timeZone);
    m_workspaceForm->addRow(QString(), m_timeZoneNote);
    addLabelledRow(m_workspaceForm, m_currency);

    m_thresholdBox = new QGroupBox(this);
    m_thresholdForm = new QFormLayout(m_thresholdBox);
    m_silentDays = addSpin("silentDaysSpin", 1, 365);
    m_newMemberDays = addSpin("newMemberDaysSpin", 1, 365);
    m_declineOrderDays = addSpin("declineOrderDaysSpin", 1, 730);
    m_extendingOrders = addSpin("extendingOrdersSpin", 1, 100);
    m_maxTouches = addSpin("maxTouchesSpin", 0, 50);
    m_maxPosts = addSpin("maxPostsSpin", 0, 50);
    m_quietStart = new QTimeEdit(this);
    m_quietStart->setObjectName(QStringLiteral("quietStartEdit"));
    m_quietStart->setDisplayFormat(kTimeFormat);
    addLabelledRow(m_thresholdForm, m_quietStart);
    m_quietEnd = new QTimeEdit(this);
    m_quietEnd->setObjectName(QStringLiteral("quietEndEdit"));
    m_quietEnd->setDisplayFormat(kTimeFormat);
    addLabelledRow(m_thresholdForm, m_quietEnd);
    m_maxMarketing = addSpin("maxMarketingSpin", 0, 100);
    m_maxMarketing->setSuffix(QStringLiteral(" %"));

    m_workspaceBox->setEnabled(m_db != nullptr);
    m_thresholdBox->setEnabled(m_db != nullptr);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_interfaceBox);
    layout->addWidget(m_workspaceBox);
    layout->addWidget(m_thresholdBox);
    layout->addWidget(m_buttons);

    setMinimumWidth(480);
    load();
    retranslate();
}

QSpinBox* SettingsDialog::addSpin(const char* objectName, int minimum, int maximum) {
    auto* spin = new QSpinBox(this);
    spin->setObjectName(QString::fromLatin1(objectName));
    spin->setRange(minimum, maximum);
    addLabelledRow(m_thresholdForm, spin);
    return spin;
}

QString SettingsDialog::language() const {
    return m_language->currentData().toString();
}

void SettingsDialog::load() {
    const int languageIndex = m_language->findData(LanguageManager::storedChoice());
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    if (!m_db)
        return;
    const SettingsStore store(*m_db);
    m_timeZone->setZoneId(store.timeZone().id());
    m_currency->setCurrentText(store.currency());
    const Thresholds t = store.thresholds();
    m_silentDays->setValue(t.silentDays);
    m_newMemberDays->setValue(t.newMemberDays);
    m_declineOrderDays->setValue(t.declineOrderDays);
    m_extendingOrders->setValue(t.extendingOrders);
    m_maxTouches->setValue(t.maxPrivateTouchesPerWeek);
    m_maxPosts->setValue(t.maxPostsPerGroupDay);
    m_quietStart->setTime(QTime::fromString(t.quietStart, kTimeFormat));
    m_quietEnd->setTime(QTime::fromString(t.quietEnd, kTimeFormat));
    m_maxMarketing->setValue(t.maxMarketingPercent);
}

bool SettingsDialog::save() {
    LanguageManager::storeChoice(language());
    if (!m_db)
        return true;
    SettingsStore store(*m_db);
    const QByteArray zone = m_timeZone->zoneId();
    if (zone.isEmpty()) {
        MessageBoxes::error(this, tr("Settings not saved"),
                            tr("“%1” is not a time zone; choose one from the list.")
                                .arg(m_timeZone->currentText()));
        return false;
    }
    // A new zone moves every day-derived figure: done first, with its own progress, so a
    // cancelled or failed change leaves the dialog open and no workspace setting saved.
    const std::optional<QTimeZone> stored = store.storedTimeZone();
    if ((!stored || stored->id() != zone) &&
        !(m_jobs ? changeZoneAsJob(QTimeZone(zone))
                 : changeTimeZoneWithProgress(this, *m_db, QTimeZone(zone))))
        return false;
    WorkspaceSettings settings;
    settings.timeZone = QTimeZone(zone);
    Thresholds& t = settings.thresholds;
    t = store.thresholds();
    t.silentDays = m_silentDays->value();
    t.newMemberDays = m_newMemberDays->value();
    t.declineOrderDays = m_declineOrderDays->value();
    t.extendingOrders = m_extendingOrders->value();
    t.maxPrivateTouchesPerWeek = m_maxTouches->value();
    t.maxPostsPerGroupDay = m_maxPosts->value();
    t.quietStart = m_quietStart->time().toString(kTimeFormat);
    t.quietEnd = m_quietEnd->time().toString(kTimeFormat);
    t.maxMarketingPercent = m_maxMarketing->value();
    settings.currency = m_currency->currentText();
    auto saved = SettingsService::save(*m_db, settings);
    if (!saved) {
        MessageBoxes::error(this, tr("Settings not saved"),
                            tr("The workspace settings could not be saved."),
                            saved.error().toString());
        return false;
    }
    if (saved->stagesNeedRecompute)
        recomputeStages();
    return true;
}

bool SettingsDialog::changeZoneAsJob(const QTimeZone& zone) {
    Job job;
    job.title = TimeZonePicker::tr("Moving days, activity, stages and tags to %1…")
                    .arg(QString::fromLatin1(zone.id()));
    job.access = JobAccess::Write;
    job.cancellable = true;
    job.run = [zone](JobContext& ctx) {
        return changeTimeZone(*ctx.database(), zone, ctx.progress(),
                              [&ctx] { return ctx.isCancelled(); });
    };
    const JobResult result = runJobFromDialog(this, *m_jobs, std::move(job));
    return reportTimeZoneChange(this, result.status, result.cancelled);
}

// New thresholds decide stages at once, not from the next day on.
void SettingsDialog::recomputeStages() {
    if (m_jobs) {
        Job job;
        job.title = tr("Updating the members' stages…");
        job.access = JobAccess::Write;
        job.cancellable = true;
        job.run = [](JobContext& ctx) -> Status {
            auto ran = SettingsService::recomputeStatuses(*ctx.database(), ctx.progress(),
                                                          [&ctx] { return ctx.isCancelled(); });
            return ran ? Status{} : Status{ran.error()};
        };
        const JobResult result = runJobFromDialog(this, *m_jobs, std::move(job));
        m_stagesRecomputed = result.ok() && !result.cancelled;
        if (!result.ok() && !result.cancelled)
            MessageBoxes::error(this, tr("Stages not updated"),
                                tr("The settings are saved, but the members' stages could not "
                                   "be updated; they are brought up to date tomorrow."),
                                result.status.error().toString());
        return;
    }
    QProgressDialog progress(tr("Updating the members' stages…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("stageRecomputeProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto ran = SettingsService::recomputeStatuses(
        *m_db,
        [&progress](int percent) {
            progress.setValue(percent);
            QCoreApplication::processEvents();
        },
        [&progress] { return progress.wasCanceled(); });
    progress.setValue(100);
    m_stagesRecomputed = ran.ok();
    if (!ran && !progress.wasCanceled())
        MessageBoxes::error(this, tr("Stages not updated"),
                            tr("The settings are saved, but the members' stages could not be "
                               "updated; they are brought up to date tomorrow."),
                            ran.error().toString());
}

void SettingsDialog::accept() {
    if (save())
        QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate() {
    setWindowTitle(tr("Preferences"));
    m_language->setItemText(0, tr("System language"));
    m_interfaceBox->setTitle(tr("Interface"));
    m_workspaceBox->setTitle(tr("This workspace"));
    m_thresholdBox->setTitle(tr("Thresholds"));
    const auto label = [](QFormLayout* form, QWidget* field, const QString& text) {
        if (auto* widget = form->labelForField(field))
            if (auto* asLabel = qobject_cast<QLabel*>(widget))
                asLabel->setText(text);
    };
    label(m_interfaceForm, m_language, tr("Language:"));
    label(m_workspaceForm, m_timeZone, tr("Time zone:"));
    m_timeZoneNote->setText(tr("Days, “today”, silence, stages and reports of this workspace "
                               "follow this zone on every computer. Changing it rebuilds them; "
                               "calendar and SOP times keep their clock time."));
    label(m_workspaceForm, m_currency, tr("Currency:"));
    m_currency->setToolTip(tr("Revenue is added up in this currency; orders in other "
                              "currencies are shown apart, never added to it."));
    label(m_thresholdForm, m_silentDays, tr("Silent after (days):"));
    label(m_thresholdForm, m_newMemberDays, tr("New member for (days):"));
    label(m_thresholdForm, m_declineOrderDays, tr("Declining without order for (days):"));
    label(m_thresholdForm, m_extendingOrders, tr("Extending from (orders):"));
    label(m_thresholdForm, m_maxTouches, tr("Private touches per member per week:"));
    label(m_thresholdForm, m_maxPosts, tr("Posts per group per day:"));
    label(m_thresholdForm, m_quietStart, tr("Quiet hours start:"));
    label(m_thresholdForm, m_quietEnd, tr("Quiet hours end:"));
    label(m_thresholdForm, m_maxMarketing, tr("Marketing share of a group's week at most:"));
}

} // namespace qundesk
