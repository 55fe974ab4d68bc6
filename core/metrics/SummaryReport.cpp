// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/SummaryReport.h"

#include "db/Database.h"

namespace qundesk {

QJsonObject Summary::toJson() const
{
    return {{QStringLiteral("groups"), groups},
            {QStringLiteral("members"), members},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("active_members"), activeMembers},
            {QStringLiteral("joins"), joins},
            {QStringLiteral("leaves"), leaves},
            {QStringLiteral("buyers"), buyers},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("revenue"), double(revenueCents) / 100.0}};
}

// Placeholder until the report lands.
Result<Summary> SummaryReport::compute(const Database&, const SummaryQuery&)
{
    return Summary{};
}

} // namespace qundesk
