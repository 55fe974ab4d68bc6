// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/PlaceholderPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace qundesk {

PlaceholderPage::PlaceholderPage(PageId page, QWidget* parent)
    : QWidget(parent)
    , m_page(page) {
    setObjectName(PageCatalog::objectName(page));

    auto* icon = new QLabel(this);
    icon->setPixmap(PageCatalog::icon(page).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("placeholderTitle"));
    m_title->setAlignment(Qt::AlignCenter);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("placeholderDescription"));
    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("placeholderNote"));
    m_note->setAlignment(Qt::AlignCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 24, 64, 24);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addSpacing(8);
    layout->addWidget(m_note);
    layout->addStretch(3);

    retranslate();
}

void PlaceholderPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate() {
    m_title->setText(PageCatalog::title(m_page));
    m_description->setText(PageCatalog::description(m_page));
    m_note->setText(tr("This page arrives in a coming version of QunDesk."));
}

} // namespace qundesk
