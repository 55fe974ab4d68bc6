// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/SopApplyDialog.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "sop/SopSamples.h"
#include "sop/SopTargets.h"
#include "store/GroupStore.h"
#include "store/SegmentStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace qundesk {

SopApplyDialog::SopApplyDialog(WorkspaceController& workspace, const SopTemplate& sop,
                               QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_sop(sop)
    , m_kind(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_start(new QDateEdit(this))
    , m_size(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("sopApplyDialog"));
    setWindowTitle(tr("Apply “%1”").arg(sop.name));
    m_kind->setObjectName(QStringLiteral("applyTargetKind"));
    m_target->setObjectName(QStringLiteral("applyTarget"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_start->setObjectName(QStringLiteral("applyStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_size->setObjectName(QStringLiteral("applyTargetSize"));
    m_size->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    for (const QString& key : sopTarget::keys())
        m_kind->addItem(sopTarget::label(key), key);
    if (const Database* db = workspace.database())
        m_start->setDate(time::today(SettingsStore(*db).timeZone()));

    auto* form = new QFormLayout;
    form->addRow(tr("Apply to a"), m_kind);
    form->addRow(tr("Which"), m_target);
    form->addRow(tr("Starting on"), m_start);
    form->addRow(QString(), m_size);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SopApplyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SopApplyDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SopApplyDialog::fillTargets);
    connect(m_target, &QComboBox::currentIndexChanged, this, &SopApplyDialog::updateSize);
    setTargetKind(sop.targetKind);
    fillTargets();
}

void SopApplyDialog::setTargetKind(const QString& kind) {
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

bool SopApplyDialog::chooseTarget(const QString& name) {
    for (int i = 0; i < m_target->count(); ++i) {
        if (m_target->itemText(i) == name ||
            m_target->itemText(i).startsWith(name + QStringLiteral(" · "))) {
            m_target->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString SopApplyDialog::sizeText() const {
    return m_size->text();
}

void SopApplyDialog::fillTargets() {
    m_target->clear();
    const Database* db = m_workspace.database();
    if (!db)
        return;
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("group")) {
        if (auto groups = GroupStore(*db).list(false); groups)
            for (const Group& g : std::as_const(groups.value()))
                m_target->addItem(g.name, g.id);
    } else if (kind == QLatin1String("segment")) {
        if (auto segments = SegmentStore(*db).list(); segments)
            for (const Segment& s : std::as_const(segments.value()))
                m_target->addItem(s.name, s.id);
    } else if (auto members = sop::SopSamples::members(*db, 5000); members) {
        for (const sop::SampleMember& m : std::as_const(members.value()))
            m_target->addItem(QStringLiteral("%1 · %2").arg(m.name, m.groupName), m.memberId);
    }
    updateSize();
}

void SopApplyDialog::updateSize() {
    const Database* db = m_workspace.database();
    const qint64 id = m_target->currentData().toLongLong();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(db && id > 0);
    if (!db || id <= 0) {
        m_size->setText(tr("Choose whom the SOP is for."));
        return;
    }
    const QString kind = m_kind->currentData().toString();
    auto size = sop::SopTargets::size(*db, kind, id, m_start->date());
    if (!size) {
        m_size->setText(size.error().message);
        return;
    }
    if (kind == QLatin1String("group") && m_sop.anchor == QLatin1String("start"))
        m_size->setText(tr("Group-wide tasks for a group of %n member(s).", "", *size));
    else
        m_size->setText(
            tr("%n member(s) now; members who arrive later get theirs too.", "", *size));
}

void SopApplyDialog::accept() {
    const Database* db = m_workspace.database();
    const qint64 id = m_target->currentData().toLongLong();
    if (!db || id <= 0)
        return;
    auto applied =
        SopService::apply(*db, m_sop.id, m_kind->currentData().toString(), id, m_start->date());
    if (!applied) {
        MessageBoxes::error(this, windowTitle(), applied.error().message);
        return;
    }
    m_applied = applied.value();
    m_workspace.notifyDataChanged();
    QDialog::accept();
}

} // namespace qundesk
