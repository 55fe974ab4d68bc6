// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/DialogJob.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>

namespace qundesk {

JobResult runJobFromDialog(QWidget* parent, JobRunner& runner, Job job) {
    QProgressDialog progress(job.title, job.cancellable ? QCoreApplication::translate("qundesk::JobIndicator", "Cancel") : QString(), 0,
                             100, parent);
    progress.setObjectName(QStringLiteral("dialogJobProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QEventLoop loop;
    JobResult result;
    bool ended = false;
    const quint64 id = runner.run(std::move(job), &progress, [&](const JobResult& r) {
        result = r;
        ended = true;
        loop.quit();
    });
    QObject::connect(&runner, &JobRunner::progressed, &progress,
                     [&progress](const QString&, double fraction) {
                         if (fraction >= 0)
                             progress.setValue(qBound(0, int(fraction * 100), 99));
                     });
    QObject::connect(&progress, &QProgressDialog::canceled, &runner,
                     [&runner, id] { runner.cancel(id); });
    if (!ended && runner.isPending(id))
        loop.exec();
    progress.close();
    return result;
}

} // namespace qundesk
