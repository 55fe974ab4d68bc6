// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/MemberCsvImporter.h"
#include "import/OrderCsvImporter.h"
#include "jobs/Job.h"
#include "services/ChatImportService.h"

#include <QPointer>
#include <QProgressDialog>
#include <QWidget>

#include <optional>

class QLabel;

class QPushButton;

namespace qundesk {

struct JobResult;
class ImportHistoryView;
class WorkspaceController;

// Bringing data in: member lists and order lists (CSV) and chat exports (Telegram, WhatsApp,
// WeChat and Discord exports, CSV with a column mapping) with preview,
// progress and a report. The flow: choose a file (dialog, or drop it on the page) → preview
// (MemberImportDialog, OrderImportDialog: column mapping; ChatImportDialog: chat, group, dates,
// zone, authors) → import as a write job on the window's job runner with a cancellable progress
// dialog → report (ImportReportDialog). Every step is window-modal but never blocks the event loop,
// so the window repaints while a file imports.
class ImportPage final : public QWidget {
    Q_OBJECT

public:
    explicit ImportPage(WorkspaceController& workspace, QWidget* parent = nullptr);

    void chooseMemberFile();               // asks for a file, then previews it
    void previewFile(const QString& path); // opens the preview step, or says why not
    void startImport(const QString& path, const MemberImportOptions& options);
    void chooseOrderFile();                     // asks for an order list, then previews it
    void previewOrderFile(const QString& path); // opens OrderImportDialog, or says why not
    void startOrderImport(const QString& path, const OrderImportOptions& options);
    void chooseChatFile();                     // asks for a chat export, then previews it
    void previewChatFile(const QString& path); // opens ChatImportDialog, or says why not
    void startChatImport(const QString& path, const ChatImportOptions& options);

    // True from startImport() until the import job has ended.
    bool isImporting() const { return m_jobId != 0; }
    bool lastImportCancelled() const { return m_lastCancelled; }
    QProgressDialog* progressDialog() const { return m_progress; }
    ImportHistoryView* history() const { return m_history; }

signals:
    void importFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void runImportJob(const QString& path, const QString& title, Job job,
                      std::shared_ptr<ImportReport> report);
    // After invalid rows refused a member list, an order list or a chat: asks whether to import
    // it skipping them.
    void offerSkippingInvalidRows(const ImportReport& report);
    QWidget* card(QLabel*& title, QLabel*& text, QPushButton*& button);
    void onImportFinished(const JobResult& result, const ImportReport& report);
    void retranslate();

    WorkspaceController& m_workspace;
    quint64 m_jobId = 0;
    bool m_lastCancelled = false;
    QPointer<QProgressDialog> m_progress;
    QString m_importPath;
    std::optional<MemberImportOptions> m_memberOptions; // of the member import running
    std::optional<ChatImportOptions> m_chatOptions;     // of the chat import running
    std::optional<OrderImportOptions> m_orderOptions;   // of the order import running
    QString m_lastImport;                               // file name of the last successful import
    ImportReport m_lastReport;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_membersTitle = nullptr;
    QLabel* m_membersText = nullptr;
    QPushButton* m_membersButton = nullptr;
    QLabel* m_ordersTitle = nullptr;
    QLabel* m_ordersText = nullptr;
    QPushButton* m_ordersButton = nullptr;
    QLabel* m_chatTitle = nullptr;
    QLabel* m_chatText = nullptr;
    QPushButton* m_chatButton = nullptr;
    QLabel* m_last = nullptr;
    ImportHistoryView* m_history = nullptr;
};

} // namespace qundesk
