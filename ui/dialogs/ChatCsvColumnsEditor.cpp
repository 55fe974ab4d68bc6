// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/ChatCsvColumnsEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace qundesk {

namespace {

// Items: "(none)" with data -1 when optional, then each column with its 0-based index.
void fill(QComboBox* combo, const QStringList& header, int current, bool optional,
          const QString& none) {
    const QSignalBlocker block(combo);
    combo->clear();
    if (optional)
        combo->addItem(none, -1);
    for (qsizetype i = 0; i < header.size(); ++i)
        combo->addItem(QStringLiteral("%1. %2").arg(QString::number(i + 1), header.at(i)), int(i));
    combo->setCurrentIndex(combo->findData(current));
}

QString reference(const QComboBox* combo) {
    const int column = combo->currentIndex() >= 0 ? combo->currentData().toInt() : -1;
    return column >= 0 ? QString::number(column + 1) : QString();
}

} // namespace

ChatCsvColumnsEditor::ChatCsvColumnsEditor(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("chatCsvColumns"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](QLabel*& label, QComboBox*& combo, const char* name) {
        label = new QLabel(this);
        combo = new QComboBox(this);
        combo->setObjectName(QLatin1String(name));
        form->addRow(label, combo);
        connect(combo, &QComboBox::activated, this, &ChatCsvColumnsEditor::changed);
    };
    add(m_timeLabel, m_time, "csvTimeColumn");
    add(m_authorLabel, m_author, "csvAuthorColumn");
    add(m_textLabel, m_text, "csvTextColumn");
    add(m_authorIdLabel, m_authorId, "csvAuthorIdColumn");
    retranslate();
}

void ChatCsvColumnsEditor::setHeader(const QStringList& header, const ChatCsvColumns& columns) {
    m_header = header;
    const QString none = tr("(none)");
    fill(m_time, header, columns.time, false, none);
    fill(m_author, header, columns.author, false, none);
    fill(m_text, header, columns.text, false, none);
    fill(m_authorId, header, columns.authorId, true, none);
}

ChatCsvMapping ChatCsvColumnsEditor::mapping() const {
    ChatCsvMapping m;
    m.time = reference(m_time);
    m.author = reference(m_author);
    m.text = reference(m_text);
    m.authorId = reference(m_authorId);
    return m;
}

bool ChatCsvColumnsEditor::complete() const {
    const ChatCsvMapping m = mapping();
    return !m.time.isEmpty() && !m.author.isEmpty() && !m.text.isEmpty();
}

void ChatCsvColumnsEditor::retranslate() {
    m_timeLabel->setText(tr("Time column:"));
    m_authorLabel->setText(tr("Author column:"));
    m_textLabel->setText(tr("Text column:"));
    m_authorIdLabel->setText(tr("Author id column (optional):"));
    for (QComboBox* required : {m_time, m_author, m_text})
        required->setPlaceholderText(tr("Choose a column…"));
    if (m_authorId->count() > 0)
        m_authorId->setItemText(0, tr("(none)"));
}

void ChatCsvColumnsEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && m_timeLabel)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace qundesk
