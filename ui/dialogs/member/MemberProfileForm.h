// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "dialogs/member/MemberTab.h"
#include "model/Member.h"

#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace qundesk {

class MemberPicker;

// The profile fields of DESIGN.md §Members. Save pushes an EditMemberCommand; a reload keeps
// what the operator is typing (it only replaces an unedited form).
class MemberProfileForm final : public MemberTab {
    Q_OBJECT

public:
    explicit MemberProfileForm(const MemberContext& context, QWidget* parent = nullptr);

    void reload() override;
    Member edited() const; // the loaded member with the form's values
    bool isModified() const;
    void save();

protected:
    void retranslate() override;

private:
    void load(const Member& member);
    void fillCombos();

    Member m_loaded;
    QFormLayout* m_form;
    QLineEdit* m_name;
    QComboBox* m_gender;
    QDateEdit* m_birthday;
    QLineEdit* m_ageBand;
    QLineEdit* m_city;
    QLineEdit* m_phone;
    QComboBox* m_source;
    MemberPicker* m_referrer;
    QComboBox* m_tier;
    QPlainTextEdit* m_notes;
    QCheckBox* m_dnd;
    QDateTimeEdit* m_dndUntil;
    QTimeZone m_zone; // the workspace's, read on load
    QPushButton* m_save;
};

} // namespace qundesk
