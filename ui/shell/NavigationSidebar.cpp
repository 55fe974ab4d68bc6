// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/NavigationSidebar.h"

#include <QEvent>

namespace qundesk {

NavigationSidebar::NavigationSidebar(QWidget* parent)
    : QListWidget(parent) {
    setObjectName(QStringLiteral("navigationSidebar"));
    setIconSize(QSize(20, 20));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setUniformItemSizes(true);
    for (PageId page : PageCatalog::all()) {
        auto* item = new QListWidgetItem(PageCatalog::icon(page), QString(), this);
        item->setData(Qt::UserRole, static_cast<int>(page));
        item->setSizeHint(QSize(0, 40));
    }
    retranslate();
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit pageChosen(PageCatalog::all().at(row));
    });
}

void NavigationSidebar::setCurrentPage(PageId page) {
    setCurrentRow(static_cast<int>(PageCatalog::all().indexOf(page)));
}

PageId NavigationSidebar::currentPage() const {
    const int row = currentRow();
    return row < 0 ? PageId::Today : PageCatalog::all().at(row);
}

QListWidgetItem* NavigationSidebar::itemFor(PageId page) const {
    return item(static_cast<int>(PageCatalog::all().indexOf(page)));
}

void NavigationSidebar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}

void NavigationSidebar::retranslate() {
    int widest = 0;
    for (PageId page : PageCatalog::all()) {
        QListWidgetItem* entry = itemFor(page);
        entry->setText(PageCatalog::title(page));
        entry->setToolTip(PageCatalog::description(page));
        widest = qMax(widest, fontMetrics().horizontalAdvance(entry->text()));
    }
    // Room for the icon, its gap and the padding of the style sheet on both sides.
    setFixedWidth(qMax(180, widest + iconSize().width() + 72));
}

} // namespace qundesk
