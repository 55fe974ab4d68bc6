// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/AnalyticsPeriod.h"
#include "model/Group.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace qundesk {

// The Analytics page's filters: one group or all, and a period — the last 7, 30, 90 or 365
// days up to today (workspace zone), or custom first and last days.
class AnalyticsFilterBar final : public QWidget {
    Q_OBJECT

public:
    explicit AnalyticsFilterBar(QWidget* parent = nullptr);

    // Keeps the chosen group when it is still there; today ends the preset periods.
    void setGroups(const QList<Group>& groups);
    void setToday(const QDate& today);
    AnalyticsQuery query() const;

    // Tests and the window: choose a group by id (0 = all) and a custom period.
    void selectGroup(qint64 id);
    void setPeriod(const QDate& from, const QDate& to);

    QComboBox* groupBox() const { return m_group; }
    QComboBox* periodBox() const { return m_period; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyPreset();

    QLabel* m_groupLabel = nullptr;
    QComboBox* m_group = nullptr;
    QLabel* m_periodLabel = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QDate m_today;
    bool m_updating = false;
};

} // namespace qundesk
