// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSpinBox;
class QTimeEdit;
class QTimeZone;

namespace qundesk {

class Database;
class JobRunner;
class TimeZonePicker;

// Preferences: the interface language (per user, QSettings) and the workspace's time zone,
// currency and thresholds (stored in the workspace through SettingsStore). OK saves, Cancel changes
// nothing.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    // `db` may be null (no workspace open): the workspace part is then disabled.
    explicit SettingsDialog(Database* db, QWidget* parent = nullptr);

    // The chosen language code ("" = system), see LanguageManager.
    QString language() const;

    void accept() override;

    // With a runner, a time-zone change and the stage recompute after a threshold change run as
    // background jobs on it (the window keeps painting); without one, here on this thread.
    void setJobRunner(JobRunner* runner) { m_jobs = runner; }

    // Whether the last save changed a stage threshold and the members' stages were recomputed.
    bool stagesRecomputed() const { return m_stagesRecomputed; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QSpinBox* addSpin(const char* objectName, int minimum, int maximum);
    void load();
    bool save();
    void recomputeStages();
    bool changeZoneAsJob(const QTimeZone& zone);
    void retranslate();

    Database* m_db = nullptr;
    JobRunner* m_jobs = nullptr;
    QComboBox* m_language = nullptr;
    TimeZonePicker* m_timeZone = nullptr;
    QLabel* m_timeZoneNote = nullptr;
    QComboBox* m_currency = nullptr;
    QGroupBox* m_interfaceBox = nullptr;
    QGroupBox* m_workspaceBox = nullptr;
    QGroupBox* m_thresholdBox = nullptr;
    QFormLayout* m_interfaceForm = nullptr;
    QFormLayout* m_workspaceForm = nullptr;
    QFormLayout* m_thresholdForm = nullptr;
    QSpinBox* m_silentDays = nullptr;
    QSpinBox* m_newMemberDays = nullptr;
    QSpinBox* m_declineOrderDays = nullptr;
    QSpinBox* m_extendingOrders = nullptr;
    QSpinBox* m_maxTouches = nullptr;
    QSpinBox* m_maxPosts = nullptr;
    QSpinBox* m_maxMarketing = nullptr;
    QTimeEdit* m_quietStart = nullptr;
    QTimeEdit* m_quietEnd = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_stagesRecomputed = false;
};

} // namespace qundesk
