// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/MemberCsvImporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace qundesk {

class Database;

// The preview step of a member-list import: the first rows of the file under a row of column
// mapping combos (prefilled from the remembered or guessed mapping), the detected encoding, the
// date order, and the group and platform for rows that name none. Accepting checks the mapping;
// the import itself is run by the caller with options().
class MemberImportDialog final : public QDialog {
    Q_OBJECT

public:
    MemberImportDialog(const Database& db, const QString& path, const MemberCsvPreview& preview,
                       QWidget* parent = nullptr);

    QString path() const { return m_path; }
    MemberCsvMapping mapping() const;
    MemberImportOptions options() const; // without progress
    QComboBox* mappingCombo(int column) const { return m_combos.value(column); }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void onMappingChanged(int column);
    void fillCombo(QComboBox* combo) const;
    void retranslate();

    QString m_path;
    MemberCsvPreview m_preview;
    QList<QComboBox*> m_combos;
    QTableWidget* m_table = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_encoding = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_dateLabel = nullptr;
    QLabel* m_groupLabel = nullptr;
    QLabel* m_platformLabel = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_platform = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace qundesk
