// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/WeeklyReportAction.h"

#include "WeeklyReportExport.h"
#include "db/Database.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QDir>
#include <QPointer>
#include <QStandardPaths>
#include <QWidget>

namespace qundesk {

void WeeklyReportAction::run(QWidget* window, WorkspaceController& workspace, const QDate& monday) {
    const Database* db = workspace.database();
    if (!db)
        return;
    const QDate week = monday.isValid()
                           ? monday
                           : weeklyreport::lastFullWeek(time::today(SettingsStore(*db).timeZone()));
    const QString name = weeklyreport::isoWeekName(week);
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("Weekly report %1.pdf").arg(name));
    QString target = FileDialogs::saveFile(
        window,
        tr("Export weekly report %1 (%2 – %3)")
            .arg(name, week.toString(Qt::ISODate), week.addDays(6).toString(Qt::ISODate)),
        suggested, tr("PDF files (*.pdf)"));
    if (target.isEmpty())
        return;
    if (!target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        target += QStringLiteral(".pdf");
    auto result = std::make_shared<WeeklyReportResult>();
    QPointer<QWidget> parent(window);
    workspace.jobs().run(
        WeeklyReportExport::job(week, target, result), window,
        [parent, target, result, name](const JobResult& job) {
            if (!parent)
                return;
            if (!job.ok()) {
                if (!job.cancelled)
                    MessageBoxes::error(
                        parent, tr("Cannot export the weekly report"),
                        tr("The report %1 was not written.").arg(QDir::toNativeSeparators(target)),
                        job.status.error().toString());
                return;
            }
            MessageBoxes::information(
                parent, tr("Weekly report written"),
                tr("The weekly report %1 (%n page(s)) was saved to %2.", "", result->pages)
                    .arg(name, QDir::toNativeSeparators(result->path)));
        });
}

} // namespace qundesk
