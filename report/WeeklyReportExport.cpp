// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "WeeklyReportExport.h"

#include "WeeklyReportPdf.h"
#include "db/Database.h"
#include "jobs/JobContext.h"
#include "store/SettingsStore.h"
#include "util/TargetPath.h"
#include "util/Time.h"

#include <QFileInfo>
#include <QSaveFile>

namespace qundesk {

Result<WeeklyReportResult> WeeklyReportExport::write(const Database& db, const QDate& monday,
                                                     const QString& path) {
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return Error{tr("Choose a file name ending in .pdf."), path, 0};
    auto target = TargetPath::forWriting(path, db.path());
    if (!target)
        return target.error();
    const QDate week = monday.isValid()
                           ? monday
                           : weeklyreport::lastFullWeek(time::today(SettingsStore(db).timeZone()));
    auto data = weeklyreport::compute(db, week);
    if (!data)
        return data.error();
    QSaveFile file(*target);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write the file: %1").arg(file.errorString()),
                     QFileInfo(path).fileName(), 0};
    auto pages = WeeklyReportPdf::write(*data, &file);
    if (!pages) {
        file.cancelWriting();
        return Error{pages.error().message, QFileInfo(path).fileName(), 0};
    }
    if (!file.commit())
        return Error{tr("Cannot write the file: %1").arg(file.errorString()),
                     QFileInfo(path).fileName(), 0};
    return WeeklyReportResult{std::move(data).value(), *target, *pages};
}

Job WeeklyReportExport::job(const QDate& monday, const QString& path,
                            std::shared_ptr<WeeklyReportResult> result) {
    Job job;
    job.title = tr("Exporting the weekly report");
    job.access = JobAccess::Read;
    job.run = [monday, path, result](JobContext& context) -> Status {
        auto written = write(*context.database(), monday, path);
        if (!written)
            return written.error();
        if (result)
            *result = std::move(written).value();
        return {};
    };
    return job;
}

} // namespace qundesk
