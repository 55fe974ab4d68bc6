// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "pages/PageCatalog.h"

#include <QWidget>

class QLabel;

namespace qundesk {

// Stands in for a page a later release fills: its icon, title and what it will do.
class PlaceholderPage final : public QWidget {
    Q_OBJECT

public:
    explicit PlaceholderPage(PageId page, QWidget* parent = nullptr);

    PageId page() const { return m_page; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PageId m_page;
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace qundesk
