// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/AnalyticsFilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace qundesk {

namespace {
// Preset periods in days; 0 = custom.
const QList<int> kPresets{7, 30, 90, 365, 0};
constexpr int kDefaultPreset = 1; // the last 30 days
} // namespace

AnalyticsFilterBar::AnalyticsFilterBar(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("analyticsFilterBar"));
    m_groupLabel = new QLabel(this);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("analyticsGroup"));
    m_group->setMinimumContentsLength(14);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupLabel->setBuddy(m_group);
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("analyticsPeriod"));
    m_periodLabel->setBuddy(m_period);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("analyticsFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("analyticsTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_group->addItem(QString(), qint64(0));
    for (qsizetype i = 0; i < kPresets.size(); ++i)
        m_period->addItem(QString(), kPresets.at(i));
    m_period->setCurrentIndex(kDefaultPreset);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_groupLabel);
    layout->addWidget(m_group);
    layout->addSpacing(16);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addStretch(1);

    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emit changed();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &AnalyticsFilterBar::applyPreset);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            // Editing a day makes the period custom.
            m_updating = true;
            m_period->setCurrentIndex(int(kPresets.size()) - 1);
            if (m_from->date() > m_to->date())
                m_to->setDate(m_from->date());
            m_updating = false;
            emit changed();
        });
    retranslate();
}

void AnalyticsFilterBar::setGroups(const QList<Group>& groups) {
    const qint64 chosen = m_group->currentData().toLongLong();
    m_updating = true;
    while (m_group->count() > 1)
        m_group->removeItem(1);
    for (const Group& g : groups)
        m_group->addItem(g.name, g.id);
    const int index = m_group->findData(chosen);
    m_group->setCurrentIndex(index >= 0 ? index : 0);
    m_updating = false;
}

void AnalyticsFilterBar::setToday(const QDate& today) {
    m_today = today;
    m_updating = true;
    m_from->setMaximumDate(today.addYears(1));
    m_to->setMaximumDate(today.addYears(1));
    m_updating = false;
    if (m_period->currentData().toInt() > 0 || !m_to->date().isValid())
        applyPreset();
}

void AnalyticsFilterBar::applyPreset() {
    const int days = m_period->currentData().toInt();
    const bool custom = days == 0;
    if (!custom && m_today.isValid()) {
        m_updating = true;
        m_to->setDate(m_today);
        m_from->setDate(m_today.addDays(1 - days));
        m_updating = false;
    }
    if (!m_updating)
        emit changed();
}

AnalyticsQuery AnalyticsFilterBar::query() const {
    return {m_group->currentData().toLongLong(), m_from->date(), m_to->date()};
}

void AnalyticsFilterBar::selectGroup(qint64 id) {
    const int index = m_group->findData(id);
    if (index >= 0)
        m_group->setCurrentIndex(index);
}

void AnalyticsFilterBar::setPeriod(const QDate& from, const QDate& to) {
    m_updating = true;
    m_period->setCurrentIndex(int(kPresets.size()) - 1);
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    emit changed();
}

void AnalyticsFilterBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnalyticsFilterBar::retranslate() {
    m_groupLabel->setText(tr("&Group:"));
    m_group->setItemText(0, tr("All groups"));
    m_periodLabel->setText(tr("&Period:"));
    const QStringList labels{tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
                             tr("Last 365 days"), tr("Custom")};
    for (int i = 0; i < labels.size(); ++i)
        m_period->setItemText(i, labels.at(i));
}

} // namespace qundesk
