// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "pages/PageCatalog.h"

#include <QListWidget>

namespace qundesk {

// The list of pages on the left of the window; row i is PageCatalog::all()[i].
class NavigationSidebar final : public QListWidget {
    Q_OBJECT

public:
    explicit NavigationSidebar(QWidget* parent = nullptr);

    void setCurrentPage(PageId page);
    PageId currentPage() const;
    QListWidgetItem* itemFor(PageId page) const;

signals:
    void pageChosen(PageId page);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace qundesk
