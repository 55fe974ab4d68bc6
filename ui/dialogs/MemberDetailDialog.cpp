// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/MemberDetailDialog.h"

#include "dialogs/MessageBoxes.h"
#include "dialogs/member/MemberGroupsTab.h"
#include "dialogs/member/MemberIdentitiesTab.h"
#include "dialogs/member/MemberOrdersTab.h"
#include "dialogs/member/MemberProfileForm.h"
#include "dialogs/member/MemberTagsTab.h"
#include "dialogs/member/MemberTimelineView.h"
#include "dialogs/member/ReferralView.h"
#include "rules/FanLevel.h"
#include "rules/Lifecycle.h"
#include "services/MemberService.h"
#include "shell/WorkspaceController.h"
#include "store/MemberListQuery.h"
#include "store/MemberStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qundesk {

namespace {
const QString kSizeKey = QStringLiteral("memberDetailDialog/size");

// A rounded, tinted label for a stage or level.
QLabel* badge(const QString& objectName, const QString& color, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: "
                                        "9px; padding: 2px 10px; font-weight: 600; }")
                             .arg(color));
    return label;
}
} // namespace

MemberDetailDialog::MemberDetailDialog(WorkspaceController& workspace, QUndoStack& undoStack,
                                       qint64 memberId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_memberId(memberId)
    , m_name(new QLabel(this))
    , m_stage(badge(QStringLiteral("stageBadge"), QStringLiteral("#3d7eff"), this))
    , m_fanLevel(badge(QStringLiteral("fanLevelBadge"), QStringLiteral("#8e5cd9"), this))
    , m_tier(badge(QStringLiteral("tierBadge"), QStringLiteral("#e08a1e"), this))
    , m_silent(new QLabel(this))
    , m_tabWidget(new QTabWidget(this)) {
    setObjectName(QStringLiteral("memberDetailDialog"));
    setSizeGripEnabled(true);
    m_name->setObjectName(QStringLiteral("memberNameLabel"));
    m_silent->setObjectName(QStringLiteral("silentDaysLabel"));
    m_tabWidget->setObjectName(QStringLiteral("memberTabs"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_silent->setStyleSheet(QStringLiteral("color: palette(mid);"));

    const MemberContext context{workspace, undoStack, memberId};
    m_profile = new MemberProfileForm(context, m_tabWidget);
    m_groups = new MemberGroupsTab(context, m_tabWidget);
    m_identities = new MemberIdentitiesTab(context, m_tabWidget);
    m_tags = new MemberTagsTab(context, m_tabWidget);
    m_timeline = new MemberTimelineView(context, m_tabWidget);
    m_referrals = new ReferralView(context, m_tabWidget);
    m_orders = new MemberOrdersTab(context, m_tabWidget);
    m_allTabs = {m_profile, m_groups, m_identities, m_tags, m_timeline, m_referrals, m_orders};
    for (MemberTab* tab : m_allTabs)
        m_tabWidget->addTab(tab, QString());

    m_erase = new QPushButton(this);
    m_erase->setObjectName(QStringLiteral("erasePersonalDataButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setDefault(true);
    connect(m_erase, &QPushButton::clicked, this, &MemberDetailDialog::erasePersonalData);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(&m_workspace, &WorkspaceController::dataChanged, this, &MemberDetailDialog::reload);

    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_name);
    header->addSpacing(8);
    header->addWidget(m_stage);
    header->addWidget(m_fanLevel);
    header->addWidget(m_tier);
    header->addStretch(1);
    header->addWidget(m_silent);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_erase);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabWidget, 1);
    layout->addLayout(buttons);

    resize(QSettings().value(kSizeKey, QSize(860, 640)).toSize());
    retranslate();
    reloadHeader();
}

void MemberDetailDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reloadHeader();
    }
    QDialog::changeEvent(event);
}

void MemberDetailDialog::done(int result) {
    if (!m_profile->save())
        return;
    QDialog::done(result);
}

void MemberDetailDialog::hideEvent(QHideEvent* event) {
    QSettings().setValue(kSizeKey, size());
    QDialog::hideEvent(event);
}

void MemberDetailDialog::retranslate() {
    const QStringList titles{tr("Profile"),  tr("Groups"),    tr("Identities"), tr("Tags"),
                             tr("Timeline"), tr("Referrals"), tr("Orders")};
    for (int i = 0; i < titles.size(); ++i)
        m_tabWidget->setTabText(i, titles.at(i));
    m_erase->setText(tr("Erase personal data…"));
    m_close->setText(tr("Close"));
}

void MemberDetailDialog::reload() {
    if (!m_workspace.database())
        return;
    reloadHeader();
    for (MemberTab* tab : m_allTabs)
        tab->reload();
}

void MemberDetailDialog::reloadHeader() {
    Database* db = m_workspace.database();
    if (!db)
        return;
    auto member = MemberStore(*db).get(m_memberId);
    if (!member) {
        m_name->setText(tr("This member no longer exists."));
        m_tabWidget->setEnabled(false);
        m_erase->setEnabled(false);
        return;
    }
    setWindowTitle(tr("Member — %1").arg(member->displayName));
    m_name->setText(member->displayName);
    m_erase->setEnabled(!member->isErased());
    auto rows = MemberListQuery::rows(*db, {m_memberId});
    const MemberListRow row = rows && !rows->isEmpty() ? rows->first() : MemberListRow{};
    m_stage->setVisible(!row.stage.isEmpty());
    if (!row.stage.isEmpty())
        m_stage->setText(lifecycle::label(row.stage));
    m_fanLevel->setVisible(!row.fanLevel.isEmpty());
    if (!row.fanLevel.isEmpty())
        m_fanLevel->setText(fanlevel::label(row.fanLevel));
    m_tier->setVisible(!member->tier.isEmpty());
    m_tier->setText(tier::label(member->tier));
    const QDate today = time::today(SettingsStore(*db).timeZone());
    const int silentDays = row.silentSince.isValid() ? int(row.silentSince.daysTo(today)) : -1;
    m_silent->setText(silentDays < 0    ? tr("never active")
                      : silentDays == 0 ? tr("active today")
                                        : tr("silent for %n day(s)", "", silentDays));
}

void MemberDetailDialog::erasePersonalData() {
    Database* db = m_workspace.database();
    if (!db)
        return;
    auto member = MemberStore(*db).get(m_memberId);
    if (!member || member->isErased())
        return;
    const bool yes = MessageBoxes::ask(
        this, tr("Erase personal data"),
        tr("Erase the personal data of “%1” for good?").arg(member->displayName),
        tr("The name is replaced, every profile field, note and platform account is removed and "
           "the text of their messages is cleared. Counts of messages and orders stay, "
           "anonymous. This cannot be undone, and the undo history of this window is cleared "
           "too."));
    if (!yes)
        return;
    if (auto status = MemberService::erasePersonalData(*db, m_memberId); !status) {
        MessageBoxes::error(this, tr("Erase personal data"), status.error().toString());
        return;
    }
    // Older undo steps hold this member's personal data and could bring it back.
    m_undoStack.clear();
    m_workspace.notifyDataChanged();
    accept();
}

} // namespace qundesk
