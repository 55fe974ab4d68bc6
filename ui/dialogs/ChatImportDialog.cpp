// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/ChatImportDialog.h"

#include "db/Database.h"
#include "dialogs/ChatCsvColumnsEditor.h"
#include "dialogs/TimeZonePicker.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qundesk {

namespace {

QTableWidget* table(QWidget* parent, const QString& name, int columns) {
    auto* t = new QTableWidget(0, columns, parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    return t;
}

} // namespace

ChatImportDialog::ChatImportDialog(const Database& db, const QString& path,
                                   const ChatImportPreview& preview, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_path(path)
    , m_preview(preview) {
    setObjectName(QStringLiteral("chatImportDialog"));
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("chatFormatLabel"));
    m_chatLabel = new QLabel(this);
    m_chat = new QComboBox(this);
    m_chat->setObjectName(QStringLiteral("chatCombo"));
    for (const TelegramChatSummary& c : m_preview.chats)
        m_chat->addItem(QStringLiteral("%1 (%2)").arg(c.name, QString::number(c.messages)),
                        c.id.isEmpty() ? c.name : c.id);
    m_chat->setCurrentIndex(m_preview.needsChat ? -1 : 0);
    m_groupLabel = new QLabel(this);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->setEditable(true);
    if (auto names = GroupStore(db).names()) {
        QStringList sorted = names->values();
        sorted.sort(Qt::CaseInsensitive);
        m_group->addItems(sorted);
    }
    m_group->setEditText(m_preview.chatName);
    m_columnsLabel = new QLabel(this);
    m_columnsLabel->setWordWrap(true);
    m_columns = new ChatCsvColumnsEditor(this);
    m_columns->setHeader(m_preview.csvHeader, m_preview.csvColumns);
    m_orderLabel = new QLabel(this);
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("dateOrderCombo"));
    m_zoneLabel = new QLabel(this);
    m_zone = new TimeZonePicker(this);
    m_zone->setObjectName(QStringLiteral("sourceZonePicker"));
    m_zone->setZoneId(SettingsStore(db).timeZone().id());
    m_messagesLabel = new QLabel(this);
    m_messages = table(this, QStringLiteral("chatPreviewTable"), 3);
    m_authorsLabel = new QLabel(this);
    m_authors = table(this, QStringLiteral("authorTable"), 2);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("chatProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChatImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChatImportDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(m_chatLabel, m_chat);
    form->addRow(m_groupLabel, m_group);
    form->addRow(m_columnsLabel);
    form->addRow(m_columns);
    form->addRow(m_orderLabel, m_order);
    form->addRow(m_zoneLabel, m_zone);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_format);
    layout->addLayout(form);
    layout->addWidget(m_messagesLabel);
    layout->addWidget(m_messages, 2);
    layout->addWidget(m_authorsLabel);
    layout->addWidget(m_authors, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    retranslate();
    fill();
    connect(m_chat, &QComboBox::activated, this, &ChatImportDialog::reread);
    connect(m_order, &QComboBox::activated, this, &ChatImportDialog::reread);
    connect(m_columns, &ChatCsvColumnsEditor::changed, this, &ChatImportDialog::reread);
    resize(820, 640);
}

ChatImportOptions ChatImportDialog::options() const {
    ChatImportOptions o;
    o.format = m_preview.format;
    o.group = m_group->currentText().trimmed();
    if (m_chat->currentIndex() >= 0)
        o.chat = m_chat->currentData().toString();
    if (hasDateOrder() && m_order->currentIndex() >= 0)
        o.dateOrder = DateOrder(m_order->currentData().toInt());
    if (m_preview.format == ChatFormat::Csv)
        o.csvMapping = m_columns->mapping();
    if (m_preview.hasWallClockTimes && !m_zone->zoneId().isEmpty())
        o.sourceZone = QTimeZone(m_zone->zoneId());
    for (int row = 0; row < m_authors->rowCount(); ++row) {
        if (auto* combo = qobject_cast<QComboBox*>(m_authors->cellWidget(row, 1)))
            o.chosenMembers.insert(m_authors->item(row, 0)->text(),
                                   combo->currentData().toLongLong());
    }
    return o;
}

void ChatImportDialog::reread() {
    ChatParseOptions parse;
    if (m_chat->currentIndex() >= 0)
        parse.chat = m_chat->currentData().toString();
    if (hasDateOrder() && m_order->currentIndex() >= 0)
        parse.dateOrder = DateOrder(m_order->currentData().toInt());
    if (m_preview.format == ChatFormat::Csv) {
        if (!m_columns->complete()) {
            m_preview.needsMapping = true;
            m_messages->setRowCount(0);
            m_problem->setText(tr("Choose the columns that hold the time, the author and the "
                                  "text."));
            return;
        }
        parse.csvMapping = m_columns->mapping();
    }
    auto again = ChatImportPreview::read(m_db, m_path, m_preview.format, parse,
                                         m_group->currentText().trimmed());
    if (!again) {
        m_problem->setText(again.error().toString());
        m_messages->setRowCount(0);
        return;
    }
    const QString typedGroup = m_group->currentText();
    const bool renamed = typedGroup != m_preview.chatName;
    m_preview = *again;
    if (!renamed || typedGroup.isEmpty())
        m_group->setEditText(m_preview.chatName);
    fill();
}

void ChatImportDialog::fill() {
    m_problem->clear();
    const bool manyChats = !m_preview.chats.isEmpty() &&
                           !(m_preview.chats.size() == 1 && m_preview.chats.first().root);
    m_chatLabel->setVisible(manyChats);
    m_chat->setVisible(manyChats);
    const bool csv = m_preview.format == ChatFormat::Csv;
    m_columnsLabel->setVisible(csv);
    m_columns->setVisible(csv);
    const bool dates = hasDateOrder();
    m_orderLabel->setVisible(dates);
    m_order->setVisible(dates);
    m_order->setCurrentIndex(m_order->findData(int(m_preview.dateOrder)));
    m_zoneLabel->setVisible(m_preview.hasWallClockTimes);
    m_zone->setVisible(m_preview.hasWallClockTimes);
    const QTimeZone workspace = SettingsStore(m_db).timeZone();
    m_messages->setRowCount(int(m_preview.messages.size()));
    for (int r = 0; r < m_preview.messages.size(); ++r) {
        const ChatImportPreview::Line& line = m_preview.messages.at(r);
        QDateTime at = QDateTime::fromSecsSinceEpoch(line.seconds, QTimeZone::utc());
        if (line.zoned)
            at = at.toTimeZone(workspace);
        m_messages->setItem(r, 0,
                            new QTableWidgetItem(at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_messages->setItem(r, 1, new QTableWidgetItem(line.author));
        m_messages->setItem(r, 2, new QTableWidgetItem(line.text.section(QLatin1Char('\n'), 0, 0)));
    }
    m_messages->resizeColumnsToContents();
    m_authors->setRowCount(int(m_preview.authors.size()));
    for (int r = 0; r < m_preview.authors.size(); ++r) {
        const ChatImportPreview::Author& a = m_preview.authors.at(r);
        m_authors->setItem(r, 0, new QTableWidgetItem(a.name));
        if (a.members.size() > 1) {
            auto* combo = new QComboBox(m_authors);
            combo->setObjectName(QStringLiteral("authorChoice"));
            for (const auto& [id, name] : a.members)
                combo->addItem(tr("%1 (member #%2)").arg(name, QString::number(id)), id);
            combo->addItem(tr("A new member"), qint64(0));
            combo->setPlaceholderText(tr("Several members have this name: choose…"));
            combo->setCurrentIndex(-1);
            m_authors->setCellWidget(r, 1, combo);
        } else {
            m_authors->setItem(
                r, 1,
                new QTableWidgetItem(a.members.isEmpty()
                                         ? tr("A new member")
                                         : tr("%1 (member #%2)")
                                               .arg(a.members.first().second,
                                                    QString::number(a.members.first().first))));
        }
    }
    m_authors->resizeColumnToContents(0);
    if (m_preview.needsChat)
        m_problem->setText(tr("This is a full Telegram export: choose the chat to import."));
    if (m_preview.needsMapping)
        m_problem->setText(tr("Choose the columns that hold the time, the author and the text."));
}

bool ChatImportDialog::hasDateOrder() const {
    return m_preview.format == ChatFormat::WhatsApp || m_preview.format == ChatFormat::Csv;
}

void ChatImportDialog::accept() {
    if (m_preview.format == ChatFormat::Csv && (m_preview.needsMapping || !m_columns->complete())) {
        m_problem->setText(tr("Choose the columns that hold the time, the author and the text."));
        return;
    }
    if (m_preview.needsChat || (!m_chat->isHidden() && m_chat->currentIndex() < 0)) {
        m_problem->setText(tr("Choose the chat to import."));
        return;
    }
    if (m_group->currentText().trimmed().isEmpty()) {
        m_problem->setText(tr("Name the group the messages go to."));
        return;
    }
    for (int row = 0; row < m_authors->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_authors->cellWidget(row, 1));
        if (combo && combo->currentIndex() < 0) {
            m_problem->setText(tr("Several members are called “%1”: choose who wrote in this "
                                  "chat.")
                                   .arg(m_authors->item(row, 0)->text()));
            return;
        }
    }
    if (!m_zone->isHidden() && m_zone->zoneId().isEmpty()) {
        m_problem->setText(tr("Choose the time zone the export's times are in."));
        return;
    }
    QDialog::accept();
}

void ChatImportDialog::retranslate() {
    setWindowTitle(tr("Import chat — %1").arg(QFileInfo(m_path).fileName()));
    m_format->setText(tr("Detected format: %1").arg(chatFormatLabel(m_preview.format)));
    m_columnsLabel->setText(tr("The file's columns: choose which hold the time, the author and "
                               "the text."));
    m_chatLabel->setText(tr("Chat:"));
    m_groupLabel->setText(tr("Into group (created when missing):"));
    m_orderLabel->setText(tr("Dates are written as:"));
    const int order =
        m_order->currentIndex() >= 0 ? m_order->currentData().toInt() : int(m_preview.dateOrder);
    m_order->clear();
    const QString guessed =
        m_preview.dateOrderCertain ? tr("read from the file") : tr("a guess: check the preview");
    for (const auto& [value, text] : {std::pair{DateOrder::DMY, tr("day/month/year")},
                                      std::pair{DateOrder::MDY, tr("month/day/year")},
                                      std::pair{DateOrder::YMD, tr("year/month/day")}})
        m_order->addItem(value == m_preview.dateOrder ? tr("%1 (%2)").arg(text, guessed) : text,
                         int(value));
    m_order->setCurrentIndex(m_order->findData(order));
    m_zoneLabel->setText(tr("Times without a zone are in:"));
    m_messagesLabel->setText(tr("First messages:"));
    m_messages->setHorizontalHeaderLabels({tr("Time"), tr("Author"), tr("Message")});
    m_authorsLabel->setText(tr("Authors and the members they become:"));
    m_authors->setHorizontalHeaderLabels({tr("Author"), tr("Member")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
}

void ChatImportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && m_format)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace qundesk
