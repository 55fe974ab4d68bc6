// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "UiFixture.h"
#include "dialogs/ConditionRow.h"

namespace qundesk::test {

// Six members in one group "VIP"; members 1, 2 and 3 bought 3, 2 and 1 times; member status
// computed with the clock fixed at 2026-01-20 (reset by RuleFixture).
void seedBuyers(Database& db);
// Sets a row to "field op value" with a spin-box value.
void setRow(ConditionRow* row, const QString& field, const QString& op, int value);

class RuleFixture : public UiFixture {
protected:
    void TearDown() override;
};

} // namespace qundesk::test
