// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/SopEndRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qundesk::sop {

Result<std::optional<MemberFilterDefinition>> SopEndRules::stopCondition(const SopTemplate& sop) {
    if (sop.stopCondition.trimmed().isEmpty())
        return std::optional<MemberFilterDefinition>{};
    auto def = MemberFilterDefinition::fromJson(sop.stopCondition.toUtf8());
    if (!def)
        return Error{tr("The early-exit condition of the SOP “%1” cannot be read: %2")
                         .arg(sop.name, def.error().message),
                     {},
                     0};
    if (def->isEmpty())
        return std::optional<MemberFilterDefinition>{};
    return std::optional<MemberFilterDefinition>{def.value()};
}

Result<QList<EndAction>> SopEndRules::endActions(const SopTemplate& sop) {
    QList<EndAction> actions;
    if (sop.endActions.trimmed().isEmpty())
        return actions;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(sop.endActions.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isArray())
        return Error{tr("The end actions of the SOP “%1” are not a JSON list.").arg(sop.name), {},
                     0};
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(QLatin1String("action")).toString();
        QString value;
        if (kind == QLatin1String("add_tag"))
            value = o.value(QLatin1String("tag")).toString().trimmed();
        else if (kind == QLatin1String("start_sop"))
            value = o.value(QLatin1String("sop")).toString().trimmed();
        else
            return Error{tr("The SOP “%1” has an unknown end action “%2”.").arg(sop.name, kind),
                         {},
                         0};
        if (value.isEmpty())
            return Error{tr("An end action of the SOP “%1” names nothing.").arg(sop.name), {}, 0};
        actions << EndAction{kind, value};
    }
    return actions;
}

QString SopEndRules::endActionsJson(const QList<EndAction>& actions) {
    QJsonArray list;
    for (const EndAction& a : actions) {
        QJsonObject o{{QStringLiteral("action"), a.kind}};
        o.insert(a.kind == QLatin1String("add_tag") ? QStringLiteral("tag") : QStringLiteral("sop"),
                 a.value);
        list.append(o);
    }
    return list.isEmpty() ? QString()
                          : QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QString SopEndRules::boughtCondition() {
    return QStringLiteral(R"({"match":"any","conditions":[{"field":"orders","op":">=","value":1}]})");
}

QStringList SopEndRules::actionKinds() {
    return {QStringLiteral("add_tag"), QStringLiteral("start_sop")};
}

QString SopEndRules::actionLabel(const QString& kind) {
    if (kind == QLatin1String("add_tag"))
        return tr("Add the tag");
    if (kind == QLatin1String("start_sop"))
        return tr("Start the SOP");
    return kind;
}

} // namespace qundesk::sop
