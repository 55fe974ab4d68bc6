// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/OrderImportDialog.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "import/CsvReader.h"
#include "import/OrderRowParser.h"
#include "store/SettingsStore.h"

#include <QBrush>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qundesk {

namespace {
constexpr int kIgnore = -1; // combo data of "(ignore)"
const QColor kInvalidRow(0xfd, 0xe2, 0xe1);
} // namespace

OrderImportDialog::OrderImportDialog(const Database& db, const QString& path,
                                     const OrderCsvPreview& preview, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_preview(preview) {
    setObjectName(QStringLiteral("orderImportDialog"));
    const SettingsStore settings(db);
    m_zone = settings.timeZone();
    m_currency = settings.currency();
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_encoding = new QLabel(this);
    m_encoding->setObjectName(QStringLiteral("encodingLabel"));

    int columns = int(preview.header.size());
    for (const QStringList& row : preview.rows)
        columns = qMax(columns, int(row.size()));
    m_table = new QTableWidget(int(preview.rows.size()) + 1, columns, this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->setHorizontalHeaderLabels(preview.header);
    QStringList lines{QString()}; // row 0 holds the mapping combos
    for (int r = 0; r < preview.rows.size(); ++r) {
        lines << QString::number(preview.lines.value(r, r + 2));
        for (int c = 0; c < columns; ++c)
            m_table->setItem(r + 1, c, new QTableWidgetItem(preview.rows.at(r).value(c)));
    }
    m_table->setVerticalHeaderLabels(lines);
    for (int c = 0; c < columns; ++c) {
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("orderMappingCombo_%1").arg(c));
        fillCombo(combo);
        int field = kIgnore;
        for (auto it = preview.mapping.columns.cbegin(); it != preview.mapping.columns.cend(); ++it)
            field = it.value() == c ? int(it.key()) : field;
        combo->setCurrentIndex(qMax(0, combo->findData(field)));
        m_table->setCellWidget(0, c, combo);
        m_combos.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c] { onMappingChanged(c); });
    }
    m_table->setRowHeight(0, m_combos.isEmpty() ? 30 : m_combos.first()->sizeHint().height() + 6);

    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->addItem(QString(), int(DateOrder::YMD));
    m_dateOrder->addItem(QString(), int(DateOrder::DMY));
    m_dateOrder->addItem(QString(), int(DateOrder::MDY));
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &OrderImportDialog::retranslate);
    m_invalid = new QLabel(this);
    m_invalid->setObjectName(QStringLiteral("invalidRowsLabel"));
    m_invalid->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mappingProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrderImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrderImportDialog::reject);

    m_dateLabel = new QLabel(this);
    auto* form = new QFormLayout;
    form->addRow(m_dateLabel, m_dateOrder);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_encoding);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_invalid);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    retranslate();
    resize(980, 560);
}

void OrderImportDialog::fillCombo(QComboBox* combo) const {
    const QVariant current = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("(ignore)"), kIgnore);
    for (OrderField field : OrderCsvMapping::allFields())
        combo->addItem(OrderCsvMapping::fieldLabel(field), int(field));
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

// One field fills one column: choosing it here frees it elsewhere.
void OrderImportDialog::onMappingChanged(int column) {
    const int field = m_combos.at(column)->currentData().toInt();
    if (field != kIgnore) {
        for (int c = 0; c < m_combos.size(); ++c) {
            if (c != column && m_combos.at(c)->currentData().toInt() == field) {
                const QSignalBlocker block(m_combos.at(c));
                m_combos.at(c)->setCurrentIndex(0);
            }
        }
    }
    retranslate();
}

OrderCsvMapping OrderImportDialog::mapping() const {
    OrderCsvMapping mapping;
    for (int c = 0; c < m_combos.size(); ++c) {
        const int field = m_combos.at(c)->currentData().toInt();
        if (field != kIgnore)
            mapping.columns.insert(OrderField(field), c);
    }
    return mapping;
}

OrderImportOptions OrderImportDialog::options() const {
    OrderImportOptions options;
    options.mapping = mapping();
    options.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    return options;
}

// Reads each preview row as the import will (without looking buyers up) and marks the ones it
// would refuse.
void OrderImportDialog::markInvalidRows() {
    const OrderCsvMapping current = mapping();
    const bool mapped = bool(current.validate());
    const OrderRowParser parser(current, DateOrder(m_dateOrder->currentData().toInt()), m_zone,
                                m_currency);
    m_invalidRows = 0;
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        QString reason;
        if (mapped) {
            const auto parsed = parser.parse({m_preview.rows.at(r), m_preview.lines.value(r)});
            if (const auto* problem = std::get_if<OrderRowProblem>(&parsed))
                reason = problem->reason;
        }
        m_invalidRows += reason.isEmpty() ? 0 : 1;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            if (QTableWidgetItem* item = m_table->item(r + 1, c)) {
                item->setBackground(reason.isEmpty() ? QBrush() : QBrush(kInvalidRow));
                item->setToolTip(reason);
            }
        }
    }
}

void OrderImportDialog::accept() {
    if (auto s = mapping().validate(); !s) {
        MessageBoxes::error(this, tr("Cannot import this file"),
                            Error{s.error().message, QFileInfo(m_path).fileName(), 1}.toString());
        return;
    }
    QDialog::accept();
}

void OrderImportDialog::retranslate() {
    setWindowTitle(tr("Import orders — %1").arg(QFileInfo(m_path).fileName()));
    m_intro->setText(
        tr("Check how the columns are read. The first %n row(s) of the file are shown; choose in "
           "the top row what each column holds. Each order needs a date, an amount and its buyer "
           "(a member's name, handle or phone).",
           "", int(m_preview.rows.size())));
    m_encoding->setText(
        tr("Encoding: %1")
            .arg(QString::fromLatin1(TextEncodingDetector::decoderName(m_preview.encoding))));
    for (QComboBox* combo : m_combos)
        fillCombo(combo);
    m_dateOrder->setItemText(0, tr("Year-month-day (2024-05-03)"));
    m_dateOrder->setItemText(1, tr("Day-month-year (03/05/2024)"));
    m_dateOrder->setItemText(2, tr("Month-day-year (05/03/2024)"));
    m_dateLabel->setText(tr("&Dates are written:"));
    m_dateLabel->setBuddy(m_dateOrder);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    markInvalidRows();
    m_invalid->setText(m_invalidRows == 0
                           ? QString()
                           : tr("%n row(s) shown cannot be read as orders (marked; point at a row "
                                "for the reason). The import will ask before skipping them.",
                                "", m_invalidRows));
    m_invalid->setVisible(m_invalidRows > 0);
    const Status valid = mapping().validate();
    m_problem->setText(valid ? QString() : valid.error().message);
    m_problem->setVisible(!valid);
}

void OrderImportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && m_buttons)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace qundesk
