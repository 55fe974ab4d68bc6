// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/ChatImportPreview.h"
#include "services/ChatImportService.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace qundesk {

class ChatCsvColumnsEditor;
class Database;
class TimeZonePicker;

// The preview step of a chat import: the detected format, the chat (a full Telegram export
// lists its chats), the target group (created when missing), the columns of a generic CSV, the
// date order (WhatsApp, generic CSV) and the zone of times the export gives without one, the
// first messages, and each author's member — a name several members carry is chosen here (or
// made a new member). Changing the chat, the columns or the date order reads the preview again. The
// import itself is run by the caller with options().
class ChatImportDialog final : public QDialog {
    Q_OBJECT

public:
    ChatImportDialog(const Database& db, const QString& path, const ChatImportPreview& preview,
                     QWidget* parent = nullptr);

    QString path() const { return m_path; }
    const ChatImportPreview& preview() const { return m_preview; }
    ChatImportOptions options() const; // without progress

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void reread();
    void fill();
    bool hasDateOrder() const; // WhatsApp and generic CSV: numeric dates in an order
    void retranslate();

    const Database& m_db;
    QString m_path;
    ChatImportPreview m_preview;
    QLabel* m_format = nullptr;
    QLabel* m_chatLabel = nullptr;
    QComboBox* m_chat = nullptr;
    QLabel* m_groupLabel = nullptr;
    QComboBox* m_group = nullptr;
    QLabel* m_columnsLabel = nullptr;
    ChatCsvColumnsEditor* m_columns = nullptr;
    QLabel* m_orderLabel = nullptr;
    QComboBox* m_order = nullptr;
    QLabel* m_zoneLabel = nullptr;
    TimeZonePicker* m_zone = nullptr;
    QLabel* m_messagesLabel = nullptr;
    QTableWidget* m_messages = nullptr;
    QLabel* m_authorsLabel = nullptr;
    QTableWidget* m_authors = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace qundesk
