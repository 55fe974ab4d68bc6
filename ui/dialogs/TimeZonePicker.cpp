// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/TimeZonePicker.h"

#include "dialogs/MessageBoxes.h"
#include "rules/TimeZoneChange.h"

#include <QCompleter>
#include <QLineEdit>
#include <QProgressDialog>

namespace qundesk {

TimeZonePicker::TimeZonePicker(QWidget* parent)
    : QComboBox(parent) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        addItem(QString::fromLatin1(id), id);
    auto* completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
}

void TimeZonePicker::setZoneId(const QByteArray& id) {
    int index = findData(id);
    if (index < 0) {
        insertItem(0, QString::fromLatin1(id), id);
        index = 0;
    }
    setCurrentIndex(index);
}

QByteArray TimeZonePicker::zoneId() const {
    const int index = findText(currentText().trimmed(), Qt::MatchFixedString);
    return index < 0 ? QByteArray() : itemData(index).toByteArray();
}

bool reportTimeZoneChange(QWidget* parent, const Status& status, bool cancelled) {
    if (status && !cancelled)
        return true;
    if (cancelled) {
        MessageBoxes::information(parent, TimeZonePicker::tr("Time zone"),
                                  TimeZonePicker::tr("The time zone was not changed."));
        return false;
    }
    MessageBoxes::error(parent, TimeZonePicker::tr("Time zone"),
                        TimeZonePicker::tr("The time zone could not be changed; the workspace "
                                           "is as it was."),
                        status.error().toString());
    return false;
}

bool changeTimeZoneWithProgress(QWidget* parent, Database& db, const QTimeZone& zone) {
    QProgressDialog progress(parent);
    progress.setObjectName(QStringLiteral("timeZoneProgress"));
    progress.setWindowTitle(TimeZonePicker::tr("Time zone"));
    progress.setLabelText(TimeZonePicker::tr("Moving days, activity, stages and tags to %1…")
                              .arg(QString::fromLatin1(zone.id())));
    progress.setRange(0, 100);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // setValue lets the dialog repaint and hear Cancel while the change runs.
    const Status status = changeTimeZone(
        db, zone, [&progress](int percent) { progress.setValue(percent); },
        [&progress] { return progress.wasCanceled(); });
    const bool cancelled = progress.wasCanceled();
    progress.close();
    return reportTimeZoneChange(parent, status, cancelled && !status); // a late Cancel changes nothing
}

} // namespace qundesk
