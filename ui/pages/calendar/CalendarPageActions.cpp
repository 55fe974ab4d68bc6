// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// What the calendar page does for the user: create, open (edit, delete), move and resize
// items as undoable commands; export and import .ics files.
#include "calendar/IcsExport.h"
#include "commands/CalendarCommands.h"
#include "db/Database.h"
#include "dialogs/ContentItemDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/ScopeQuestion.h"
#include "pages/calendar/CalendarPage.h"
#include "services/CalendarImportService.h"
#include "shell/WorkspaceController.h"
#include "store/ContentStore.h"

#include <QComboBox>
#include <QFileInfo>
#include <QUndoStack>

namespace qundesk {

namespace {

// The item as one occurrence shows it: its start, and the occurrence's own title, body,
// status and duration.
ContentItem asOccurrence(ContentItem item, const QList<ContentException>& exceptions,
                         const calendar::Occurrence& o) {
    item.startsAt = o.start;
    item.title = o.title;
    item.status = o.status;
    item.durationMin = o.durationMin;
    for (const ContentException& e : exceptions)
        if (localTime::toStorage(e.originalStart) == localTime::toStorage(o.originalStart) &&
            !e.body.isEmpty())
            item.body = e.body;
    return item;
}

} // namespace

void CalendarPage::createAt(const QDateTime& wallClock) {
    if (!m_workspace.database())
        return;
    ContentItem item;
    item.groupId = m_groupFilter->currentData().toLongLong();
    item.startsAt = wallClock;
    item.status = QStringLiteral("draft");
    ContentItemDialog dialog(item, m_snapshot.groupNames, false, this);
    dialog.setWarningSource([this](const ContentItem& candidate) {
        return previewWarnings(candidate, calendar::Occurrence{});
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ContentItem created = dialog.item();
    auto command = std::make_unique<CalendarCommand>(m_workspace, tr("Add “%1”").arg(created.title),
                                                     CalendarCommand::creating(created), this);
    if (Status s = pushCalendarCommand(m_undoStack, std::move(command)); !s)
        MessageBoxes::error(this, tr("Cannot add the item"), s.error().toString());
}

void CalendarPage::openOccurrence(const calendar::Occurrence& o) {
    Database* db = m_workspace.database();
    if (!db)
        return;
    ContentStore store(*db);
    auto item = store.get(o.itemId);
    auto exceptions = store.exceptionsFor(o.itemId);
    if (!item || !exceptions) {
        MessageBoxes::error(this, tr("Cannot open the item"),
                            (!item ? item.error() : exceptions.error()).toString());
        return;
    }
    ContentItemDialog dialog(asOccurrence(item.value(), exceptions.value(), o),
                             m_snapshot.groupNames, true, this);
    dialog.setWarningSource(
        [this, o](const ContentItem& candidate) { return previewWarnings(candidate, o); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    EditScope scope = EditScope::All;
    if (o.recurring) {
        const auto chosen =
            ScopeQuestion::ask(this, dialog.deleteChosen() ? tr("Delete “%1”").arg(o.title)
                                                           : tr("Change “%1”").arg(o.title));
        if (!chosen)
            return;
        scope = *chosen;
    }
    const QDateTime original = o.originalStart;
    const qint64 id = o.itemId;
    std::unique_ptr<CalendarCommand> command;
    if (dialog.deleteChosen()) {
        command = std::make_unique<CalendarCommand>(
            m_workspace, tr("Delete “%1”").arg(o.title),
            [id, original, scope](const Database& d) {
                return CalendarService::removeOccurrence(d, id, original, scope);
            },
            this);
    } else {
        const ContentItem edited = dialog.item();
        command = std::make_unique<CalendarCommand>(
            m_workspace, tr("Edit “%1”").arg(edited.title),
            [id, original, edited, scope](const Database& d) {
                return CalendarService::editOccurrence(d, id, original, edited, scope);
            },
            this);
    }
    if (Status s = pushCalendarCommand(m_undoStack, std::move(command)); !s)
        MessageBoxes::error(this, tr("Cannot change the item"), s.error().toString());
}

void CalendarPage::moveOccurrence(const calendar::Occurrence& o, const QDateTime& newStart) {
    const std::optional<EditScope> scope = askScope(o, tr("Move “%1”").arg(o.title));
    if (!scope)
        return;
    const qint64 id = o.itemId;
    const QDateTime original = o.originalStart;
    // A series moves by the same shift from the occurrence dragged on, or as a whole.
    auto command = std::make_unique<CalendarCommand>(
        m_workspace, tr("Move “%1”").arg(o.title),
        [id, original, newStart, scope = *scope](const Database& d) {
            return CalendarService::moveOccurrence(d, id, original, newStart, scope);
        },
        this);
    if (Status s = pushCalendarCommand(m_undoStack, std::move(command)); !s)
        MessageBoxes::error(this, tr("Cannot move the item"), s.error().toString());
}

std::optional<EditScope> CalendarPage::askScope(const calendar::Occurrence& o,
                                                const QString& title) {
    if (!o.recurring)
        return EditScope::ThisOne;
    const std::optional<EditScope> chosen = ScopeQuestion::ask(this, title);
    if (!chosen)
        reload(); // the dragged block goes back where it was
    return chosen;
}

void CalendarPage::resizeOccurrence(const calendar::Occurrence& o, int minutes) {
    Database* db = m_workspace.database();
    if (!db)
        return;
    ContentStore store(*db);
    auto item = store.get(o.itemId);
    auto exceptions = store.exceptionsFor(o.itemId);
    if (!item || !exceptions)
        return;
    ContentItem edited = asOccurrence(item.value(), exceptions.value(), o);
    edited.durationMin = minutes;
    const std::optional<EditScope> scope =
        askScope(o, tr("Change the length of “%1”").arg(o.title));
    if (!scope)
        return;
    const qint64 id = o.itemId;
    const QDateTime original = o.originalStart;
    auto command = std::make_unique<CalendarCommand>(
        m_workspace, tr("Change the length of “%1”").arg(o.title),
        [id, original, edited, scope = *scope](const Database& d) {
            return CalendarService::editOccurrence(d, id, original, edited, scope);
        },
        this);
    if (Status s = pushCalendarCommand(m_undoStack, std::move(command)); !s)
        MessageBoxes::error(this, tr("Cannot change the item"), s.error().toString());
}

void CalendarPage::exportCalendar() {
    Database* db = m_workspace.database();
    if (!db)
        return;
    QString path =
        FileDialogs::saveFile(this, tr("Export calendar"), {}, tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
        path += QStringLiteral(".ics");
    calendar::IcsExportOptions options;
    options.groupId = m_groupFilter->currentData().toLongLong();
    auto written = calendar::IcsExport::write(*db, options, path);
    if (!written) {
        MessageBoxes::error(this, tr("Cannot export the calendar"), written.error().toString());
        return;
    }
    MessageBoxes::information(
        this, tr("Calendar exported"),
        tr("%n item(s) written to %1.", "", written.value()).arg(QFileInfo(path).fileName()));
}

void CalendarPage::importCalendar() {
    Database* db = m_workspace.database();
    if (!db)
        return;
    const QString path = FileDialogs::openFile(this, tr("Import calendar"), {},
                                               tr("iCalendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    const qint64 group = m_groupFilter->currentData().toLongLong();
    auto report = CalendarImportService::importFile(
        *db, path, group > 0 ? m_groupFilter->currentText() : QString());
    if (!report) {
        MessageBoxes::error(this, tr("Cannot import the calendar"), report.error().toString());
        return;
    }
    // An import is not undoable (as other imports); what it added is reported.
    m_undoStack.clear();
    m_workspace.notifyDataChanged();
    QStringList problems;
    for (const ImportReport::RowError& e : report->errors)
        problems << tr("Line %1: %2").arg(QString::number(e.line), e.reason);
    MessageRequest request;
    request.title = tr("Calendar imported");
    request.text = tr("Imported: %1 · already there: %2 · skipped: %3")
                       .arg(QString::number(report->imported), QString::number(report->duplicates),
                            QString::number(report->skipped));
    request.informativeText = problems.join(QLatin1Char('\n'));
    MessageBoxes::show(this, request);
}

} // namespace qundesk
