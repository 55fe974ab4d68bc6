// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/PageCatalog.h"

namespace qundesk {

QList<PageId> PageCatalog::all() {
    return {PageId::Today, PageId::Groups,    PageId::Members, PageId::Calendar,
            PageId::Sop,   PageId::Analytics, PageId::Import};
}

QString PageCatalog::key(PageId page) {
    switch (page) {
    case PageId::Today:
        return QStringLiteral("today");
    case PageId::Groups:
        return QStringLiteral("groups");
    case PageId::Members:
        return QStringLiteral("members");
    case PageId::Calendar:
        return QStringLiteral("calendar");
    case PageId::Sop:
        return QStringLiteral("sop");
    case PageId::Analytics:
        return QStringLiteral("analytics");
    case PageId::Import:
        return QStringLiteral("import");
    }
    return {};
}

std::optional<PageId> PageCatalog::fromKey(const QString& text) {
    const QString wanted = text.trimmed().toLower();
    for (PageId page : all()) {
        if (key(page) == wanted)
            return page;
    }
    return std::nullopt;
}

QString PageCatalog::objectName(PageId page) {
    return key(page) + QStringLiteral("Page");
}

QString PageCatalog::title(PageId page) {
    switch (page) {
    case PageId::Today:
        return tr("Today");
    case PageId::Groups:
        return tr("Groups");
    case PageId::Members:
        return tr("Members");
    case PageId::Calendar:
        return tr("Calendar");
    case PageId::Sop:
        return tr("SOP");
    case PageId::Analytics:
        return tr("Analytics");
    case PageId::Import:
        return tr("Import");
    }
    return {};
}

QString PageCatalog::description(PageId page) {
    switch (page) {
    case PageId::Today:
        return tr("Today's to-do list: the SOP steps and planned posts due now, with their "
                  "scripts ready to copy.");
    case PageId::Groups:
        return tr("Every group you run, with its platform, purpose, head count and capacity.");
    case PageId::Members:
        return tr("Members across your groups, with tags, lifecycle stage, silent days and "
                  "who invited them.");
    case PageId::Calendar:
        return tr("The content calendar: planned posts per group by day, week and month, "
                  "with fatigue warnings.");
    case PageId::Sop:
        return tr("SOP playbooks of timed steps and scripts, applied to a group, a segment "
                  "or a member.");
    case PageId::Analytics:
        return tr("Activity, growth, retention and conversion charts, each with its metric's "
                  "definition.");
    case PageId::Import:
        return tr("Import chat exports, member lists and orders, previewed before anything "
                  "is stored.");
    }
    return {};
}

QIcon PageCatalog::icon(PageId page) {
    return QIcon(QStringLiteral(":/icons/page-%1.svg").arg(key(page)));
}

} // namespace qundesk
