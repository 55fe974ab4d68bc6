// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliContext.h"
#include "Command.h"
#include "TextTable.h"
#include "db/Database.h"
#include "services/SopTaskService.h"
#include "sop/FatigueGuard.h"
#include "sop/TaskAgenda.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QJsonArray>

namespace qundesk::cli {

namespace {

class TaskCommands {
    Q_DECLARE_TR_FUNCTIONS(TaskCommands)

public:
    static QList<Command> commands() {
        Command list;
        list.words = {QStringLiteral("task"), QStringLiteral("list")};
        list.synopsis = QStringLiteral("[--due YYYY-MM-DD]");
        list.summary = tr("List the SOP tasks due on or before a day (default: today), overdue "
                          "ones included, with their scripts filled in.");
        list.valueOptions = {QStringLiteral("--due")};
        list.readsDays = true;
        list.run = &TaskCommands::list;

        Command done;
        done.words = {QStringLiteral("task"), QStringLiteral("done")};
        done.synopsis = QStringLiteral("ID");
        done.summary = tr("Mark a task done (records the touch).");
        done.minPositional = done.maxPositional = 1;
        done.run = &TaskCommands::done;

        Command skip;
        skip.words = {QStringLiteral("task"), QStringLiteral("skip")};
        skip.synopsis = QStringLiteral("ID --reason TEXT");
        skip.summary = tr("Skip a task, saying why.");
        skip.valueOptions = {QStringLiteral("--reason")};
        skip.minPositional = skip.maxPositional = 1;
        skip.run = &TaskCommands::skip;
        return {list, done, skip};
    }

private:
    static Result<qint64> taskId(CliContext& ctx, const CliArgs& args) {
        bool ok = false;
        const qint64 id = args.positional().constFirst().toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usage(Error{tr("A task id is a whole number above 0, not “%1”.")
                                       .arg(args.positional().constFirst()),
                                   {},
                                   0});
        return id;
    }

    static Status list(CliContext& ctx, const CliArgs& args) {
        auto due = args.date(QStringLiteral("--due"));
        if (!due)
            return ctx.usage(due.error());
        auto db = ctx.reportDatabase();
        if (!db)
            return db.error();
        const QDate day = due->isValid() ? *due : time::today(SettingsStore(**db).timeZone());
        auto tasks = sop::TaskAgenda::dueBy(**db, day);
        if (!tasks)
            return tasks.error();
        QJsonArray out;
        QList<QStringList> rows;
        for (const sop::AgendaTask& t : std::as_const(tasks.value())) {
            QJsonObject o{{QStringLiteral("id"), t.id},
                          {QStringLiteral("due"), t.dueDay.toString(Qt::ISODate)},
                          {QStringLiteral("member"), t.memberName},
                          {QStringLiteral("group"), t.groupName},
                          {QStringLiteral("sop"), t.sopName},
                          {QStringLiteral("step"), t.stepTitle},
                          {QStringLiteral("script"), t.script}};
            if (!t.holdReason.isEmpty())
                o.insert(QStringLiteral("held"), sop::FatigueGuard::describe(t.holdReason));
            out.append(o);
            rows << QStringList{QString::number(t.id), t.dueDay.toString(Qt::ISODate),
                                t.memberName, t.groupName, t.stepTitle, t.script};
        }
        ctx.print({{QStringLiteral("tasks"), out}},
                  rows.isEmpty() ? tr("No task is due by %1.").arg(day.toString(Qt::ISODate))
                                 : formatTable({tr("Id"), tr("Due"), tr("Member"), tr("Group"),
                                                tr("Step"), tr("Script")},
                                               rows));
        return {};
    }

    static Status done(CliContext& ctx, const CliArgs& args) {
        auto id = taskId(ctx, args);
        if (!id)
            return id.error();
        auto db = ctx.database(CliContext::Open::Write);
        if (!db)
            return db.error();
        if (Status s = SopTaskService::done(**db, *id); !s)
            return s;
        ctx.print({{QStringLiteral("task"), *id}, {QStringLiteral("status"), QStringLiteral("done")}},
                  tr("Task %1 done.").arg(*id));
        return {};
    }

    static Status skip(CliContext& ctx, const CliArgs& args) {
        auto id = taskId(ctx, args);
        if (!id)
            return id.error();
        const QString reason = args.value(QStringLiteral("--reason")).trimmed();
        if (reason.isEmpty())
            return ctx.usage(Error{tr("Say why the task is skipped: --reason TEXT."), {}, 0});
        auto db = ctx.database(CliContext::Open::Write);
        if (!db)
            return db.error();
        if (Status s = SopTaskService::skip(**db, *id, reason); !s)
            return s;
        ctx.print({{QStringLiteral("task"), *id},
                   {QStringLiteral("status"), QStringLiteral("skipped")},
                   {QStringLiteral("reason"), reason}},
                  tr("Task %1 skipped.").arg(*id));
        return {};
    }
};

} // namespace

QList<Command> taskCommands() {
    return TaskCommands::commands();
}

} // namespace qundesk::cli
