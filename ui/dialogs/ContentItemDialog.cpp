// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/ContentItemDialog.h"

#include "calendar/RecurrenceRule.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/RecurrenceEditor.h"
#include "dialogs/WallClockEdit.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace qundesk {

namespace {

void fill(QComboBox* box, const QStringList& keys, QString (*label)(const QString&),
          const QString& current) {
    for (const QString& key : keys)
        box->addItem(label(key), key);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

ContentItemDialog::ContentItemDialog(const ContentItem& item,
                                     const QHash<qint64, QString>& groupNames, bool canDelete,
                                     QWidget* parent)
    : QDialog(parent)
    , m_item(item) {
    setObjectName(QStringLiteral("contentItemDialog"));
    setWindowTitle(item.id > 0 ? tr("Edit calendar item") : tr("New calendar item"));
    auto* form = new QFormLayout;
    m_title = new QLineEdit(item.title, this);
    m_title->setObjectName(QStringLiteral("itemTitle"));
    form->addRow(tr("Title"), m_title);

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("itemGroup"));
    m_group->addItem(tr("All groups"), qint64(0));
    QList<qint64> ids = groupNames.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        return groupNames.value(a).localeAwareCompare(groupNames.value(b)) < 0;
    });
    for (qint64 id : ids)
        m_group->addItem(groupNames.value(id), id);
    m_group->setCurrentIndex(std::max(0, m_group->findData(item.groupId)));
    form->addRow(tr("Group"), m_group);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("itemChannel"));
    fill(m_channel, channel::keys(), &channel::label, item.channel);
    m_line = new QComboBox(this);
    m_line->setObjectName(QStringLiteral("itemLine"));
    fill(m_line, contentLine::keys(), &contentLine::label, item.contentLine);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("itemStatus"));
    fill(m_status, contentStatus::keys(), &contentStatus::label, item.status);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Content line"), m_line);
    form->addRow(tr("Status"), m_status);

    auto* when = new QHBoxLayout;
    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("itemStart"));
    holdWallClock(m_start);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setDateTime(item.startsAt);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("itemDuration"));
    m_duration->setRange(0, ContentItem::kMaxDurationMin);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(item.durationMin);
    when->addWidget(m_start, 1);
    when->addWidget(m_duration);
    form->addRow(tr("Starts"), when);

    m_recurrence = new RecurrenceEditor(this);
    m_recurrence->setStart(item.startsAt);
    m_recurrence->setRule(calendar::RecurrenceRule::fromRRule(item.rrule));
    form->addRow(tr("Repeats"), m_recurrence);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, m_recurrence, &RecurrenceEditor::setStart);

    m_owner = new QLineEdit(item.owner, this);
    m_owner->setObjectName(QStringLiteral("itemOwner"));
    form->addRow(tr("Owner"), m_owner);
    m_body = new QPlainTextEdit(item.body, this);
    m_body->setObjectName(QStringLiteral("itemBody"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(80);
    form->addRow(tr("Text"), m_body);

    auto* files = new QHBoxLayout;
    m_attachments = new QListWidget(this);
    m_attachments->setObjectName(QStringLiteral("itemAttachments"));
    m_attachments->addItems(item.attachments);
    m_attachments->setMaximumHeight(70);
    auto* add = new QPushButton(tr("Add…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch(1);
    files->addWidget(m_attachments, 1);
    files->addLayout(fileButtons);
    form->addRow(tr("Attachments"), files);
    connect(add, &QPushButton::clicked, this, &ContentItemDialog::addAttachment);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_attachments->currentItem(); });

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("itemWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #b45f06;"));
    m_warnings->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("itemError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (canDelete) {
        QPushButton* del = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
        del->setObjectName(QStringLiteral("itemDelete"));
        connect(del, &QPushButton::clicked, this, [this] {
            m_delete = true;
            QDialog::accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &ContentItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warnings);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ContentItemDialog::setWarnings(const QStringList& warnings) {
    m_warnings->setText(QStringLiteral("⚠ ") + warnings.join(QStringLiteral("\n⚠ ")));
    m_warnings->setVisible(!warnings.isEmpty());
}

void ContentItemDialog::setWarningSource(std::function<QStringList(const ContentItem&)> source) {
    m_warningSource = std::move(source);
    const auto refresh = [this] {
        if (m_warningSource)
            setWarnings(m_warningSource(item()));
    };
    for (QComboBox* box : {m_group, m_channel, m_line, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, refresh);
    connect(m_recurrence, &RecurrenceEditor::ruleChanged, this, refresh);
    refresh();
}

void ContentItemDialog::addAttachment() {
    const QString path = FileDialogs::openFile(this, tr("Attach a file"), {}, tr("All files (*)"));
    if (!path.isEmpty())
        m_attachments->addItem(path);
}

ContentItem ContentItemDialog::item() const {
    ContentItem c = m_item;
    c.title = m_title->text().trimmed();
    c.groupId = m_group->currentData().toLongLong();
    c.channel = m_channel->currentData().toString();
    c.contentLine = m_line->currentData().toString();
    c.status = m_status->currentData().toString();
    const QDateTime start = m_start->dateTime();
    c.startsAt = localTime::fromStorage(localTime::toStorage(start));
    c.durationMin = m_duration->value();
    c.owner = m_owner->text().trimmed();
    c.body = m_body->toPlainText();
    c.attachments.clear();
    for (int i = 0; i < m_attachments->count(); ++i)
        c.attachments << m_attachments->item(i)->text();
    c.rrule = m_recurrence->rule().toRRule();
    return c;
}

void ContentItemDialog::accept() {
    if (m_title->text().trimmed().isEmpty()) {
        m_error->setText(tr("A calendar item needs a title."));
        m_error->show();
        m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace qundesk
