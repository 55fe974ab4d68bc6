// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "demo/DemoNames.h"
#include "demo/DemoSteps.h"

#include <algorithm>
#include <tuple>

namespace qundesk::demo {

namespace {

// Shopping hours: lunch break and the evening peak.
const std::vector<double> kOrderHours = {0.6, 0.3, 0.1, 0.05, 0.05, 0.1, 0.2, 0.5,
                                         0.9, 1.2, 1.4, 1.6,  2.0,  1.6, 1.3, 1.2,
                                         1.2, 1.3, 1.6, 2.2,  3.0,  3.2, 2.6, 1.4};

int orderCount(DemoRandom& r) {
    const double u = r.unit();
    if (u < 0.55)
        return 1;
    if (u < 0.87)
        return r.between(2, 3);
    return r.between(4, 8);
}

} // namespace

std::vector<DemoOrder> makeOrders(DemoContext& ctx) {
    DemoRandom& r = ctx.random;
    const WeightedTable hours(kOrderHours);
    std::vector<std::vector<int>> staysOf(ctx.people.size());
    for (std::size_t i = 0; i < ctx.stays.size(); ++i)
        staysOf[std::size_t(ctx.stays[i].person)].push_back(int(i));

    std::vector<DemoOrder> orders;
    const QDate earliest = ctx.today.addDays(-365);
    for (std::size_t i = 0; i < ctx.people.size(); ++i) {
        Person& p = ctx.people[i];
        bool vip = false;
        for (int s : staysOf[i])
            vip = vip || ctx.groups[std::size_t(ctx.stays[std::size_t(s)].group)].purpose ==
                             QLatin1String("vip");
        double chance = p.english ? 0.18 : 0.24;
        if (vip)
            chance = 0.85;
        else if (p.talk > 1.0)
            chance += 0.12;
        if (!r.chance(chance))
            continue;
        const int count = vip ? orderCount(r) + 1 : orderCount(r);
        for (int k = 0; k < count; ++k) {
            const Stay& s = ctx.stays[std::size_t(r.pick(staysOf[i]))];
            const QDate from = std::max(s.joinDay, earliest);
            const QDate to = s.leaveDay.isValid() ? std::min(s.leaveDay, ctx.today) : ctx.today;
            const QDate day = from.addDays(r.between(0, int(std::max<qint64>(0, from.daysTo(to)))));
            const auto& products = p.english ? names::englishProducts() : names::chineseProducts();
            const names::Product& product = r.pick(products);
            const int quantity = r.chance(0.75) ? 1 : (r.chance(0.7) ? 2 : 3);
            qint64 amount = qint64(product.priceCents) * quantity;
            if (r.chance(0.2))
                amount = amount * 85 / 100 / 100 * 100; // campaign discount, whole yuan
            int second = hours.draw(r) * 3600 + r.between(0, 3599);
            if (day == s.joinDay && second < s.joinSecond)
                second = std::min(86399, s.joinSecond + r.between(60, 3600));
            orders.push_back({int(i), s.group, ctx.epoch(day, second), amount,
                              quantity > 1 ? QStringLiteral("%1 ×%2").arg(product.name,
                                                                          QString::number(quantity))
                                           : product.name});
            ++p.orders;
            p.spentCents += amount;
        }
    }
    std::stable_sort(orders.begin(), orders.end(), [](const DemoOrder& a, const DemoOrder& b) {
        return std::tie(a.epoch, a.person) < std::tie(b.epoch, b.person);
    });
    return orders;
}

Status insertOrders(DemoContext& ctx, const std::vector<DemoOrder>& orders) {
    PreparedInsert insert;
    if (auto s = insert.prepare(
            ctx.db,
            QStringLiteral(
                "INSERT INTO orders (member_id, group_id, ordered_at, amount_cents, currency, "
                "product, external_id, created_at) VALUES (:member, :group, :ordered, :amount, "
                "'CNY', :product, :external, :created)"));
        !s)
        return s;
    int n = 0;
    for (const DemoOrder& o : orders) {
        const QString at = formatEpoch(o.epoch);
        if (auto s = insert.run({ctx.people[std::size_t(o.person)].id,
                                 ctx.groups[std::size_t(o.group)].id, at, o.amountCents, o.product,
                                 QStringLiteral("demo-order-%1").arg(++n), at});
            !s)
            return s;
    }
    ctx.stats.orders = n;
    return {};
}

} // namespace qundesk::demo
