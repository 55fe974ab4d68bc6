// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/GroupDialog.h"

#include "commands/GroupCommands.h"
#include "db/Database.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qundesk {

GroupDialog::GroupDialog(WorkspaceController& workspace, QUndoStack& undoStack,
                         std::optional<Group> existing, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_existing(std::move(existing)) {
    setObjectName(QStringLiteral("groupDialog"));
    buildForm();
    fillCombos();

    const Group initial = m_existing.value_or(Group{});
    m_name->setText(initial.name);
    m_platform->setCurrentIndex(qMax(0, m_platform->findData(initial.platform)));
    m_purpose->setCurrentIndex(qMax(0, m_purpose->findData(initial.purpose)));
    m_settingCapacity = true;
    m_capacity->setValue(m_existing ? initial.capacity : defaultCapacity(initial.platform));
    m_settingCapacity = false;
    // An edited group keeps a capacity that differs from its platform's default.
    m_capacityTouched = m_existing && initial.capacity != defaultCapacity(initial.platform);
    m_rules->setPlainText(initial.rulesText);
    m_welcome->setPlainText(initial.welcomeScript);
    m_operator->setText(initial.operatorName);
    m_status->setCurrentIndex(initial.archived ? 1 : 0);

    connect(m_platform, &QComboBox::currentIndexChanged, this, &GroupDialog::platformChanged);
    connect(m_capacity, &QSpinBox::valueChanged, this, [this] {
        if (!m_settingCapacity)
            m_capacityTouched = true;
    });
    connect(m_name, &QLineEdit::textEdited, m_error, &QLabel::hide);
    retranslate();
    resize(560, sizeHint().height());
}

void GroupDialog::buildForm() {
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("groupDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b42318; background: #fef3f2; border: 1px "
                                          "solid #fda29b; border-radius: 4px; padding: 6px;"));
    m_error->hide();

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("groupNameEdit"));
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("groupPlatformCombo"));
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("groupPurposeCombo"));
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("groupCapacitySpin"));
    m_capacity->setRange(0, 1000000);
    m_capacity->setSingleStep(50);
    m_rules = new QPlainTextEdit(this);
    m_rules->setObjectName(QStringLiteral("groupRulesEdit"));
    m_rules->setTabChangesFocus(true);
    m_welcome = new QPlainTextEdit(this);
    m_welcome->setObjectName(QStringLiteral("groupWelcomeEdit"));
    m_welcome->setTabChangesFocus(true);
    m_welcomeHint = new QLabel(this);
    m_welcomeHint->setObjectName(QStringLiteral("groupWelcomeHint"));
    m_welcomeHint->setWordWrap(true);
    m_welcomeHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_operator = new QLineEdit(this);
    m_operator->setObjectName(QStringLiteral("groupOperatorEdit"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("groupStatusCombo"));
    m_status->addItem(QString());
    m_status->addItem(QString());

    auto* welcome = new QVBoxLayout;
    welcome->setSpacing(4);
    welcome->addWidget(m_welcome);
    welcome->addWidget(m_welcomeHint);

    m_form = new QFormLayout;
    const QList<QWidget*> fields = {m_name,  m_platform, m_purpose,  m_capacity,
                                    m_rules, m_welcome,  m_operator, m_status};
    for (QWidget* field : fields) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        if (field == m_welcome)
            m_form->addRow(label, welcome);
        else
            m_form->addRow(label, field);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GroupDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
}

void GroupDialog::fillCombos() {
    for (const QString& key : platform::keys())
        m_platform->addItem(QString(), key);
    for (const QString& key : purpose::keys())
        m_purpose->addItem(QString(), key);
}

int GroupDialog::defaultCapacity(const QString& platformKey) {
    // Platform limits operators plan with: WeChat and WeCom groups 500, QQ groups 2000,
    // WhatsApp groups 1024, Telegram groups 200,000.
    if (platformKey == QLatin1String("wechat") || platformKey == QLatin1String("wecom"))
        return 500;
    if (platformKey == QLatin1String("qq"))
        return 2000;
    if (platformKey == QLatin1String("whatsapp"))
        return 1024;
    if (platformKey == QLatin1String("telegram"))
        return 200000;
    return 0;
}

void GroupDialog::platformChanged() {
    if (m_capacityTouched)
        return;
    m_settingCapacity = true;
    m_capacity->setValue(defaultCapacity(m_platform->currentData().toString()));
    m_settingCapacity = false;
}

Group GroupDialog::group() const {
    Group g = m_existing.value_or(Group{});
    g.name = m_name->text().trimmed();
    g.platform = m_platform->currentData().toString();
    g.purpose = m_purpose->currentData().toString();
    g.capacity = m_capacity->value();
    g.rulesText = m_rules->toPlainText();
    g.welcomeScript = m_welcome->toPlainText();
    g.operatorName = m_operator->text().trimmed();
    g.archived = m_status->currentIndex() == 1;
    return g;
}

void GroupDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void GroupDialog::accept() {
    const Group g = group();
    if (g.name.isEmpty()) {
        showError(tr("Give the group a name."));
        m_name->setFocus();
        return;
    }
    Database* db = m_workspace.database();
    if (!db) {
        showError(tr("No workspace is open."));
        return;
    }
    // The store refuses a duplicate name too, but with the database's wording; say it plainly.
    auto same = GroupStore(*db).findByName(g.name);
    if (!same) {
        showError(same.error().toString());
        return;
    }
    if (same->has_value() && (*same)->id != g.id) {
        showError(tr("A group named “%1” already exists. Choose another name.").arg(g.name));
        m_name->setFocus();
        m_name->selectAll();
        return;
    }
    std::unique_ptr<GroupCommand> command;
    if (m_existing)
        command = std::make_unique<EditGroupCommand>(m_workspace, *m_existing, g, parentWidget());
    else
        command = std::make_unique<CreateGroupCommand>(m_workspace, g, parentWidget());
    if (Status s = pushGroupCommand(m_undoStack, std::move(command)); !s) {
        showError(s.error().toString());
        return;
    }
    QDialog::accept();
}

void GroupDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GroupDialog::retranslate() {
    setWindowTitle(m_existing ? tr("Edit group") : tr("New group"));
    const QStringList labels = {tr("&Name:"),
                                tr("&Platform:"),
                                tr("P&urpose:"),
                                tr("&Capacity:"),
                                tr("&Rules and announcement:"),
                                tr("&Welcome script:"),
                                tr("&Operator:"),
                                tr("&Status:")};
    for (int row = 0; row < labels.size() && row < m_labels.size(); ++row)
        m_labels.at(row)->setText(labels.at(row));
    for (int i = 0; i < m_platform->count(); ++i)
        m_platform->setItemText(i, platform::label(m_platform->itemData(i).toString()));
    for (int i = 0; i < m_purpose->count(); ++i)
        m_purpose->setItemText(i, purpose::label(m_purpose->itemData(i).toString()));
    m_status->setItemText(0, tr("Active"));
    m_status->setItemText(1, tr("Archived"));
    m_capacity->setSpecialValueText(tr("No limit"));
    m_name->setPlaceholderText(tr("The name members see in the chat"));
    m_operator->setPlaceholderText(tr("Who runs this group"));
    m_welcomeHint->setText(tr("Placeholders filled in when the script is copied: {nickname} the "
                              "new member, {group} this group, {operator} you."));
}

} // namespace qundesk
