// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/MetricGlossaryDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qundesk {

MetricGlossaryDialog::MetricGlossaryDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("metricGlossaryDialog"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("glossaryText"));
    m_text->setOpenLinks(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MetricGlossaryDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_buttons);
    resize(640, 560);
    retranslate();
}

QList<QPair<QString, QString>> MetricGlossaryDialog::entries() {
    return {
        {tr("Active member"),
         tr("A member is active in a group on a day when they sent at least one message there "
            "that day.")},
        {tr("DAU and active rate"),
         tr("DAU is the number of distinct active members of a group on a day; the active rate "
            "is DAU divided by the members present that day (joined on or before it, not yet "
            "left). WAU and MAU use 7- and 30-day windows.")},
        {tr("Silent days"),
         tr("Days since the member's last message in the group, or since joining when they "
            "never posted. A member is silent from 30 silent days on (configurable).")},
        {tr("Growth"), tr("Joins, leaves and net change per day, and the member count over time.")},
        {tr("Retention"),
         tr("Of the members who joined in week w, the share that is active in week w+k.")},
        {tr("Conversion funnel"),
         tr("Members → engaged (active at least once in the period) → buyers (an order in the "
            "period) → repeat buyers (two or more orders in all, one in the period). The "
            "conversion rate is buyers divided by members.")},
        {tr("Lifecycle stage"),
         tr("The first rule that matches wins: Declining when silent 30 days or more and no "
            "order in 90 days; Extending with 2 or more orders or at least one referral; Mature "
            "with 1 order or more; New when joined less than 14 days ago; otherwise Growing. "
            "All thresholds are configurable.")},
        {tr("Top-20% share"), tr("The revenue of the top fifth of buyers divided by all revenue.")},
        {tr("Operator load"),
         tr("Active groups run by one operator: up to 5 is green, 6 to 7 amber, more is red.")},
        {tr("Fatigue limits"),
         tr("By default at most 3 private touches per member per 7 days, at most 4 planned "
            "posts per group per day, quiet hours from 22:00 to 08:00, and a marketing line of "
            "at most 40% of a group's week.")},
        {tr("Messages per day"),
         tr("Messages sent in a group on each day, counted on the day they were sent in the "
            "workspace's time zone; days without messages count zero.")},
        {tr("Best posting hours"),
         tr("Messages per weekday and hour of the day over the period, in the workspace's time "
            "zone: the darker the cell, the more the group talks then.")},
        {tr("Revenue per group"),
         tr("The amount of the orders of the period attributed to each group, in the "
            "workspace currency; amounts in other currencies are shown apart, never added.")},
        {tr("Top referrers"),
         tr("Members ranked by the members they invited who joined in the period, with how "
            "many of those have bought.")},
    };
}

void MetricGlossaryDialog::showEntry(int index) {
    m_entry = index;
    retranslate();
}

void MetricGlossaryDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MetricGlossaryDialog::retranslate() {
    setWindowTitle(tr("Metric glossary"));
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(tr("Metric glossary").toHtmlEscaped(),
                 tr("Every chart, report and command uses these definitions.").toHtmlEscaped());
    int index = 0;
    for (const auto& [term, definition] : entries()) {
        const bool chosen = index == m_entry;
        html += QStringLiteral("<a name=\"entry%1\"></a><h4>%2</h4><p%3>%4</p>")
                    .arg(QString::number(index++), term.toHtmlEscaped(),
                         chosen ? QStringLiteral(" style=\"background-color:#fff4cc\"") : QString(),
                         definition.toHtmlEscaped());
    }
    m_text->setHtml(html);
    if (m_entry >= 0)
        m_text->scrollToAnchor(QStringLiteral("entry%1").arg(m_entry));
}

} // namespace qundesk
