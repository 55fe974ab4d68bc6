// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/GroupTableDelegate.h"

#include "models/GroupTableModel.h"

#include <QApplication>
#include <QPainter>

namespace qundesk {

namespace {
QColor lightColor(HealthLight light) {
    switch (light) {
    case HealthLight::Good:
        return QColor(0x2e, 0x9d, 0x5b);
    case HealthLight::Watch:
        return QColor(0xe8, 0xa3, 0x17);
    case HealthLight::Poor:
        break;
    }
    return QColor(0xd9, 0x3b, 0x3b);
}

QColor barColor(int percent) {
    if (percent >= 95)
        return QColor(0xd9, 0x3b, 0x3b);
    if (percent >= 80)
        return QColor(0xe8, 0xa3, 0x17);
    return QColor(0x1f, 0x6f, 0xeb);
}
} // namespace

GroupTableDelegate::GroupTableDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

void GroupTableDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The row background (selection, alternate colour) spans the whole cell; the content keeps
    // its distance from the cell edges.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const QRect area = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QColor textColor =
        opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    const QVariant light = index.data(GroupTableModel::HealthLightRole);
    if (index.column() == GroupTableModel::Health && light.isValid()) {
        // A coloured dot left of the right-aligned score: the traffic light of the score.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const int textWidth = opt.fontMetrics.horizontalAdvance(opt.text);
        const int dot = 10;
        const QRectF dotRect(area.right() - textWidth - dot - 6, area.center().y() - dot / 2.0 + 1,
                             dot, dot);
        painter->setPen(Qt::NoPen);
        painter->setBrush(lightColor(static_cast<HealthLight>(light.toInt())));
        painter->drawEllipse(dotRect);
        painter->setPen(textColor);
        painter->setFont(opt.font);
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, opt.text);
        painter->restore();
        return;
    }

    // The capacity bar needs a known capacity (its raw value is null otherwise).
    const QVariant percentValue = index.data(GroupTableModel::RawValueRole);
    if (index.column() != GroupTableModel::CapacityUse || !percentValue.isValid()) {
        painter->save();
        painter->setPen(textColor);
        painter->setFont(opt.font);
        const QString elided = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, area.width());
        painter->drawText(area, static_cast<int>(opt.displayAlignment), elided);
        painter->restore();
        return;
    }

    const int percent = percentValue.toInt();
    const QString label = index.data(Qt::DisplayRole).toString();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Room for "100%", or for the label itself when it is longer (a group far over capacity).
    const int labelWidth = qMax(option.fontMetrics.horizontalAdvance(QStringLiteral("100%")),
                                option.fontMetrics.horizontalAdvance(label)) +
                           8;
    const QRect textRect(area.right() - labelWidth + 1, area.top(), labelWidth, area.height());
    painter->setPen(textColor);
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, label);
    const int barHeight = 6;
    const QRectF track(area.left(), area.center().y() - barHeight / 2.0,
                       qMax(0, area.width() - labelWidth - 4), barHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe5, 0xe7, 0xeb));
    painter->drawRoundedRect(track, 3, 3);
    QRectF fill = track;
    fill.setWidth(track.width() * qBound(0, percent, 100) / 100.0);
    painter->setBrush(barColor(percent));
    painter->drawRoundedRect(fill, 3, 3);
    painter->restore();
}

QSize GroupTableDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * kPadding;
    if (index.column() == GroupTableModel::CapacityUse)
        size.setWidth(qMax(size.width(), 128));
    if (index.column() == GroupTableModel::Health)
        size.rwidth() += 16; // the dot and its gap
    return size;
}

} // namespace qundesk
