// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/SopJson.h"

#include "model/ContentItem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qundesk::sop {

namespace {

const QString kFormat = QStringLiteral("qundesk-sop");
const QString kTime = QStringLiteral("HH:mm");

QJsonObject stepJson(const SopStep& s) {
    QJsonObject o{{QStringLiteral("title"), s.title},
                  {QStringLiteral("timing"), s.timingKind},
                  {QStringLiteral("window"), QJsonArray{s.windowStart.toString(kTime),
                                                        s.windowEnd.toString(kTime)}},
                  {QStringLiteral("channel"), s.channel},
                  {QStringLiteral("script"), s.script}};
    if (s.timingKind == QLatin1String("fixed_date"))
        o.insert(QStringLiteral("date"), s.fixedDate.toString(Qt::ISODate));
    else if (s.timingKind == QLatin1String("weekday"))
        o.insert(QStringLiteral("weekday"), s.weekday);
    else {
        o.insert(QStringLiteral("day"), s.dayOffset);
        if (s.repeatDays > 0)
            o.insert(QStringLiteral("repeat_days"), s.repeatDays);
    }
    if (!s.checklist.isEmpty())
        o.insert(QStringLiteral("checklist"), QJsonArray::fromStringList(s.checklist));
    return o;
}

int lineOf(const QByteArray& json, int offset) {
    return int(json.left(offset).count('\n')) + 1;
}

// A "YYYY-MM-DD" date, or "MM-DD": the next such day from `today` (today included).
QDate dateOf(const QString& text, const QDate& today) {
    const QDate full = QDate::fromString(text, Qt::ISODate);
    if (full.isValid())
        return full;
    const QDate thisYear = QDate::fromString(QStringLiteral("%1-%2").arg(today.year()).arg(text),
                                             QStringLiteral("yyyy-MM-dd"));
    if (!thisYear.isValid())
        return {};
    return thisYear < today ? thisYear.addYears(1) : thisYear;
}

} // namespace

