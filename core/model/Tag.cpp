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

QStringList tagCategory::keys() {
    return {QStringLiteral("activity"), QStringLiteral("intent"), QStringLiteral("lifecycle"),
            QStringLiteral("profile"),  QStringLiteral("role"),   QStringLiteral("value"),
            QStringLiteral("auto")};
}

namespace {

QString categoryLabel(const QString& key) {
    if (key == QLatin1String("activity"))
        return QCoreApplication::translate("TagCategory", "Activity");
    if (key == QLatin1String("intent"))
        return QCoreApplication::translate("TagCategory", "Purchase intent");
    if (key == QLatin1String("lifecycle"))
        return QCoreApplication::translate("TagCategory", "Lifecycle");
    if (key == QLatin1String("profile"))
        return QCoreApplication::translate("TagCategory", "Profile");
    if (key == QLatin1String("role"))
        return QCoreApplication::translate("TagCategory", "Role");
    if (key == QLatin1String("value"))
        return QCoreApplication::translate("TagCategory", "Customer value");
    if (key == QLatin1String("auto"))
        return QCoreApplication::translate("TagCategory", "Automatic");
    return {};
}

} // namespace

QString tagCategory::label(const QString& stored) {
    const QString label = categoryLabel(fromTyped(stored));
    return label.isEmpty() ? stored : label;
}

QString tagCategory::fromTyped(const QString& typed) {
    const QString text = typed.trimmed();
    // Labels stored before categories had keys (the rule editor wrote a translated word).
    static const QStringList automatic = {QStringLiteral("Automatic"), QStringLiteral("自动"),
                                          QStringLiteral("自動")};
    if (automatic.contains(text))
        return QStringLiteral("auto");
    for (const QString& key : keys())
        if (text.compare(key, Qt::CaseInsensitive) == 0 || text == categoryLabel(key))
            return key;
    return text;
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
