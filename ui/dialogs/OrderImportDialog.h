// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/OrderCsvImporter.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace qundesk {

class Database;

// The preview step of an order-list import: the first rows of the file under a row of column
// mapping combos (prefilled from the guessed mapping), the detected encoding and the date order.
// Rows that cannot be read as orders with the current mapping are marked, with the reason as
// tooltip (whether each buyer is a known member is checked by the import itself). Accepting
// checks the mapping; the caller runs the import with options().
class OrderImportDialog final : public QDialog {
    Q_OBJECT

public:
    OrderImportDialog(const Database& db, const QString& path, const OrderCsvPreview& preview,
                      QWidget* parent = nullptr);

    QString path() const { return m_path; }
    OrderCsvMapping mapping() const;
    OrderImportOptions options() const; // without progress
    QComboBox* mappingCombo(int column) const { return m_combos.value(column); }
    QComboBox* dateOrderCombo() const { return m_dateOrder; }
    int invalidPreviewRows() const { return m_invalidRows; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void onMappingChanged(int column);
    void fillCombo(QComboBox* combo) const;
    void markInvalidRows();
    void retranslate();

    QString m_path;
    OrderCsvPreview m_preview;
    QTimeZone m_zone;
    QString m_currency;
    int m_invalidRows = 0;
    QList<QComboBox*> m_combos;
    QTableWidget* m_table = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_encoding = nullptr;
    QLabel* m_invalid = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_dateLabel = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace qundesk
