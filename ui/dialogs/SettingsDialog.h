// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QSpinBox;
class QTimeEdit;

namespace qundesk {

class Database;

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

protected:
    void changeEvent(QEvent* event) override;

private:
    QSpinBox* addSpin(const char* objectName, int minimum, int maximum);
    void load();
    bool save();
    void retranslate();

    Database* m_db = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_timeZone = nullptr;
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
};

} // namespace qundesk
