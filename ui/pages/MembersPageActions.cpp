// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// The Members page's toolbar operations: their choosers and the undo commands they push.
#include "commands/MemberCommands.h"
#include "db/Database.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/NewMemberDialog.h"
#include "export/MemberExport.h"
#include "jobs/WorkspaceJobs.h"
#include "models/MemberTableModel.h"
#include "pages/MemberFilterBar.h"
#include "pages/MembersPage.h"
#include "services/TagService.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"
#include "store/TagStore.h"

#include <QDir>
#include <QInputDialog>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUndoStack>

namespace qundesk {

void MembersPage::addMember(const NewMemberInput& input) {
    if (!m_workspace.database() || input.name.trimmed().isEmpty())
        return;
    m_undoStack.push(new AddMemberCommand(m_workspace, input));
}

void MembersPage::newMember() {
    const Database* db = m_workspace.database();
    if (!db)
        return;
    QList<Group> groups;
    if (auto list = GroupStore(*db).list(false); list)
        groups = std::move(list).value();
    NewMemberDialog dialog(groups, m_filters->filter().groupId, this);
    if (dialog.exec() == QDialog::Accepted)
        addMember(dialog.input());
}

void MembersPage::deleteSelection() {
    const QList<qint64> ids = selectedMemberIds();
    if (ids.isEmpty() || !m_workspace.database())
        return;
    const int n = static_cast<int>(ids.size());
    const bool yes = MessageBoxes::ask(
        this, tr("Delete members"), tr("Delete %n member(s)?", "", n),
        tr("Their accounts, group stays, tags, activity and touches are deleted with them; "
           "messages and orders stay without a member. Edit ▸ Undo brings everything back."));
    if (yes)
        m_undoStack.push(new DeleteMembersCommand(m_workspace, ids));
}

void MembersPage::tagSelection(const QString& tagName) {
    const QList<qint64> ids = selectedMemberIds();
    if (ids.isEmpty() || tagName.trimmed().isEmpty() || !m_workspace.database())
        return;
    m_undoStack.push(new BulkTagCommand(m_workspace, ids, tagName, BulkTagCommand::Mode::Tag));
}

void MembersPage::untagSelection(const QString& tagName) {
    const QList<qint64> ids = selectedMemberIds();
    if (ids.isEmpty() || tagName.trimmed().isEmpty() || !m_workspace.database())
        return;
    m_undoStack.push(new BulkTagCommand(m_workspace, ids, tagName, BulkTagCommand::Mode::Untag));
}

void MembersPage::addSelectionToGroup(qint64 groupId) {
    const QList<qint64> ids = selectedMemberIds();
    const Database* db = m_workspace.database();
    if (ids.isEmpty() || !db)
        return;
    auto group = GroupStore(*db).get(groupId);
    if (!group) {
        MessageBoxes::error(this, tr("Add to group"), group.error().toString());
        return;
    }
    m_undoStack.push(new AddToGroupCommand(m_workspace, ids, groupId, group->name));
}

namespace {

QStringList tagNames(const Database& db) {
    QStringList names;
    if (auto tags = TagStore(db).list(); tags) {
        for (const Tag& t : *tags)
            names << t.name;
    }
    return names;
}

} // namespace

void MembersPage::chooseTag() {
    const Database* db = m_workspace.database();
    const int n = static_cast<int>(selectedMemberIds().size());
    if (!db || n == 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Tag members"), tr("Tag for %n member(s) — choose one or type a new one:", "", n),
        tagNames(*db), 0, true, &ok);
    if (ok)
        tagSelection(name);
}

void MembersPage::chooseUntag() {
    const Database* db = m_workspace.database();
    const int n = static_cast<int>(selectedMemberIds().size());
    if (!db || n == 0)
        return;
    const QStringList names = tagNames(*db);
    if (names.isEmpty()) {
        MessageBoxes::information(this, tr("Untag members"), tr("There are no tags yet."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Untag members"),
                                               tr("Tag to take away from %n member(s):", "", n),
                                               names, 0, false, &ok);
    if (ok)
        untagSelection(name);
}

void MembersPage::chooseGroup() {
    const Database* db = m_workspace.database();
    const int n = static_cast<int>(selectedMemberIds().size());
    if (!db || n == 0)
        return;
    auto groups = GroupStore(*db).list(false);
    if (!groups || groups->isEmpty()) {
        MessageBoxes::information(this, tr("Add to group"), tr("There are no groups yet."));
        return;
    }
    QStringList names;
    for (const Group& g : *groups)
        names << g.name;
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Add to group"), tr("Group for %n member(s):", "", n), names, 0, false, &ok);
    if (!ok)
        return;
    if (const qsizetype i = names.indexOf(name); i >= 0)
        addSelectionToGroup(groups->at(i).id);
}

bool MembersPage::exportTo(const QString& path) {
    const Database* db = m_workspace.database();
    if (!db || path.isEmpty())
        return false;
    // Written by a job (progress and Cancel in the status bar); the outcome is shown at its end.
    auto written = std::make_shared<int>(0);
    m_workspace.jobs().run(
        WorkspaceJobs::exportMembers(m_model->ids(), path, written), this,
        [this, path, written](const JobResult& result) {
            if (result.cancelled)
                return;
            if (!result.ok()) {
                MessageBoxes::error(this, tr("Export failed"), result.status.error().toString());
                return;
            }
            MessageBoxes::information(this, tr("Export members"),
                                      tr("Exported %n member(s) to %1.", "", *written)
                                          .arg(QDir::toNativeSeparators(path)));
        });
    return true;
}

void MembersPage::chooseExport() {
    QString filter = tr("CSV file (*.csv)");
    if (MemberExport::xlsxAvailable())
        filter += QStringLiteral(";;") + tr("Excel workbook (*.xlsx)");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        FileDialogs::saveFile(this, tr("Export members"),
                              QDir(dir).filePath(tr("members") + QStringLiteral(".csv")), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    exportTo(path);
}

bool MembersPage::saveSegment(const QString& name) {
    const Database* db = m_workspace.database();
    const MemberFilterDefinition definition = m_filters->definition();
    if (!db || name.trimmed().isEmpty() || definition.isEmpty())
        return false;
    Segment segment;
    segment.name = name.trimmed();
    segment.definition =
        QString::fromUtf8(QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact));
    auto id = TagService::createSegment(*db, segment);
    if (!id) {
        MessageBoxes::error(this, tr("Could not save the segment"), id.error().toString());
        return false;
    }
    m_workspace.notifyDataChanged(); // the filter bar then lists the new segment
    return true;
}

void MembersPage::chooseSegmentName() {
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save as segment"), tr("Name of the new segment:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        saveSegment(name);
}

} // namespace qundesk
