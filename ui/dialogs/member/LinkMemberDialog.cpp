// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/LinkMemberDialog.h"

#include "dialogs/member/MemberPicker.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace qundesk {

LinkMemberDialog::LinkMemberDialog(Database* db, qint64 memberId, QWidget* parent)
    : QDialog(parent)
    , m_hint(new QLabel(this))
    , m_picker(new MemberPicker(db, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("linkMemberDialog"));
    m_picker->setObjectName(QStringLiteral("linkPicker"));
    m_picker->setExcluded(memberId);
    m_hint->setWordWrap(true);
    connect(m_picker, &MemberPicker::memberChosen, this, &LinkMemberDialog::updateOk);
    connect(m_picker, &QLineEdit::textChanged, this, &LinkMemberDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_picker);
    layout->addWidget(m_buttons);
    resize(420, sizeHint().height());
    retranslate();
    updateOk();
}

qint64 LinkMemberDialog::memberId() const {
    return m_picker->memberId();
}

void LinkMemberDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LinkMemberDialog::retranslate() {
    setWindowTitle(tr("Link with another member"));
    m_hint->setText(tr("Choose the record of the same person on another platform. Their "
                       "accounts are then shown together; this can be undone."));
    m_picker->setPlaceholderText(tr("Type a name to search…"));
}

void LinkMemberDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_picker->memberId() > 0);
}

} // namespace qundesk
