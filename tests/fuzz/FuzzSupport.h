// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <cstddef>
#include <cstdint>

namespace qundesk::fuzz {

// Creates the QCoreApplication the core expects (Qt SQL's drivers, translations) once, with
// QStandardPaths in test mode; call from LLVMFuzzerInitialize.
void initialize(int* argc, char*** argv);

// Aborts (so libFuzzer saves the input) with `what` on stderr when `condition` is false: the
// targets check properties that must hold for every input, not only the absence of crashes.
void require(bool condition, const char* what);

} // namespace qundesk::fuzz
