// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "demo/DemoWorkspace.h"

#include "db/Database.h"
#include "db/PageCacheScope.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "demo/DemoSteps.h"
#include "rules/ActivityAggregates.h"
#include "rules/MemberStatusUpdater.h"
#include "rules/TagRuleEngine.h"

namespace qundesk {

Result<DemoStats> DemoWorkspace::generate(Database& db, const DemoOptions& options) {
    QSqlDatabase connection = db.connection();
    auto groups =
        sql::scalar(connection, QStringLiteral("SELECT COUNT(*) FROM chat_groups"), {}, 0);
    if (!groups)
        return groups.error();
    if (groups->toLongLong() > 0)
        return Error{tr("The demo can only be created in an empty workspace; this one already "
                        "has groups."),
                     db.path(), 0};

    // A million rows in one transaction: keep the message indexes in the page cache.
    const PageCacheScope cache(connection, 128 * 1024);

    Transaction transaction(connection);
    if (!transaction.isActive())
        return transaction.beginError();

    demo::DemoContext ctx(connection, options);
    if (!ctx.progress(0))
        return ctx.cancelledError();
    // Each step stops at the first error or at a cancel; the guard then rolls everything back.
    auto run = [&]() -> Status {
        if (auto s = demo::insertSettingsAndGroups(ctx); !s)
            return s;
        demo::makePeople(ctx);
        const std::vector<demo::DemoOrder> orders = demo::makeOrders(ctx);
        if (!ctx.progress(3))
            return ctx.cancelledError();
        if (auto s = demo::insertPeople(ctx); !s)
            return s;
        if (auto s = demo::insertOrders(ctx, orders); !s)
            return s;
        if (auto s = demo::insertActivity(ctx, 12, 94); !s)
            return s;
        if (auto s = activityaggregates::rebuild(ctx.db, ctx.zone); !s)
            return s;
        if (auto s = demo::insertTags(ctx); !s)
            return s;
        if (!ctx.progress(96))
            return ctx.cancelledError();
        if (auto s = demo::insertContent(ctx); !s)
            return s;
        if (auto s = demo::insertSops(ctx); !s)
            return s;
        if (!ctx.progress(98))
            return ctx.cancelledError();
        // Stages, fan levels and rule tags as the rules see the generated history.
        MemberStatusUpdater::Options status;
        status.today = ctx.today;
        if (auto r = MemberStatusUpdater::recompute(db, status); !r)
            return r.error();
        if (auto r =
                TagRuleEngine::apply(db, ctx.today, QDateTime(ctx.today, QTime(8, 0), ctx.zone));
            !r)
            return r.error();
        if (!ctx.progress(99))
            return ctx.cancelledError();
        return {};
    };
    if (auto s = run(); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    ctx.progress(100);
    return ctx.stats;
}

} // namespace qundesk
