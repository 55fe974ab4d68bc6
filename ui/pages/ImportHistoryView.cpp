// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/ImportHistoryView.h"

#include "db/Database.h"
#include "pages/DeferredReload.h"
#include "shell/WorkspaceController.h"
#include "store/ActivityStore.h"
#include "store/SettingsStore.h"

#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qundesk {

namespace {
enum Column { When, Kind, File, Imported, Duplicates, Skipped, ColumnCount };
} // namespace

ImportHistoryView::ImportHistoryView(WorkspaceController& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("importHistory"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("importHistoryTitle"));
    QFont heading = m_title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_title->setFont(heading);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("importHistoryList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(File, QHeaderView::Stretch);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("importHistoryEmpty"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1, Qt::AlignTop | Qt::AlignLeft);
    // Hidden behind another page, the list reloads when it is shown again.
    auto* reloader =
        new DeferredReload(this, QStringLiteral("import history"), [this] { reload(); });
    connect(&m_workspace, &WorkspaceController::workspaceChanged, reloader,
            &DeferredReload::request);
    connect(&m_workspace, &WorkspaceController::dataChanged, reloader, &DeferredReload::request);
    retranslate(); // also fills the list
}

void ImportHistoryView::reload() {
    m_list->clear();
    QList<ImportRecord> imports;
    QTimeZone zone = QTimeZone::utc();
    if (Database* db = m_workspace.database()) {
        zone = SettingsStore(*db).timeZone(); // times shown as the workspace's clocks show them
        if (auto list = ActivityStore(*db).listImports(50))
            imports = std::move(list).value();
    }
    const QLocale locale;
    for (const ImportRecord& r : imports) {
        const QJsonObject report = QJsonDocument::fromJson(r.reportJson.toUtf8()).object();
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(When, locale.toString(r.importedAt.toTimeZone(zone), QLocale::ShortFormat));
        item->setText(Kind, r.kind == QLatin1String("members")  ? tr("Member list")
                            : r.kind == QLatin1String("orders") ? tr("Orders")
                                                                : tr("Chat export"));
        item->setText(File, r.fileName);
        const int counts[] = {report.value(QStringLiteral("imported")).toInt(),
                              report.value(QStringLiteral("duplicates")).toInt(),
                              report.value(QStringLiteral("skipped")).toInt()};
        for (int c = 0; c < 3; ++c) {
            item->setText(Imported + c, locale.toString(counts[c]));
            item->setTextAlignment(Imported + c, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_list->setVisible(!imports.isEmpty());
    m_empty->setVisible(imports.isEmpty());
}

void ImportHistoryView::retranslate() {
    m_title->setText(tr("Past imports"));
    m_empty->setText(tr("Nothing has been imported into this workspace yet."));
    m_list->setHeaderLabels(
        {tr("When"), tr("What"), tr("File"), tr("Imported"), tr("Duplicates"), tr("Skipped")});
    reload();
}

void ImportHistoryView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace qundesk
