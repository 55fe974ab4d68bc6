// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/MemberImportDialog.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "model/Group.h"
#include "store/GroupStore.h"

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
}

MemberImportDialog::MemberImportDialog(const Database& db, const QString& path,
                                       const MemberCsvPreview& preview, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_preview(preview) {
    setObjectName(QStringLiteral("memberImportDialog"));
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
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->setHorizontalHeaderLabels(preview.header);
    QStringList lines{QString()}; // row 0 holds the mapping combos
    for (int r = 0; r < preview.rows.size(); ++r) {
        lines << QString::number(r + 2); // file line numbers: the header is line 1
        for (int c = 0; c < preview.rows.at(r).size(); ++c)
            m_table->setItem(r + 1, c, new QTableWidgetItem(preview.rows.at(r).at(c)));
    }
    m_table->setVerticalHeaderLabels(lines);
    for (int c = 0; c < columns; ++c) {
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("mappingCombo_%1").arg(c));
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
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("defaultGroupCombo"));
    m_group->setEditable(true); // a new name creates that group
    m_group->addItem(QString());
    if (auto groups = GroupStore(db).list(false)) {
        for (const Group& g : *groups)
            m_group->addItem(g.name);
    }
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("defaultPlatformCombo"));
    for (const QString& key : platform::keys())
        m_platform->addItem(platform::label(key), key);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mappingProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberImportDialog::reject);

    m_dateLabel = new QLabel(this);
    m_groupLabel = new QLabel(this);
    m_platformLabel = new QLabel(this);
    auto* form = new QFormLayout;
    form->addRow(m_dateLabel, m_dateOrder);
    form->addRow(m_groupLabel, m_group);
    form->addRow(m_platformLabel, m_platform);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_encoding);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    retranslate();
    resize(980, 600);
}

void MemberImportDialog::fillCombo(QComboBox* combo) const {
    const QVariant current = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("(ignore)"), kIgnore);
    for (MemberField field : MemberCsvMapping::allFields())
        combo->addItem(MemberCsvMapping::fieldLabel(field), int(field));
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

// One field fills one column: choosing it here frees it elsewhere.
void MemberImportDialog::onMappingChanged(int column) {
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

MemberCsvMapping MemberImportDialog::mapping() const {
    MemberCsvMapping mapping;
    for (int c = 0; c < m_combos.size(); ++c) {
        const int field = m_combos.at(c)->currentData().toInt();
        if (field != kIgnore)
            mapping.columns.insert(MemberField(field), c);
    }
    return mapping;
}

MemberImportOptions MemberImportDialog::options() const {
    MemberImportOptions options;
    options.mapping = mapping();
    options.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    options.defaultGroup = m_group->currentText().trimmed();
    options.defaultPlatform = m_platform->currentData().toString();
    return options;
}

void MemberImportDialog::accept() {
    if (auto s = mapping().validate(); !s) {
        MessageBoxes::error(this, tr("Cannot import this file"),
                            Error{s.error().message, QFileInfo(m_path).fileName(), 1}.toString());
        return;
    }
    QDialog::accept();
}

void MemberImportDialog::retranslate() {
    setWindowTitle(tr("Import member list — %1").arg(QFileInfo(m_path).fileName()));
    m_intro->setText(
        tr("Check how the columns are read. The first %n row(s) of the file are shown; "
           "choose in the top row what each column holds.",
           "", int(m_preview.rows.size())));
    const QString encoding =
        QString::fromLatin1(TextEncodingDetector::decoderName(m_preview.encoding));
    m_encoding->setText(
        m_preview.remembered
            ? tr("Encoding: %1 · column mapping remembered from an earlier import").arg(encoding)
            : tr("Encoding: %1").arg(encoding));
    for (QComboBox* combo : m_combos)
        fillCombo(combo);
    m_dateOrder->setItemText(0, tr("Year-month-day (2024-05-03)"));
    m_dateOrder->setItemText(1, tr("Day-month-year (03/05/2024)"));
    m_dateOrder->setItemText(2, tr("Month-day-year (05/03/2024)"));
    m_dateLabel->setText(tr("&Dates are written:"));
    m_dateLabel->setBuddy(m_dateOrder);
    m_groupLabel->setText(tr("&Group for rows without one:"));
    m_groupLabel->setBuddy(m_group);
    m_platformLabel->setText(tr("&Platform for rows without one:"));
    m_platformLabel->setBuddy(m_platform);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    const Status valid = mapping().validate();
    m_problem->setText(valid ? QString() : valid.error().message);
    m_problem->setVisible(!valid);
}

void MemberImportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && m_buttons)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace qundesk
