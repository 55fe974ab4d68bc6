// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "model/Tag.h"

#include <QCoreApplication>

namespace qundesk {

QStringList tagOrigin::keys() {
    return {QStringLiteral("manual"), QStringLiteral("rule"), QStringLiteral("import")};
}

QString tagOrigin::label(const QString& key) {
    if (key == QLatin1String("manual"))
        return QCoreApplication::translate("TagOrigin", "Added by hand");
    if (key == QLatin1String("rule"))
        return QCoreApplication::translate("TagOrigin", "Added by a rule");
    if (key == QLatin1String("import"))
        return QCoreApplication::translate("TagOrigin", "Imported");
    return key;
}

} // namespace qundesk
