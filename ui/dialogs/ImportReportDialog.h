// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/ImportReport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qundesk {

// What an import did: the counts, then every row problem with its line (copyable as text).
class ImportReportDialog final : public QDialog {
    Q_OBJECT

public:
    ImportReportDialog(const QString& fileName, const ImportReport& report,
                       QWidget* parent = nullptr);

    const ImportReport& report() const { return m_report; }
    // The problems as "line<TAB>reason" lines, as copied to the clipboard.
    QString errorsText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_fileName;
    ImportReport m_report;
    QLabel* m_summary = nullptr;
    QLabel* m_errorsTitle = nullptr;
    QTableWidget* m_errors = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace qundesk
