// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/ImportReportDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qundesk {

ImportReportDialog::ImportReportDialog(const QString& fileName, const ImportReport& report,
                                       QWidget* parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_report(report) {
    setObjectName(QStringLiteral("importReportDialog"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_errorsTitle = new QLabel(this);
    m_errors = new QTableWidget(int(report.errors.size()), 2, this);
    m_errors->setObjectName(QStringLiteral("reportErrorTable"));
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->verticalHeader()->hide();
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int r = 0; r < report.errors.size(); ++r) {
        const ImportReport::RowError& e = report.errors.at(r);
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, e.line);
        m_errors->setItem(r, 0, line);
        m_errors->setItem(r, 1, new QTableWidgetItem(e.reason));
    }
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyErrorsButton"));
    m_copy->setEnabled(!report.errors.isEmpty());
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(errorsText()); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportReportDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_errorsTitle);
    layout->addWidget(m_errors, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_copy);
    bottom->addStretch();
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    m_errors->setVisible(!report.errors.isEmpty());
    retranslate();
    resize(640, report.errors.isEmpty() ? 280 : 480);
}

QString ImportReportDialog::errorsText() const {
    QStringList lines;
    for (const ImportReport::RowError& e : m_report.errors)
        lines << QStringLiteral("%1\t%2").arg(QString::number(e.line), e.reason);
    return lines.join(QLatin1Char('\n'));
}

void ImportReportDialog::retranslate() {
    setWindowTitle(tr("Import report — %1").arg(m_fileName));
    const ImportReport& r = m_report;
    QList<QPair<QString, int>> counts = {
        {tr("Rows imported"), r.imported},       {tr("Already known (duplicates)"), r.duplicates},
        {tr("Rows skipped"), r.skipped},         {tr("Members created"), r.membersCreated},
        {tr("Groups created"), r.groupsCreated}, {tr("Tags created"), r.tagsCreated},
    };
    // Chat imports: who came and went.
    if (r.joins > 0 || r.leaves > 0)
        counts << QPair<QString, int>(tr("Joins"), r.joins)
               << QPair<QString, int>(tr("Leaves"), r.leaves);
    QString html = QStringLiteral("<table cellspacing='4'>");
    for (const auto& [label, value] : counts)
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>")
                    .arg(label.toHtmlEscaped(), QLocale().toString(value));
    m_summary->setText(html + QStringLiteral("</table>"));
    m_errorsTitle->setText(r.errors.isEmpty() ? tr("No row had a problem.")
                                              : tr("%n row problem(s), by line of the file:", "",
                                                   int(r.errors.size())));
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_copy->setText(tr("&Copy problems"));
}

void ImportReportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && m_copy)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace qundesk
