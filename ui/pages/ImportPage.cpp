// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/ImportPage.h"

#include "db/Database.h"
#include "dialogs/ChatImportDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/ImportReportDialog.h"
#include "dialogs/MemberImportDialog.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/OrderImportDialog.h"
#include "import/chat/ChatInput.h"
#include "jobs/WorkspaceJobs.h"
#include "pages/ImportHistoryView.h"
#include "pages/PageCatalog.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace qundesk {

namespace {

// True when the CSV at `path` is a chat export (WeChat, Discord, or time/author/text columns).
bool isChatCsv(const QString& path) {
    auto input = ChatInput::fromPath(path);
    if (!input)
        return false;
    auto format = detectChatFormat(*input);
    return format.ok();
}

// Page-local look of the cards; the window theme styles the rest.
const QString kStyle = QStringLiteral(
    "QFrame#importCard { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 10px; }"
    "QLabel#importCardTitle { font-size: 16px; font-weight: 600; color: #111827; }"
    "QLabel#importCardText { color: #4b5563; }"
    "QLabel#lastImportLabel { color: #374151; }"
    "QPushButton#importMembersButton, QPushButton#importOrdersButton, QPushButton#importChatButton "
    "{"
    " padding: 10px 22px; "
    "font-size: 15px; font-weight: 600;"
    " color: #ffffff; background: #1f6feb; border: none; border-radius: 8px; }"
    "QPushButton#importMembersButton:hover, QPushButton#importOrdersButton:hover,"
    " QPushButton#importChatButton:hover {"
    " background: #1a5fd0; }"
    "QPushButton#importMembersButton:disabled, QPushButton#importOrdersButton:disabled,"
    " QPushButton#importChatButton:disabled {"
    " background: #9ca3af; }");
} // namespace

ImportPage::ImportPage(WorkspaceController& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(PageCatalog::objectName(PageId::Import));
    setStyleSheet(kStyle);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("importCardText"));
    QWidget* members = card(m_membersTitle, m_membersText, m_membersButton);
    m_membersButton->setObjectName(QStringLiteral("importMembersButton"));
    m_membersButton->setCursor(Qt::PointingHandCursor);
    QWidget* orders = card(m_ordersTitle, m_ordersText, m_ordersButton);
    m_ordersButton->setObjectName(QStringLiteral("importOrdersButton"));
    m_ordersButton->setCursor(Qt::PointingHandCursor);
    QWidget* chats = card(m_chatTitle, m_chatText, m_chatButton);
    m_chatButton->setObjectName(QStringLiteral("importChatButton"));
    m_chatButton->setCursor(Qt::PointingHandCursor);
    setAcceptDrops(true);
    m_last = new QLabel(this);
    m_last->setObjectName(QStringLiteral("lastImportLabel"));
    m_last->setWordWrap(true);

    // The cards scroll when the window is too low for all of them, so the page never makes the
    // window taller than the user left it.
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("importContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(members);
    layout->addWidget(orders);
    layout->addWidget(chats);
    layout->addWidget(m_last);
    m_history = new ImportHistoryView(m_workspace, this);
    layout->addWidget(m_history, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("importScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_membersButton, &QPushButton::clicked, this, &ImportPage::chooseMemberFile);
    connect(m_ordersButton, &QPushButton::clicked, this, &ImportPage::chooseOrderFile);
    connect(m_chatButton, &QPushButton::clicked, this, &ImportPage::chooseChatFile);
    connect(&m_workspace, &WorkspaceController::workspaceChanged, this, &ImportPage::retranslate);
    // Another job that writes (a restore, the day's refresh) pauses new imports meanwhile.
    connect(&m_workspace.jobs(), &JobRunner::writingChanged, this, &ImportPage::retranslate);
    retranslate();
}

QWidget* ImportPage::card(QLabel*& title, QLabel*& text, QPushButton*& button) {
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("importCard"));
    title = new QLabel(frame);
    title->setObjectName(QStringLiteral("importCardTitle"));
    text = new QLabel(frame);
    text->setObjectName(QStringLiteral("importCardText"));
    text->setWordWrap(true);
    button = new QPushButton(frame);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(20, 16, 20, 18);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(4);
    layout->addWidget(button, 0, Qt::AlignLeft);
    return frame;
}

void ImportPage::chooseMemberFile() {
    const QString path = FileDialogs::openFile(this, tr("Import member list"), QString(),
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        previewFile(path);
}

void ImportPage::previewFile(const QString& path) {
    const Database* db = m_workspace.database();
    if (!db || isImporting())
        return;
    auto preview = MemberCsvImporter::preview(*db, path);
    if (!preview) {
        Error error = preview.error();
        if (error.file.isEmpty())
            error.file = QFileInfo(path).fileName();
        MessageBoxes::error(this, tr("Cannot import this file"), error.toString(),
                            tr("Nothing was changed."));
        return;
    }
    auto* dialog = new MemberImportDialog(*db, path, *preview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startImport(dialog->path(), dialog->options()); });
    dialog->open();
}

void ImportPage::startImport(const QString& path, const MemberImportOptions& options) {
    if (isImporting())
        return;
    m_memberOptions = options;
    m_chatOptions.reset();
    m_orderOptions.reset();
    auto report = std::make_shared<ImportReport>();
    runImportJob(path, tr("Importing members"), WorkspaceJobs::importMembers(path, options, report),
                 report);
}

void ImportPage::chooseOrderFile() {
    const QString path = FileDialogs::openFile(this, tr("Import order list"), QString(),
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        previewOrderFile(path);
}

void ImportPage::previewOrderFile(const QString& path) {
    const Database* db = m_workspace.database();
    if (!db || isImporting())
        return;
    auto preview = OrderCsvImporter::preview(*db, path);
    if (!preview) {
        Error error = preview.error();
        if (error.file.isEmpty())
            error.file = QFileInfo(path).fileName();
        MessageBoxes::error(this, tr("Cannot import this file"), error.toString(),
                            tr("Nothing was changed."));
        return;
    }
    auto* dialog = new OrderImportDialog(*db, path, *preview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startOrderImport(dialog->path(), dialog->options()); });
    dialog->open();
}

void ImportPage::startOrderImport(const QString& path, const OrderImportOptions& options) {
    if (isImporting())
        return;
    m_memberOptions.reset();
    m_chatOptions.reset();
    m_orderOptions = options;
    auto report = std::make_shared<ImportReport>();
    runImportJob(path, tr("Importing orders"), WorkspaceJobs::importOrders(path, options, report),
                 report);
}

void ImportPage::chooseChatFile() {
    const QString path =
        FileDialogs::openFile(this, tr("Import chat export"), QString(),
                              tr("Chat exports (*.json *.txt *.zip *.csv);;All files (*)"));
    if (!path.isEmpty())
        previewChatFile(path);
}

void ImportPage::previewChatFile(const QString& path) {
    const Database* db = m_workspace.database();
    if (!db || isImporting())
        return;
    auto preview = ChatImportPreview::read(*db, path, std::nullopt, {}, {});
    if (!preview) {
        Error error = preview.error();
        if (error.file.isEmpty())
            error.file = QFileInfo(path).fileName();
        MessageBoxes::error(this, tr("Cannot import this file"), error.toString(),
                            tr("Nothing was changed."));
        return;
    }
    auto* dialog = new ChatImportDialog(*db, path, *preview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startChatImport(dialog->path(), dialog->options()); });
    dialog->open();
}

