// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "demo/DemoWorkspace.h"

#include "db/Database.h"

namespace qundesk {

// Placeholder until the generator lands: creates nothing.
Result<DemoStats> DemoWorkspace::generate(Database&, const DemoOptions&)
{
    return DemoStats{};
}

} // namespace qundesk
