// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QString>

#include <optional>

namespace qundesk {

// The pages of the main window, in sidebar order (Ctrl+1 ... Ctrl+7 follow this order).
enum class PageId { Today, Groups, Members, Calendar, Sop, Analytics, Import };

// Names, icons and descriptions of the pages, shared by the sidebar, the View menu and the
// placeholders.
class PageCatalog {
    Q_DECLARE_TR_FUNCTIONS(PageCatalog)

public:
    static QList<PageId> all();
    // Stable key for --page and QSettings: "today", "groups", ...
    static QString key(PageId page);
    static std::optional<PageId> fromKey(const QString& key);
    // objectName of the page widget: "todayPage", "groupsPage", ...
    static QString objectName(PageId page);
    static QString title(PageId page);       // translated
    static QString description(PageId page); // translated, one sentence
    static QIcon icon(PageId page);
};

} // namespace qundesk
