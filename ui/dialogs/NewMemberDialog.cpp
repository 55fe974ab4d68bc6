// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/NewMemberDialog.h"

#include "model/Member.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace qundesk {

NewMemberDialog::NewMemberDialog(const QList<Group>& groups, qint64 preselectedGroup,
                                 QWidget* parent)
    : QDialog(parent)
    , m_groups(groups) {
    setObjectName(QStringLiteral("newMemberDialog"));
    setWindowTitle(tr("New member"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("memberName"));
    m_name->setPlaceholderText(tr("Display name, e.g. 小红"));
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("memberPlatform"));
    for (const QString& key : platform::keys())
        m_platform->addItem(platform::label(key), key);
    m_handle = new QLineEdit(this);
    m_handle->setObjectName(QStringLiteral("memberHandle"));
    m_handle->setPlaceholderText(tr("Account name or ID on the platform (optional)"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("memberGroup"));
    m_group->addItem(tr("No group"), qint64{0});
    for (const Group& g : groups) {
        if (!g.archived)
            m_group->addItem(g.name, g.id);
    }
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("memberRole"));
    for (const QString& key : role::keys())
        m_role->addItem(role::label(key), key);
    m_role->setCurrentIndex(m_role->findData(QStringLiteral("member")));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("memberSource"));
    m_source->addItem(tr("Unknown"), QString());
    for (const QString& key : sourceChannel::keys())
        m_source->addItem(sourceChannel::label(key), key);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add member"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Handle:"), m_handle);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Source:"), m_source);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_name, &QLineEdit::textChanged, this, &NewMemberDialog::updateOk);
    connect(m_group, &QComboBox::currentIndexChanged, this, &NewMemberDialog::groupChosen);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (const int i = m_group->findData(preselectedGroup); preselectedGroup > 0 && i >= 0)
        m_group->setCurrentIndex(i);
    groupChosen();
    updateOk();
}

void NewMemberDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

// A member joins with an account on the group's platform, so the platform follows the group.
void NewMemberDialog::groupChosen() {
    const qint64 id = m_group->currentData().toLongLong();
    m_role->setEnabled(id > 0);
    for (const Group& g : std::as_const(m_groups)) {
        if (g.id == id) {
            if (const int i = m_platform->findData(g.platform); i >= 0)
                m_platform->setCurrentIndex(i);
        }
    }
}

NewMemberInput NewMemberDialog::input() const {
    NewMemberInput in;
    in.name = m_name->text().trimmed();
    in.platform = m_platform->currentData().toString();
    in.handle = m_handle->text().trimmed();
    in.groupId = m_group->currentData().toLongLong();
    in.role = m_role->currentData().toString();
    in.source = m_source->currentData().toString();
    return in;
}

} // namespace qundesk
