// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Group.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace qundesk {

// Toolbar widget: chooses the group the pages focus on ("All groups" or one group) and shows
// the operator-load light for the number of active groups (DESIGN.md: <= 5 green, 6-7 amber,
// more red).
class GroupSwitcher final : public QWidget {
    Q_OBJECT

public:
    explicit GroupSwitcher(QWidget* parent = nullptr);

    // Lists the active (not archived) groups; keeps the current choice when it still exists.
    void setGroups(const QList<GroupSummary>& groups);
    qint64 currentGroupId() const; // 0 = all groups
    // Shows `groupId` (0 or an unknown id = all groups); emits currentGroupChanged when it differs.
    void setCurrentGroup(qint64 groupId);
    int activeGroupCount() const { return m_activeGroups; }
    OperatorLoad load() const { return operatorLoad(m_activeGroups); }
    QString loadText() const; // the light's tooltip

    static QColor loadColor(OperatorLoad load);

signals:
    void currentGroupChanged(qint64 groupId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateLight();

    QLabel* m_caption = nullptr;
    QComboBox* m_combo = nullptr;
    QLabel* m_light = nullptr;
    int m_activeGroups = 0;
};

} // namespace qundesk
