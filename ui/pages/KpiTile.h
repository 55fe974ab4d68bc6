// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QFrame>

#include <optional>

class QLabel;

namespace qundesk {

// One key figure of the Analytics page: its name, its value for the period and its change
// against the previous period of the same length (▲ green up, ▼ red down; "–" when the
// previous period had nothing to compare with).
class KpiTile final : public QFrame {
    Q_OBJECT

public:
    explicit KpiTile(const QString& objectName, QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    // `change` is relative (0.25 = +25 %); none = not comparable. Falling is good when
    // `lowerIsBetter` (none of today's tiles, kept for leaves or silence).
    void setValue(const QString& value, std::optional<double> change, bool lowerIsBetter = false);
    void clear();

    QString valueText() const;
    QString changeText() const;

private:
    QLabel* m_caption = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_change = nullptr;
};

} // namespace qundesk
