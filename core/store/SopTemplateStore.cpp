// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/SopTemplateStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "model/ContentItem.h"
#include "util/Time.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QSet>
#include <QSqlQuery>

namespace qundesk {

namespace {

const QString kTemplateColumns =
    QStringLiteral("t.id, t.name, t.description, t.language, t.target_kind, t.anchor, "
                   "t.stop_condition, t.end_actions, t.builtin, t.created_at, t.updated_at, "
                   "t.uid, t.scenario");
const QString kStepColumns =
    QStringLiteral("s.id, s.template_id, s.position, s.title, s.timing_kind, s.day_offset, "
                   "s.fixed_date, s.weekday, s.window_start, s.window_end, s.channel, s.script, "
                   "s.repeat_days, s.checklist");
const QString kTimeOfDay = QStringLiteral("HH:mm"); // stored "HH:MM"

SopTemplate templateFromRow(const QSqlQuery& q) {
    SopTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.description = q.value(2).toString();
    t.language = q.value(3).toString();
    t.targetKind = q.value(4).toString();
    t.anchor = q.value(5).toString();
    t.stopCondition = q.value(6).toString();
    t.endActions = q.value(7).toString();
    t.builtin = q.value(8).toInt() != 0;
    t.createdAt = time::fromStorage(q.value(9).toString());
    t.updatedAt = time::fromStorage(q.value(10).toString());
    t.uid = q.value(11).toString();
    t.scenario = q.value(12).toString();
    return t;
}

SopStep stepFromRow(const QSqlQuery& q) {
    SopStep s;
    s.id = q.value(0).toLongLong();
    s.templateId = q.value(1).toLongLong();
    s.position = q.value(2).toInt();
    s.title = q.value(3).toString();
    s.timingKind = q.value(4).toString();
    s.dayOffset = q.value(5).toInt();
    s.fixedDate = time::dayFromStorage(q.value(6).toString());
    s.weekday = q.value(7).toInt();
    s.windowStart = QTime::fromString(q.value(8).toString(), kTimeOfDay);
    s.windowEnd = QTime::fromString(q.value(9).toString(), kTimeOfDay);
    s.channel = q.value(10).toString();
    s.script = q.value(11).toString();
    s.repeatDays = q.value(12).toInt();
    const QJsonArray checklist = QJsonDocument::fromJson(q.value(13).toByteArray()).array();
    for (const QJsonValue& item : checklist)
        s.checklist << item.toString();
    return s;
}

QVariantMap templateBindings(const SopTemplate& t) {
    return {
        {QStringLiteral(":name"), t.name.trimmed()},
        {QStringLiteral(":description"), sql::nullIfEmpty(t.description)},
        {QStringLiteral(":language"), t.language},
        {QStringLiteral(":target"), t.targetKind},
        {QStringLiteral(":anchor"), t.anchor},
        {QStringLiteral(":stop"), sql::nullIfEmpty(t.stopCondition)},
        {QStringLiteral(":actions"), sql::nullIfEmpty(t.endActions)},
        {QStringLiteral(":builtin"), t.builtin ? 1 : 0},
        {QStringLiteral(":uid"), t.uid},
        {QStringLiteral(":scenario"), t.scenario},
        {QStringLiteral(":updated"), time::toStorage(time::now())},
    };
}

QVariantMap stepBindings(const SopStep& s, int position) {
    const bool onDate = s.timingKind == QLatin1String("fixed_date");
    const bool onWeekday = s.timingKind == QLatin1String("weekday");
    return {
        {QStringLiteral(":position"), position},
        {QStringLiteral(":title"), s.title.trimmed()},
        {QStringLiteral(":timing"), s.timingKind},
        {QStringLiteral(":offset"), s.dayOffset},
        {QStringLiteral(":date"),
         sql::nullIfEmpty(onDate ? time::dayToStorage(s.fixedDate) : QString())},
        {QStringLiteral(":weekday"),
         onWeekday ? QVariant(s.weekday) : QVariant(QMetaType::fromType<int>())},
        {QStringLiteral(":wstart"), s.windowStart.toString(kTimeOfDay)},
        {QStringLiteral(":wend"), s.windowEnd.toString(kTimeOfDay)},
        {QStringLiteral(":channel"), s.channel},
        {QStringLiteral(":script"), s.script},
        {QStringLiteral(":repeat"), onDate || onWeekday ? 0 : s.repeatDays},
        {QStringLiteral(":checklist"),
         s.checklist.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(QString::fromUtf8(
                                     QJsonDocument(QJsonArray::fromStringList(s.checklist))
                                         .toJson(QJsonDocument::Compact)))},
    };
}

} // namespace

SopTemplateStore::SopTemplateStore(const Database& db)
    : m_db(db.connection()) {}

Status SopTemplateStore::validate(const SopTemplate& sop) const {
    if (sop.name.trimmed().isEmpty())
        return Error{tr("An SOP needs a name."), {}, 0};
    if (!sopTarget::isValid(sop.targetKind))
        return Error{tr("Unknown SOP target “%1”.").arg(sop.targetKind), {}, 0};
    if (!sopScenario::isValid(sop.scenario))
        return Error{tr("Unknown SOP scenario “%1”.").arg(sop.scenario), {}, 0};
    if (!sopAnchor::isValid(sop.anchor))
        return Error{tr("Unknown SOP anchor “%1”.").arg(sop.anchor), {}, 0};
    for (qsizetype i = 0; i < sop.steps.size(); ++i) {
        const SopStep& s = sop.steps.at(i);
        const qsizetype n = i + 1;
        if (s.title.trimmed().isEmpty())
            return Error{tr("Step %1 needs a title.").arg(n), {}, 0};
        if (!sopTiming::isValid(s.timingKind))
            return Error{tr("Step %1 has an unknown timing “%2”.").arg(n).arg(s.timingKind), {}, 0};
        if (s.timingKind == QLatin1String("fixed_date") && !s.fixedDate.isValid())
            return Error{tr("Step %1 needs its date.").arg(n), {}, 0};
        if (s.timingKind == QLatin1String("weekday") && (s.weekday < 1 || s.weekday > 7))
            return Error{tr("Step %1 needs a weekday from Monday to Sunday.").arg(n), {}, 0};
        if (s.repeatDays < 0)
            return Error{tr("Step %1 cannot repeat every %2 days.").arg(n).arg(s.repeatDays), {}, 0};
        if (s.dayOffset < 0)
            return Error{tr("Step %1 cannot happen before its anchor day.").arg(n), {}, 0};
        if (!s.windowStart.isValid() || !s.windowEnd.isValid() || s.windowEnd < s.windowStart)
            return Error{tr("Step %1 has a send window that ends before it starts.").arg(n), {}, 0};
        if (!channel::isValid(s.channel))
            return Error{tr("Step %1 has an unknown channel “%2”.").arg(n).arg(s.channel), {}, 0};
    }
    return {};
}

Status SopTemplateStore::insertStep(qint64 templateId, const SopStep& step, int position) {
    QVariantMap binds = stepBindings(step, position);
    binds.insert(QStringLiteral(":template"), templateId);
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO sop_steps (template_id, position, title, "
                                      "timing_kind, day_offset, fixed_date, weekday, "
                                      "window_start, window_end, channel, script, repeat_days, "
                                      "checklist) VALUES (:template, :position, :title, "
                                      ":timing, :offset, :date, :weekday, :wstart, :wend, "
                                      ":channel, :script, :repeat, :checklist)"),
                       binds);
    if (!q)
        return Error{tr("Cannot save step %1: %2").arg(position).arg(q.error().message), {}, 0};
    return {};
}

