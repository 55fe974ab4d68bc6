// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/DeferredReload.h"

#include "util/ScopedTimer.h"

#include <QEvent>
#include <QWidget>

namespace qundesk {

DeferredReload::DeferredReload(QWidget* page, QString name, std::function<void()> reload)
    : QObject(page)
    , m_page(page)
    , m_name(std::move(name))
    , m_reload(std::move(reload)) {
    page->installEventFilter(this);
}

void DeferredReload::request() {
    if (m_page->isVisible() || !m_page->window()->isVisible()) {
        reloadNow();
        return;
    }
    m_stale = true;
}

bool DeferredReload::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_page && event->type() == QEvent::Show && m_stale)
        reloadNow();
    return QObject::eventFilter(watched, event);
}

void DeferredReload::reloadNow() {
    m_stale = false;
    const ScopedTimer timer(QStringLiteral("reloading the %1").arg(m_name));
    m_reload();
}

} // namespace qundesk
