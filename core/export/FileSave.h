// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

// Writing an export's finished bytes into place: all of them or none. The file goes in through
// QSaveFile (a temporary beside it, renamed at the end), so the file that was there stays as it
// was on any failure. A short write (a full disk, a file size limit) is retried until the
// system names its error: QSaveFile alone commits a file that a short write left truncated.
namespace qundesk::filesave {

// Writes `bytes` as the whole content of `path`.
Status writeAll(const QString& path, const QByteArray& bytes);
// Copies the file `source` into `path` in chunks.
Status copyFrom(const QString& source, const QString& path);

} // namespace qundesk::filesave