Result<qint64> SopTemplateStore::create(const SopTemplate& sop) {
    if (Status valid = validate(sop); !valid)
        return valid.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QVariantMap binds = templateBindings(sop);
    binds.insert(QStringLiteral(":created"), binds.value(QStringLiteral(":updated")));
    if (sop.uid.isEmpty())
        binds.insert(QStringLiteral(":uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO sop_templates (name, description, language, "
                                      "target_kind, anchor, stop_condition, end_actions, "
                                      "builtin, created_at, updated_at, uid, scenario) VALUES "
                                      "(:name, :description, :language, :target, :anchor, "
                                      ":stop, :actions, :builtin, :created, :updated, :uid, "
                                      ":scenario)"),
                       binds);
    if (!q)
        return Error{tr("Cannot add the SOP “%1”: %2").arg(sop.name, q.error().message), {}, 0};
    const qint64 id = q->lastInsertId().toLongLong();
    for (qsizetype i = 0; i < sop.steps.size(); ++i) {
        if (Status added = insertStep(id, sop.steps.at(i), int(i) + 1); !added)
            return added.error();
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Status SopTemplateStore::update(const SopTemplate& sop) {
    if (Status valid = validate(sop); !valid)
        return valid;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    QVariantMap binds = templateBindings(sop);
    binds.remove(QStringLiteral(":uid")); // a template keeps its identity
    binds.insert(QStringLiteral(":id"), sop.id);
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE sop_templates SET name = :name, description = "
                                      ":description, language = :language, target_kind = "
                                      ":target, anchor = :anchor, stop_condition = :stop, "
                                      "end_actions = :actions, builtin = :builtin, scenario = "
                                      ":scenario, updated_at = :updated WHERE id = :id"),
                       binds);
    if (!q)
        return Error{tr("Cannot save the SOP “%1”: %2").arg(sop.name, q.error().message), {}, 0};
    if (q->numRowsAffected() == 0)
        return Error{tr("The SOP no longer exists."), {}, 0};

    const QVariantMap byTemplate{{QStringLiteral(":template"), sop.id}};
    auto stored = sql::exec(
        m_db, QStringLiteral("SELECT id FROM sop_steps WHERE template_id = :template"), byTemplate);
    if (!stored)
        return stored.error();
    QSet<qint64> obsolete;
    while (stored->next())
        obsolete.insert(stored->value(0).toLongLong());
    // Park the stored positions below zero so the new order never collides on UNIQUE(position).
    if (auto parked = sql::exec(m_db,
                                QStringLiteral("UPDATE sop_steps SET position = -position - 1 "
                                               "WHERE template_id = :template"),
                                byTemplate);
        !parked) {
        return parked.error();
    }
    for (qsizetype i = 0; i < sop.steps.size(); ++i) {
        const SopStep& step = sop.steps.at(i);
        const int position = int(i) + 1;
        if (!obsolete.remove(step.id)) {
            if (Status added = insertStep(sop.id, step, position); !added)
                return added;
            continue;
        }
        QVariantMap stepBinds = stepBindings(step, position);
        stepBinds.insert(QStringLiteral(":id"), step.id);
        auto saved = sql::exec(m_db,
                               QStringLiteral("UPDATE sop_steps SET position = :position, title "
                                              "= :title, timing_kind = :timing, day_offset = "
                                              ":offset, fixed_date = :date, weekday = :weekday, "
                                              "window_start = :wstart, window_end = :wend, "
                                              "channel = :channel, script = :script, "
                                              "repeat_days = :repeat, checklist = :checklist "
                                              "WHERE id = :id"),
                               stepBinds);
        if (!saved)
            return Error{
                tr("Cannot save step %1: %2").arg(position).arg(saved.error().message), {}, 0};
    }
    for (qint64 id : std::as_const(obsolete)) {
        if (auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM sop_steps WHERE id = :id"),
                                     {{QStringLiteral(":id"), id}});
            !removed) {
            return removed.error();
        }
    }
    return tx.commit();
}