void ImportPage::startChatImport(const QString& path, const ChatImportOptions& options) {
    if (isImporting())
        return;
    m_memberOptions.reset();
    m_chatOptions = options;
    m_orderOptions.reset();
    auto report = std::make_shared<ImportReport>();
    runImportJob(path, tr("Importing a chat"), WorkspaceJobs::importChat(path, options, report),
                 report);
}

void ImportPage::runImportJob(const QString& path, const QString& title, Job job,
                              std::shared_ptr<ImportReport> report) {
    const Database* db = m_workspace.database();
    if (!db || isImporting())
        return;
    m_importPath = path;
    m_progress = new QProgressDialog(this);
    m_progress->setObjectName(QStringLiteral("importProgressDialog"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowTitle(title);
    m_progress->setLabelText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setRange(0, 100);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setWindowModality(Qt::WindowModal);
    JobRunner& jobs = m_workspace.jobs();
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_jobId != 0)
            m_workspace.jobs().cancel(m_jobId);
    });
    connect(&jobs, &JobRunner::progressed, m_progress, [this](const QString&, double fraction) {
        if (m_progress && m_jobId != 0 && m_workspace.jobs().currentId() == m_jobId &&
            fraction >= 0)
            m_progress->setValue(int(fraction * 100));
    });
    m_progress->setValue(0);
    m_progress->show();
    m_jobId = jobs.run(std::move(job), this, [this, report](const JobResult& result) {
        onImportFinished(result, *report);
    });
}

void ImportPage::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && !isImporting())
        event->acceptProposedAction();
}

void ImportPage::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // A .csv is a chat export when its header is one's, an order list when it has an amount
    // column, else a member list; anything else is tried as a chat export.
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) || isChatCsv(path)) {
        previewChatFile(path);
        return;
    }
    const Database* db = m_workspace.database();
    auto orders = db ? OrderCsvImporter::preview(*db, path, 0) : Result<OrderCsvPreview>(Error{});
    if (orders && orders->mapping.has(OrderField::Amount))
        previewOrderFile(path);
    else
        previewFile(path);
}

