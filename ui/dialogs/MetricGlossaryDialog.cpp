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
    };
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
    for (const auto& [term, definition] : entries())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(term.toHtmlEscaped(), definition.toHtmlEscaped());
    m_text->setHtml(html);
}

} // namespace qundesk
