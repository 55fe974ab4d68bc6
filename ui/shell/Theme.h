// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

class QApplication;

namespace qundesk {

// The QunDesk look: Fusion with a light palette, a light sidebar, roomy rows and a blue accent (the
// app icon's).
void applyTheme(QApplication& app);

} // namespace qundesk
