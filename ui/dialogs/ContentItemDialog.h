// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/ContentItem.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace qundesk {

class RecurrenceEditor;

// Creates or edits one calendar item (or one occurrence of a series): title, group (or all
// groups), channel, content line, status, start (wall-clock time of the workspace zone),
// duration, owner, body, attachments and the recurrence with the rule in words. The fatigue
// warnings of the item's day are listed under the fields. With `canDelete`, a Delete button
// closes the dialog with deleteChosen() true.
class ContentItemDialog final : public QDialog {
    Q_OBJECT

public:
    ContentItemDialog(const ContentItem& item, const QHash<qint64, QString>& groupNames,
                      bool canDelete, QWidget* parent = nullptr);

    ContentItem item() const;
    bool deleteChosen() const { return m_delete; }
    void setWarnings(const QStringList& warnings);
    // Asked again whenever the start, group, channel, line, status or rule changes: the
    // fatigue warnings the item as edited would bring (the page computes them).
    void setWarningSource(std::function<QStringList(const ContentItem&)> source);
    RecurrenceEditor& recurrence() const { return *m_recurrence; }

    void accept() override;

private:
    void addAttachment();

    ContentItem m_item;
    bool m_delete = false;
    QLineEdit* m_title = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_line = nullptr;
    QComboBox* m_status = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QSpinBox* m_duration = nullptr;
    QLineEdit* m_owner = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QListWidget* m_attachments = nullptr;
    RecurrenceEditor* m_recurrence = nullptr;
    QLabel* m_warnings = nullptr;
    QLabel* m_error = nullptr;
    std::function<QStringList(const ContentItem&)> m_warningSource;
};

} // namespace qundesk
