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
class QLabel;
class QTimer;

namespace qundesk {

class MemberPicker;

// The profile fields of DESIGN.md §Members, saved as the operator goes: a field saves when it is
// left (a line, a date), chosen (a list, a box, a referrer) or a moment after typing stops (the
// notes); each save is one undoable EditMemberCommand and shows "Saved". The dialog saves what
// is still being typed when it closes. A reload keeps what the operator is typing (it only
// replaces an unedited form).
class MemberProfileForm final : public MemberTab {
    Q_OBJECT

public:
    explicit MemberProfileForm(const MemberContext& context, QWidget* parent = nullptr);

    void reload() override;
    Member edited() const; // the loaded member with the form's values
    bool isModified() const;
    // Stores the form when it differs from the member stored; true when nothing is left unsaved.
    bool save();

protected:
    void retranslate() override;

private:
    void load(const Member& member);
    void fillCombos();
    void saveSoon(); // after a pause in typing

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
    QLabel* m_saved;     // "Saved" after each save
    QTimer* m_notesTimer; // saves the notes a moment after typing stops
    bool m_loading = false;
};

} // namespace qundesk
