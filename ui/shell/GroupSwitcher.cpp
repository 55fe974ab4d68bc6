// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/GroupSwitcher.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStyledItemDelegate>

namespace qundesk {

GroupSwitcher::GroupSwitcher(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("groupSwitcherBox"));
    m_caption = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("groupSwitcher"));
    m_combo->setMinimumContentsLength(18);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Entries drawn by a styled delegate, so the theme's hover and selection colours apply
    // (the default menu-like delegate drew them as a blank white box under the style sheet).
    m_combo->setItemDelegate(new QStyledItemDelegate(m_combo));
    m_combo->addItem(QString(), qint64{0});
    m_light = new QLabel(this);
    m_light->setObjectName(QStringLiteral("operatorLoadLight"));
    m_light->setFixedSize(14, 14);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_caption);
    layout->addWidget(m_combo);
    layout->addWidget(m_light);

    connect(m_combo, &QComboBox::currentIndexChanged, this,
            [this](int) { emit currentGroupChanged(currentGroupId()); });
    retranslate();
    updateLight();
}

void GroupSwitcher::setGroups(const QList<GroupSummary>& groups) {
    const qint64 previous = currentGroupId();
    {
        const QSignalBlocker blocker(m_combo);
        while (m_combo->count() > 1)
            m_combo->removeItem(1);
        m_activeGroups = 0;
        for (const GroupSummary& summary : groups) {
            if (summary.group.archived)
                continue;
            ++m_activeGroups;
            m_combo->addItem(summary.group.name, summary.group.id);
        }
        const int index = m_combo->findData(previous);
        m_combo->setCurrentIndex(index < 0 ? 0 : index);
    }
    updateLight();
    if (currentGroupId() != previous)
        emit currentGroupChanged(currentGroupId());
}

void GroupSwitcher::setCurrentGroup(qint64 groupId) {
    const int index = m_combo->findData(groupId);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

qint64 GroupSwitcher::currentGroupId() const {
    return m_combo->currentData().toLongLong();
}

QString GroupSwitcher::loadText() const {
    const QString count = tr("You run %n active group(s).", "", m_activeGroups);
    switch (load()) {
    case OperatorLoad::Green:
        return count + QLatin1Char(' ') + tr("A comfortable load.");
    case OperatorLoad::Amber:
        return count + QLatin1Char(' ') +
               tr("Near the limit: more than seven groups lowers "
                  "conversion.");
    case OperatorLoad::Red:
        return count + QLatin1Char(' ') +
               tr("Too many groups for one operator: conversion "
                  "drops above seven.");
    }
    return count;
}

QColor GroupSwitcher::loadColor(OperatorLoad level) {
    switch (level) {
    case OperatorLoad::Green:
        return QColor(0x22, 0xa0, 0x6b);
    case OperatorLoad::Amber:
        return QColor(0xe8, 0xa3, 0x17);
    case OperatorLoad::Red:
        return QColor(0xd9, 0x3b, 0x3b);
    }
    return Qt::gray;
}

void GroupSwitcher::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GroupSwitcher::retranslate() {
    m_caption->setText(tr("Group:"));
    m_combo->setItemText(0, tr("All groups"));
    m_combo->setToolTip(tr("The group the pages show"));
    m_light->setToolTip(loadText());
}

void GroupSwitcher::updateLight() {
    m_light->setStyleSheet(QStringLiteral("QLabel { background: %1; border-radius: 7px; }")
                               .arg(loadColor(load()).name()));
    m_light->setToolTip(loadText());
    m_light->setAccessibleName(loadText());
}

} // namespace qundesk
