// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace qundesk {

// Reloads a page when the workspace or its data changes, but only where it shows: a page hidden
// behind another page of a shown window is marked stale and reloads when it is shown again
// (before it paints), so an edit reloads the page in front, not every page. While the window
// is not shown at all (before the first show, or in tests) a request reloads at once. Each
// reload's time is logged under qundesk.perf.
class DeferredReload final : public QObject {
    Q_OBJECT

public:
    // `page` owns this object; `name` names the page in the log ("groups page").
    DeferredReload(QWidget* page, QString name, std::function<void()> reload);

    // Reloads now when the page shows or its window is hidden; else on the page's next show.
    void request();
    // A request waits for the page to be shown.
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reloadNow();

    QWidget* m_page;
    QString m_name;
    std::function<void()> m_reload;
    bool m_stale = false;
};

} // namespace qundesk
