// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/ChatCsvMapping.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace qundesk {

// The column choice of a generic chat CSV in the import preview: which column holds the time,
// the author, the text and (optionally) the author's id. Filled from the file's header and the
// columns guessed from it; changed() fires when the user picks another column.
class ChatCsvColumnsEditor final : public QWidget {
    Q_OBJECT

public:
    explicit ChatCsvColumnsEditor(QWidget* parent = nullptr);

    void setHeader(const QStringList& header, const ChatCsvColumns& columns);
    // The choice as a mapping by 1-based column number (empty for what is not chosen).
    ChatCsvMapping mapping() const;
    bool complete() const; // time, author and text chosen

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QStringList m_header;
    QLabel* m_timeLabel = nullptr;
    QLabel* m_authorLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QLabel* m_authorIdLabel = nullptr;
    QComboBox* m_time = nullptr;
    QComboBox* m_author = nullptr;
    QComboBox* m_text = nullptr;
    QComboBox* m_authorId = nullptr;
};

} // namespace qundesk
