// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/MemberProfileForm.h"

#include "commands/MemberEditCommands.h"
#include "dialogs/WallClockEdit.h"
#include "dialogs/member/MemberPicker.h"
#include "shell/WorkspaceController.h"
#include "store/MemberStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qundesk {

namespace {
// The earliest date of the editors stands for "none" (shown as their special value text).
const QDate kNoDate(1900, 1, 1);

void fill(QComboBox* combo, const QStringList& keys, QString (*label)(const QString&),
          const QString& emptyText) {
    const QString current = combo->currentData().toString();
    const QString typed = combo->isEditable() ? combo->currentText() : QString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!emptyText.isNull())
        combo->addItem(emptyText, QString());
    for (const QString& key : keys)
        combo->addItem(label(key), key);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !typed.isEmpty())
        combo->setEditText(typed);
}

// A key of the combo, or an unknown value as it was typed (kept as it is, see model/Member.h).
QString keyOf(const QComboBox* combo) {
    const int index = combo->findText(combo->currentText());
    if (index >= 0)
        return combo->itemData(index).toString();
    return combo->currentText().trimmed();
}

void select(QComboBox* combo, const QString& key) {
    const int index = combo->findData(key);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(key);
}
} // namespace

MemberProfileForm::MemberProfileForm(const MemberContext& context, QWidget* parent)
    : MemberTab(context, parent)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_birthday(new QDateEdit(this))
    , m_ageBand(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_referrer(new MemberPicker(context.db(), this))
    , m_tier(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_dnd(new QCheckBox(this))
    , m_dndUntil(new QDateTimeEdit(this))
    , m_saved(new QLabel(this))
    , m_notesTimer(new QTimer(this)) {
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    m_birthday->setObjectName(QStringLiteral("birthdayEdit"));
    m_ageBand->setObjectName(QStringLiteral("ageBandEdit"));
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_referrer->setObjectName(QStringLiteral("referrerPicker"));
    m_tier->setObjectName(QStringLiteral("tierCombo"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_dnd->setObjectName(QStringLiteral("dndCheck"));
    m_dndUntil->setObjectName(QStringLiteral("dndUntilEdit"));
    m_saved->setObjectName(QStringLiteral("profileSavedLabel"));
    m_saved->setStyleSheet(QStringLiteral("QLabel { color: #2e7d32; }"));
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(1200);

    m_source->setEditable(true); // channels beyond the built-in keys are kept as typed
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_referrer->setExcluded(context.memberId);
    holdWallClock(m_dndUntil);
    for (QDateTimeEdit* edit : {static_cast<QDateTimeEdit*>(m_birthday), m_dndUntil}) {
        edit->setMinimumDate(kNoDate);
        edit->setCalendarPopup(true);
    }
    m_birthday->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dndUntil->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_notes->setMinimumHeight(80);
    connect(m_dnd, &QCheckBox::toggled, m_dndUntil, &QWidget::setEnabled);
    // Saved as the operator goes (see the class comment).
    for (QLineEdit* edit : {m_name, m_ageBand, m_city, m_phone})
        connect(edit, &QLineEdit::editingFinished, this, &MemberProfileForm::save);
    connect(m_source->lineEdit(), &QLineEdit::editingFinished, this, &MemberProfileForm::save);
    for (QComboBox* combo : {m_gender, m_source, m_tier})
        connect(combo, &QComboBox::activated, this, &MemberProfileForm::save);
    for (QDateTimeEdit* edit : {static_cast<QDateTimeEdit*>(m_birthday), m_dndUntil})
        connect(edit, &QDateTimeEdit::editingFinished, this, &MemberProfileForm::save);
    connect(m_dnd, &QCheckBox::toggled, this, &MemberProfileForm::saveSoon);
    connect(m_referrer, &MemberPicker::memberChosen, this, &MemberProfileForm::save);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &MemberProfileForm::saveSoon);
    connect(m_notesTimer, &QTimer::timeout, this, &MemberProfileForm::save);

    m_form->addRow(new QLabel(this), m_name);
    m_form->addRow(new QLabel(this), m_gender);
    m_form->addRow(new QLabel(this), m_birthday);
    m_form->addRow(new QLabel(this), m_ageBand);
    m_form->addRow(new QLabel(this), m_city);
    m_form->addRow(new QLabel(this), m_phone);
    m_form->addRow(new QLabel(this), m_source);
    m_form->addRow(new QLabel(this), m_referrer);
    m_form->addRow(new QLabel(this), m_tier);
    m_form->addRow(new QLabel(this), m_notes);
    auto* dndRow = new QHBoxLayout;
    dndRow->addWidget(m_dnd);
    dndRow->addWidget(m_dndUntil, 1);
    m_form->addRow(new QLabel(this), dndRow);

    auto* status = new QHBoxLayout;
    status->addStretch(1);
    status->addWidget(m_saved);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addLayout(status);

    retranslate();
    reload();
}

void MemberProfileForm::retranslate() {
    static const char* const kLabels[] = {
        QT_TR_NOOP("Display name:"),   QT_TR_NOOP("Gender:"),        QT_TR_NOOP("Birthday:"),
        QT_TR_NOOP("Age band:"),       QT_TR_NOOP("City:"),          QT_TR_NOOP("Phone:"),
        QT_TR_NOOP("Source channel:"), QT_TR_NOOP("Referred by:"),   QT_TR_NOOP("Member tier:"),
        QT_TR_NOOP("Notes:"),          QT_TR_NOOP("Do not disturb:")};
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (auto* item = m_form->itemAt(row, QFormLayout::LabelRole))
            if (auto* label = qobject_cast<QLabel*>(item->widget()))
                label->setText(tr(kLabels[row]));
    }
    m_birthday->setSpecialValueText(tr("none"));
    m_dndUntil->setSpecialValueText(tr("no end"));
    m_ageBand->setPlaceholderText(tr("e.g. 25-34"));
    m_referrer->setPlaceholderText(tr("Type a name to search…"));
    m_dnd->setText(tr("until"));
    if (!m_saved->text().isEmpty())
        m_saved->setText(tr("Saved"));
    fillCombos();
}

void MemberProfileForm::fillCombos() {
    fill(m_gender, gender::keys(), &gender::label, tr("unknown"));
    fill(m_source, sourceChannel::keys(), &sourceChannel::label, QStringLiteral(""));
    fill(m_tier, tier::keys(), &tier::label, tr("none"));
}

void MemberProfileForm::reload() {
    if (!m_context.db() || (m_loaded.id > 0 && isModified()))
        return;
    auto member = MemberStore(*m_context.db()).get(m_context.memberId);
    if (!member)
        return; // the dialog reports a missing member
    load(member.value());
}

void MemberProfileForm::load(const Member& member) {
    m_loading = true; // filling the form is no editing: nothing saves meanwhile
    m_loaded = member;
    // The do-not-disturb end is shown and edited in the workspace's zone.
    m_zone = m_context.db() ? SettingsStore(*m_context.db()).timeZone() : QTimeZone::utc();
    m_name->setText(member.displayName);
    select(m_gender, member.gender);
    m_birthday->setDate(member.birthday.isValid() ? member.birthday : kNoDate);
    m_ageBand->setText(member.ageBand);
    m_city->setText(member.city);
    m_phone->setText(member.phone);
    select(m_source, member.sourceChannel);
    QString referrerName;
    if (member.referrerId > 0)
        if (auto referrer = MemberStore(*m_context.db()).get(member.referrerId))
            referrerName = referrer->displayName;
    m_referrer->setMember(member.referrerId, referrerName);
    select(m_tier, member.tier);
    m_notes->setPlainText(member.notes);
    m_dnd->setChecked(member.dnd);
    m_dndUntil->setEnabled(member.dnd);
    m_dndUntil->setDateTime(member.dndUntil.isValid()
                                ? time::wallClock(member.dndUntil, m_zone)
                                : QDateTime(kNoDate, QTime(0, 0), QTimeZone::utc()));
    const bool erased = member.isErased();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_name, m_gender, m_birthday, m_ageBand, m_city, m_phone,
                                         m_source, m_referrer, m_tier, m_notes, m_dnd})
        w->setEnabled(!erased);
    m_loading = false;
}

