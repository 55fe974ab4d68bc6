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
    // Index of each chart's entry in entries() (the charts' "?" buttons open it there).
    enum Entry {
        ActiveMember = 0,
        DauAndActiveRate = 1,
        Growth = 3,
        Retention = 4,
        Funnel = 5,
        Lifecycle = 6,
        TopShare = 7,
        MessagesPerDay = 10,
        PostingHours = 11,
        RevenuePerGroup = 12,
        TopReferrers = 13,
    };
    // Scrolls to entry `index` and highlights it.
    void showEntry(int index);
    int shownEntry() const { return m_entry; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QTextBrowser* m_text = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    int m_entry = -1;
};

} // namespace qundesk
