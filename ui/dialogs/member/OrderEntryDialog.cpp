// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/OrderEntryDialog.h"

#include "dialogs/WallClockEdit.h"
#include "util/Time.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <cmath>

namespace qundesk {

OrderEntryDialog::OrderEntryDialog(qint64 memberId, const QList<QPair<qint64, QString>>& groups,
                                   const QTimeZone& zone, QWidget* parent)
    : QDialog(parent)
    , m_memberId(memberId)
    , m_zone(zone)
    , m_form(new QFormLayout)
    , m_when(new QDateTimeEdit(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_currency(new QLineEdit(QStringLiteral("CNY"), this))
    , m_product(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("orderEntryDialog"));
    m_when->setObjectName(QStringLiteral("orderDateEdit"));
    m_amount->setObjectName(QStringLiteral("orderAmountSpin"));
    m_currency->setObjectName(QStringLiteral("orderCurrencyEdit"));
    m_product->setObjectName(QStringLiteral("orderProductEdit"));
    m_group->setObjectName(QStringLiteral("orderGroupCombo"));
    holdWallClock(m_when);
    m_when->setDateTime(time::wallClock(time::now(), zone));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_amount->setRange(0.0, 10'000'000.0);
    m_amount->setDecimals(2);
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{3}")), m_currency));
    m_group->addItem(QString(), 0);
    for (const auto& group : groups)
        m_group->addItem(group.second, group.first);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QWidget* w :
         std::initializer_list<QWidget*>{m_when, m_amount, m_currency, m_product, m_group})
        m_form->addRow(new QLabel(this), w);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);
    retranslate();
    resize(400, sizeHint().height());
}

Order OrderEntryDialog::order() const {
    Order o;
    o.memberId = m_memberId;
    o.groupId = m_group->currentData().toLongLong();
    o.orderedAt = time::fromWallClock(m_when->date(), m_when->time(), m_zone);
    o.amountCents = std::llround(m_amount->value() * 100.0);
    o.currency = m_currency->text().trimmed().toUpper();
    if (o.currency.size() != 3)
        o.currency = QStringLiteral("CNY");
    o.product = m_product->text().trimmed();
    return o;
}

void OrderEntryDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OrderEntryDialog::retranslate() {
    setWindowTitle(tr("Add order"));
    static const char* const kLabels[] = {QT_TR_NOOP("Date:"), QT_TR_NOOP("Amount:"),
                                          QT_TR_NOOP("Currency:"), QT_TR_NOOP("Product:"),
                                          QT_TR_NOOP("Group:")};
    for (int row = 0; row < m_form->rowCount(); ++row)
        if (auto* item = m_form->itemAt(row, QFormLayout::LabelRole))
            if (auto* label = qobject_cast<QLabel*>(item->widget()))
                label->setText(tr(kLabels[row]));
    m_group->setItemText(0, tr("(no group)"));
    m_product->setPlaceholderText(tr("e.g. green tea gift box"));
}

} // namespace qundesk
