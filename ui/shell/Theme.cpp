// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace qundesk {

namespace {
// Colours of the light theme (sRGB).
const QColor kAccent(0x1f, 0x6f, 0xeb);
const QColor kWindow(0xf6, 0xf7, 0xf9);
const QColor kBase(0xff, 0xff, 0xff);
const QColor kAlternate(0xf8, 0xfa, 0xfb);
const QColor kText(0x1f, 0x29, 0x37);
const QColor kMuted(0x6b, 0x72, 0x80);
const QColor kDisabledText(0xa8, 0xae, 0xb8);

QString styleSheet() {
    return QStringLiteral(R"(
QMainWindow { background: #f6f7f9; }
QToolBar#mainToolBar { background: #ffffff; border: none; border-bottom: 1px solid #e5e7eb;
    padding: 6px 12px; spacing: 8px; }
QListWidget#navigationSidebar { background: #eef1f4; border: none;
    border-right: 1px solid #e2e6ea; padding: 12px 8px; outline: 0; font-size: 14px; }
QListWidget#navigationSidebar::item { color: #374151; padding: 4px 12px; border-radius: 8px;
    margin: 2px 0; }
QListWidget#navigationSidebar::item:hover { background: #e2e7ec; }
QListWidget#navigationSidebar::item:selected { background: #e1ebfd; color: #1a56c4; }
QLabel#pageTitle { font-size: 22px; font-weight: 600; color: #111827; }
QLabel#groupCount { color: #6b7280; padding-bottom: 3px; }
QLabel#placeholderTitle, QLabel#emptyTitle { font-size: 20px; font-weight: 600; color: #1f2937; }
QLabel#placeholderDescription, QLabel#emptyText { font-size: 14px; color: #4b5563; }
QLabel#placeholderNote { color: #9ca3af; }
QLabel#groupsError { color: #b42318; background: #fef3f2; border: 1px solid #fecdca;
    border-radius: 6px; padding: 8px; }
QTableView#groupTable { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px;
    alternate-background-color: #f9fafb; selection-background-color: #e1ebfd;
    selection-color: #10346f; }
QHeaderView::section { background: #ffffff; color: #6b7280; font-weight: 600; border: none;
    border-bottom: 1px solid #e5e7eb; padding: 8px 10px; }
QLineEdit#groupSearch { padding: 6px 10px; border: 1px solid #d1d5db; border-radius: 6px;
    background: #ffffff; }
QLineEdit#groupSearch:focus { border-color: #1f6feb; }
QComboBox#groupSwitcher { padding: 4px 10px; border: 1px solid #d1d5db; border-radius: 6px;
    background: #ffffff; }
QComboBox#groupSwitcher::drop-down { subcontrol-origin: padding; subcontrol-position: center right;
    width: 22px; border: none; }
QComboBox#groupSwitcher QAbstractItemView { background: #ffffff; color: #1f2937; outline: 0;
    border: 1px solid #d1d5db; selection-background-color: #e1ebfd; selection-color: #10346f; }
QComboBox#groupSwitcher QAbstractItemView::item { min-height: 24px; }
QComboBox#groupSwitcher QAbstractItemView::item:selected,
QComboBox#groupSwitcher QAbstractItemView::item:hover { background: #e1ebfd; color: #10346f; }
QComboBox#groupSwitcher::down-arrow { image: url(:/icons/chevron-down.svg); width: 12px;
    height: 12px; }
QStatusBar { background: #ffffff; border-top: 1px solid #e5e7eb; color: #6b7280; }
QStatusBar QLabel { padding: 0 8px; }
)");
}
} // namespace

void applyTheme(QApplication& app) {
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QPalette palette;
    palette.setColor(QPalette::Window, kWindow);
    palette.setColor(QPalette::WindowText, kText);
    palette.setColor(QPalette::Base, kBase);
    palette.setColor(QPalette::AlternateBase, kAlternate);
    palette.setColor(QPalette::Text, kText);
    palette.setColor(QPalette::Button, kBase);
    palette.setColor(QPalette::ButtonText, kText);
    palette.setColor(QPalette::Highlight, kAccent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, kMuted);
    palette.setColor(QPalette::ToolTipBase, kBase);
    palette.setColor(QPalette::ToolTipText, kText);
    palette.setColor(QPalette::Link, kAccent);
    // Disabled controls look disabled: setColor() above set every colour group alike.
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, kDisabledText);
    QApplication::setPalette(palette);
    app.setStyleSheet(styleSheet());
}

} // namespace qundesk
