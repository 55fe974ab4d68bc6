// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/KpiTile.h"

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace qundesk {

KpiTile::KpiTile(const QString& objectName, QWidget* parent)
    : QFrame(parent) {
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("kpiCaption"));
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("kpiChange"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    clear();
}

void KpiTile::setCaption(const QString& caption) {
    m_caption->setText(caption);
}

void KpiTile::setValue(const QString& value, std::optional<double> change, bool lowerIsBetter) {
    m_value->setText(value);
    if (!change) {
        m_change->setText(tr("– vs previous period"));
        m_change->setStyleSheet(QStringLiteral("color: palette(mid);"));
        return;
    }
    const double percent = *change * 100.0;
    const bool flat = std::abs(percent) < 0.05;
    const QString arrow =
        flat ? QStringLiteral("=") : (percent > 0 ? QStringLiteral("▲") : QStringLiteral("▼"));
    m_change->setText(
        tr("%1 %2% vs previous period").arg(arrow, QString::number(std::abs(percent), 'f', 1)));
    const bool good = (percent > 0) != lowerIsBetter;
    m_change->setStyleSheet(flat   ? QStringLiteral("color: palette(mid);")
                            : good ? QStringLiteral("color: #067647;")
                                   : QStringLiteral("color: #b42318;"));
}

void KpiTile::clear() {
    m_value->setText(QStringLiteral("…"));
    m_change->clear();
}

QString KpiTile::valueText() const {
    return m_value->text();
}

QString KpiTile::changeText() const {
    return m_change->text();
}

} // namespace qundesk
