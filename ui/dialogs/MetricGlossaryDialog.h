// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QDialogButtonBox;
class QTextBrowser;

namespace qundesk {

// Help ▸ Metric glossary: the one definition of each metric (DESIGN.md "Metrics") that charts,
// reports and the CLI share, in the interface language.
class MetricGlossaryDialog final : public QDialog {
    Q_OBJECT

public:
    explicit MetricGlossaryDialog(QWidget* parent = nullptr);

    // (term, definition) pairs, translated.
    static QList<QPair<QString, QString>> entries();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTextBrowser* m_text = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace qundesk