Member MemberProfileForm::edited() const {
    Member m = m_loaded;
    m.displayName = m_name->text().trimmed();
    m.gender = keyOf(m_gender);
    m.birthday = m_birthday->date() == kNoDate ? QDate() : m_birthday->date();
    m.ageBand = m_ageBand->text().trimmed();
    m.city = m_city->text().trimmed();
    m.phone = m_phone->text().trimmed();
    m.sourceChannel = keyOf(m_source);
    // A referrer typed but not chosen from the list keeps the one stored.
    if (m_referrer->memberId() > 0 || m_referrer->text().trimmed().isEmpty())
        m.referrerId = m_referrer->memberId();
    m.tier = keyOf(m_tier);
    m.notes = m_notes->toPlainText().trimmed();
    m.dnd = m_dnd->isChecked();
    m.dndUntil = m.dnd && m_dndUntil->date() != kNoDate
                     ? time::fromWallClock(m_dndUntil->date(), m_dndUntil->time(), m_zone)
                     : QDateTime();
    return m;
}

bool MemberProfileForm::isModified() const {
    const Member now = edited();
    const Member& was = m_loaded;
    return now.displayName != was.displayName || now.gender != was.gender ||
           now.birthday != was.birthday || now.ageBand != was.ageBand || now.city != was.city ||
           now.phone != was.phone || now.sourceChannel != was.sourceChannel ||
           now.referrerId != was.referrerId || now.tier != was.tier || now.notes != was.notes ||
           now.dnd != was.dnd || (now.dnd && now.dndUntil != was.dndUntil);
}

void MemberProfileForm::saveSoon() {
    if (!m_loading)
        m_notesTimer->start();
}

bool MemberProfileForm::save() {
    m_notesTimer->stop();
    if (m_loading || !m_context.db() || !isModified())
        return true;
    const Member after = edited();
    if (after.displayName.isEmpty()) {
        showError(tr("A member needs a display name."));
        return false;
    }
    // While the command runs, reload() keeps the (still modified) form; once it is stored the
    // form shows the stored member. A failed save keeps what the operator typed.
    const int index = m_context.undoStack.index();
    m_context.undoStack.push(new EditMemberCommand(m_context.workspace, m_loaded, after));
    if (m_context.undoStack.index() == index)
        return false;
    m_loaded = Member{};
    reload();
    m_saved->setText(tr("Saved"));
    QTimer::singleShot(4000, m_saved, [label = m_saved] { label->clear(); });
    return true;
}

} // namespace qundesk
