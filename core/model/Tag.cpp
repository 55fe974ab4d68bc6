// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "model/Tag.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

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

QString jsonObjectProblem(const QString& text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        return QCoreApplication::translate("Definition", "The definition is not valid JSON: %1 "
                                                         "(at character %2).")
            .arg(error.errorString(), QString::number(error.offset));
    }
    if (!document.isObject())
        return QCoreApplication::translate("Definition", "The definition must be a JSON object "
                                                         "({…}).");
    return {};
}

} // namespace qundesk