void ImportPage::onImportFinished(const JobResult& result, const ImportReport& report) {
    m_jobId = 0;
    m_lastCancelled = result.cancelled;
    if (m_progress)
        m_progress->close();
    const QString fileName = QFileInfo(m_importPath).fileName();
    if (!result.ok()) {
        if (!result.cancelled && report.rejected &&
            (m_memberOptions || m_chatOptions || m_orderOptions)) {
            emit importFinished(false);
            offerSkippingInvalidRows(report);
            return;
        }
        if (result.cancelled) {
            MessageBoxes::information(
                this, tr("Import cancelled"),
                tr("The import of %1 was cancelled; nothing was changed.").arg(fileName));
        } else {
            Error error = result.status.error();
            if (error.file.isEmpty())
                error.file = fileName;
            MessageBoxes::error(this, tr("Cannot import this file"), error.toString(),
                                tr("Nothing was changed."));
        }
        emit importFinished(false);
        return;
    }
    // The job runner has told the pages to reload (WorkspaceController::dataChanged).
    m_lastImport = fileName;
    m_lastReport = report;
    retranslate();
    auto* dialog = new ImportReportDialog(fileName, m_lastReport, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit importFinished(true);
}

void ImportPage::offerSkippingInvalidRows(const ImportReport& report) {
    const QString fileName = QFileInfo(m_importPath).fileName();
    // The first few invalid rows; the closing report lists them all.
    constexpr int kShown = 8;
    QStringList lines;
    for (const ImportReport::RowError& e : report.errors) {
        if (lines.size() == kShown) {
            lines << tr("… and %n more", "", report.problems - kShown);
            break;
        }
        lines << (e.line > 0 ? tr("Line %1: %2").arg(e.line).arg(e.reason) : e.reason);
    }
    const bool skip = MessageBoxes::ask(
        this, tr("Skip invalid rows"),
        tr("%n rows of %1 are invalid and will be skipped — continue? Nothing has been "
           "imported yet.",
           "", report.skipped)
            .arg(fileName),
        lines.join(QLatin1Char('\n')));
    if (!skip)
        return;
    if (m_chatOptions) {
        ChatImportOptions options = *m_chatOptions;
        options.skipInvalid = true;
        startChatImport(m_importPath, options);
        return;
    }
    if (m_orderOptions) {
        OrderImportOptions options = *m_orderOptions;
        options.skipInvalid = true;
        startOrderImport(m_importPath, options);
        return;
    }
    MemberImportOptions options = *m_memberOptions;
    options.skipInvalid = true;
    startImport(m_importPath, options);
}

void ImportPage::retranslate() {
    m_title->setText(tr("Import"));
    m_intro->setText(tr("Bring in what you already have. Every import is previewed first, runs "
                        "all or nothing, and can be repeated: rows already imported are "
                        "recognised and not added twice."));
    m_membersTitle->setText(tr("Member list (CSV)"));
    m_membersText->setText(
        tr("A table of people exported from Excel, WPS or another tool, in UTF-8 or GB18030. "
           "Columns understood: name, handle, platform, group, role, joined, gender, birthday, "
           "city, source, referrer, tags (separated by , or ;), notes and phone. You map the "
           "columns in a preview before anything is stored."));
    m_membersButton->setText(tr("Import member list…"));
    m_membersButton->setEnabled(m_workspace.database() != nullptr &&
                                !m_workspace.jobs().isWriting());
    m_ordersTitle->setText(tr("Order list (CSV)"));
    m_ordersText->setText(
        tr("Orders from your shop or a spreadsheet, in UTF-8 or GB18030: order number, date, "
           "the buyer's name, handle or phone, amount, currency, product and group. Buyers are "
           "matched to members; orders already imported are recognised by their number (or by "
           "date, buyer, amount and product). Stages and tags follow the new orders."));
    m_ordersButton->setText(tr("Import order list…"));
    m_ordersButton->setEnabled(m_membersButton->isEnabled());
    m_chatTitle->setText(tr("Chat exports"));
    m_chatText->setText(
        tr("A Telegram Desktop export (result.json, one chat or a full export), a WhatsApp "
           "“Export chat” (.txt or .zip), a WeChat chat saved as CSV by MemoTrace or PyWxDump, "
           "a DiscordChatExporter CSV or JSON, or any CSV with time, author and text columns. "
           "Messages become member activity; joins and leaves "
           "update the groups. You see the first messages and who each author is before "
           "anything is stored; importing the same export again adds nothing. You can also drop "
           "a file on this page."));
    m_chatButton->setText(tr("Import chat export…"));
    m_chatButton->setEnabled(m_membersButton->isEnabled());
    const ImportReport& r = m_lastReport;
    m_last->setText(m_lastImport.isEmpty()
                        ? QString()
                        : tr("Last import: %1 — %2 imported, %3 duplicates, %4 skipped.")
                              .arg(m_lastImport)
                              .arg(r.imported)
                              .arg(r.duplicates)
                              .arg(r.skipped));
}

void ImportPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && m_title)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace qundesk