QByteArray SopJson::write(const QList<SopTemplate>& sops) {
    QJsonArray list;
    for (const SopTemplate& t : sops) {
        QJsonArray steps;
        for (const SopStep& s : t.steps)
            steps.append(stepJson(s));
        QJsonObject o{{QStringLiteral("uid"), t.uid},
                      {QStringLiteral("name"), t.name},
                      {QStringLiteral("description"), t.description},
                      {QStringLiteral("language"), t.language},
                      {QStringLiteral("scenario"), t.scenario},
                      {QStringLiteral("target"), t.targetKind},
                      {QStringLiteral("anchor"), t.anchor},
                      {QStringLiteral("steps"), steps}};
        const QJsonDocument stop = QJsonDocument::fromJson(t.stopCondition.toUtf8());
        o.insert(QStringLiteral("stop_condition"),
                 stop.isObject() ? QJsonValue(stop.object()) : QJsonValue());
        const QJsonDocument actions = QJsonDocument::fromJson(t.endActions.toUtf8());
        o.insert(QStringLiteral("end_actions"), actions.isArray() ? actions.array() : QJsonArray());
        list.append(o);
    }
    const QJsonObject doc{{QStringLiteral("format"), kFormat},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("sops"), list}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

Result<QList<SopTemplate>> SopJson::read(const QByteArray& json, const QDate& today) {
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError)
        return Error{tr("not valid JSON: %1").arg(parse.errorString()), {},
                     lineOf(json, parse.offset)};
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("format")).toString() != kFormat)
        return Error{tr("not a QunDesk SOP file (\"format\": \"qundesk-sop\" is missing)"), {}, 0};
    if (root.value(QLatin1String("version")).toInt() != 1)
        return Error{tr("SOP file version %1 is not supported")
                         .arg(root.value(QLatin1String("version")).toInt()),
                     {},
                     0};
    QList<SopTemplate> sops;
    const QJsonArray list = root.value(QLatin1String("sops")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString where = tr("SOP %1").arg(i + 1);
        SopTemplate t;
        t.uid = o.value(QLatin1String("uid")).toString().trimmed();
        t.name = o.value(QLatin1String("name")).toString().trimmed();
        t.description = o.value(QLatin1String("description")).toString();
        t.language = o.value(QLatin1String("language")).toString(QStringLiteral("zh_CN"));
        t.scenario = o.value(QLatin1String("scenario")).toString(QStringLiteral("new_member"));
        t.targetKind = o.value(QLatin1String("target")).toString(QStringLiteral("member"));
        t.anchor = o.value(QLatin1String("anchor")).toString(QStringLiteral("join"));
        if (t.name.isEmpty())
            return Error{tr("%1 has no name").arg(where), {}, 0};
        if (!sopScenario::isValid(t.scenario) || !sopTarget::isValid(t.targetKind) ||
            !sopAnchor::isValid(t.anchor))
            return Error{tr("%1 (“%2”) has an unknown scenario, target or anchor").arg(where, t.name),
                         {},
                         0};
        const QJsonValue stop = o.value(QLatin1String("stop_condition"));
        if (stop.isObject())
            t.stopCondition = QString::fromUtf8(
                QJsonDocument(stop.toObject()).toJson(QJsonDocument::Compact));
        const QJsonArray actions = o.value(QLatin1String("end_actions")).toArray();
        if (!actions.isEmpty())
            t.endActions =
                QString::fromUtf8(QJsonDocument(actions).toJson(QJsonDocument::Compact));
        const QJsonArray steps = o.value(QLatin1String("steps")).toArray();
        for (qsizetype k = 0; k < steps.size(); ++k) {
            const QJsonObject so = steps.at(k).toObject();
            const QString at = tr("%1 (“%2”), step %3").arg(where, t.name, QString::number(k + 1));
            SopStep s;
            s.title = so.value(QLatin1String("title")).toString().trimmed();
            s.timingKind = so.value(QLatin1String("timing")).toString(QStringLiteral("day_offset"));
            s.dayOffset = so.value(QLatin1String("day")).toInt();
            s.repeatDays = so.value(QLatin1String("repeat_days")).toInt();
            s.weekday = so.value(QLatin1String("weekday")).toInt();
            s.channel = so.value(QLatin1String("channel")).toString(QStringLiteral("group"));
            s.script = so.value(QLatin1String("script")).toString();
            const QJsonArray window = so.value(QLatin1String("window")).toArray();
            if (window.size() == 2) {
                s.windowStart = QTime::fromString(window.at(0).toString(), kTime);
                s.windowEnd = QTime::fromString(window.at(1).toString(), kTime);
            }
            for (const QJsonValue& item : so.value(QLatin1String("checklist")).toArray())
                s.checklist << item.toString();
            if (s.title.isEmpty())
                return Error{tr("%1 has no title").arg(at), {}, 0};
            if (!sopTiming::isValid(s.timingKind))
                return Error{tr("%1 has an unknown timing “%2”").arg(at, s.timingKind), {}, 0};
            if (s.timingKind == QLatin1String("fixed_date")) {
                s.fixedDate = dateOf(so.value(QLatin1String("date")).toString(), today);
                if (!s.fixedDate.isValid())
                    return Error{tr("%1 needs a date (YYYY-MM-DD or MM-DD)").arg(at), {}, 0};
            }
            if (!channel::isValid(s.channel))
                return Error{tr("%1 has an unknown channel “%2”").arg(at, s.channel), {}, 0};
            if (!s.windowStart.isValid() || !s.windowEnd.isValid() || s.windowEnd < s.windowStart)
                return Error{tr("%1 needs a send window [\"HH:MM\", \"HH:MM\"]").arg(at), {}, 0};
            t.steps << s;
        }
        sops << t;
    }
    return sops;
}

} // namespace qundesk::sop