Status SopTemplateStore::remove(qint64 id) {
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM sop_templates WHERE id = :id"),
                       {{QStringLiteral(":id"), id}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The SOP no longer exists."), {}, 0};
    return {};
}

Result<QList<SopTemplate>> SopTemplateStore::select(const QString& where,
                                                    const QVariantMap& binds) const {
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM sop_templates t %2 ORDER BY t.name")
                           .arg(kTemplateColumns, where),
                       binds);
    if (!q)
        return q.error();
    QList<SopTemplate> templates;
    QHash<qint64, qsizetype> indexById;
    while (q->next()) {
        indexById.insert(q->value(0).toLongLong(), templates.size());
        templates << templateFromRow(*q);
    }
    if (templates.isEmpty())
        return templates;
    auto steps = sql::exec(m_db,
                           QStringLiteral("SELECT %1 FROM sop_steps s WHERE s.template_id IN "
                                          "(SELECT t.id FROM sop_templates t %2) ORDER BY "
                                          "s.template_id, s.position")
                               .arg(kStepColumns, where),
                           binds);
    if (!steps)
        return steps.error();
    while (steps->next()) {
        SopStep step = stepFromRow(*steps);
        templates[indexById.value(step.templateId)].steps << step;
    }
    return templates;
}

Result<SopTemplate> SopTemplateStore::get(qint64 id) const {
    auto found = select(QStringLiteral("WHERE t.id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("The SOP no longer exists."), {}, 0};
    return found->first();
}

Result<std::optional<SopTemplate>> SopTemplateStore::findByName(const QString& name) const {
    auto found =
        select(QStringLiteral("WHERE t.name = :name"), {{QStringLiteral(":name"), name.trimmed()}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<SopTemplate>{};
    return std::optional<SopTemplate>{found->first()};
}

Result<std::optional<SopTemplate>> SopTemplateStore::findByUid(const QString& uid) const {
    auto found = select(QStringLiteral("WHERE t.uid = :uid"), {{QStringLiteral(":uid"), uid}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<SopTemplate>{};
    return std::optional<SopTemplate>{found->first()};
}

Result<QList<SopTemplate>> SopTemplateStore::list() const {
    return select(QString(), {});
}

} // namespace qundesk
