// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QString>

namespace qundesk {

class Database;

// Makes `code` the workspace currency and brings each member's stored revenue (counted in the
// workspace currency only) in line, in one transaction: both change or neither. Nothing
// happens when `code` already is the currency.
Status changeWorkspaceCurrency(const Database& db, const QString& code);

} // namespace qundesk
