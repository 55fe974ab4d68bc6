// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace qundesk {

class Database;
class MemberPicker;

// Asks which member is the same person as `memberId` (found by name as the operator types).
class LinkMemberDialog final : public QDialog {
    Q_OBJECT

public:
    LinkMemberDialog(Database* db, qint64 memberId, QWidget* parent = nullptr);

    qint64 memberId() const;
    MemberPicker* picker() const { return m_picker; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateOk();

    QLabel* m_hint;
    MemberPicker* m_picker;
    QDialogButtonBox* m_buttons;
};

} // namespace qundesk
