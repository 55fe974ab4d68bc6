// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/FileDialogs.h"

#include <QFileDialog>

namespace qundesk {

namespace {
FileDialogs::Hook& hook() {
    static FileDialogs::Hook instance;
    return instance;
}
} // namespace

void FileDialogs::setHook(Hook replacement) {
    hook() = std::move(replacement);
}

QString FileDialogs::openFile(QWidget* parent, const QString& caption, const QString& dir,
                              const QString& filter) {
    if (hook())
        return hook()(Mode::Open, caption, filter);
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialogs::saveFile(QWidget* parent, const QString& caption, const QString& dir,
                              const QString& filter) {
    if (hook())
        return hook()(Mode::Save, caption, filter);
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

} // namespace qundesk
