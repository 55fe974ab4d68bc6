// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Order.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QTimeZone>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;

namespace qundesk {

// Manual order entry: date, amount, currency (CNY by default), product and group.
class OrderEntryDialog final : public QDialog {
    Q_OBJECT

public:
    // `groups`: (id, name) the order may be attributed to. The date and time are entered and
    // shown in `zone`, the workspace's time zone.
    OrderEntryDialog(qint64 memberId, const QList<QPair<qint64, QString>>& groups,
                     const QTimeZone& zone, QWidget* parent = nullptr);

    Order order() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    qint64 m_memberId;
    QTimeZone m_zone;
    QFormLayout* m_form;
    QDateTimeEdit* m_when;
    QDoubleSpinBox* m_amount;
    QLineEdit* m_currency;
    QLineEdit* m_product;
    QComboBox* m_group;
    QDialogButtonBox* m_buttons;
};

} // namespace qundesk
