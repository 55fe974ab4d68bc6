// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace qundesk::sop {

// What a script's placeholders are filled with. Empty text, an invalid date or a negative day
// count is a missing value.
struct ScriptValues {
    QString nickname;
    QString group;
    QString operatorName;
    QDate date;
    int daysInGroup = -1;
};

// Fills {nickname}, {group}, {operator}, {date} and {days_in_group} in an SOP script. A
// placeholder may carry its own fallback for a missing value, {nickname|朋友}; without one
// the fallback is a neutral word in the script's language ("zh_CN", "zh_TW", "en"…), so a
// message never goes out with a hole or a raw brace. Unknown placeholders stay as written.
class ScriptRenderer {
    Q_DECLARE_TR_FUNCTIONS(ScriptRenderer)

public:
    static QString render(const QString& script, const ScriptValues& values,
                          const QString& language);
    // The placeholder names, as the editor offers them ("{nickname}" …).
    static QStringList placeholders();
    // A short translated description of a placeholder, for the editor's menu.
    static QString describe(const QString& placeholder);
};

} // namespace qundesk::sop
