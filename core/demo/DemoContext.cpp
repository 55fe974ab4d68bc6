// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "demo/DemoContext.h"

#include "util/Time.h"

#include <QDateTime>
#include <QSqlError>

namespace qundesk::demo {

Status PreparedInsert::prepare(const QSqlDatabase& db, const QString& statement) {
    m_query = QSqlQuery(db);
    m_head = statement.simplified().section(QLatin1Char(' '), 0, 2);
    if (!m_query.prepare(statement))
        return Error{DemoWorkspace::tr("Cannot write the demo (%1): %2")
                         .arg(m_head, m_query.lastError().text()),
                     {},
                     0};
    return {};
}

Status PreparedInsert::run(std::initializer_list<QVariant> values) {
    int position = 0;
    for (const QVariant& value : values)
        m_query.bindValue(position++, value);
    if (!m_query.exec())
        return Error{DemoWorkspace::tr("Cannot write the demo (%1): %2")
                         .arg(m_head, m_query.lastError().text()),
                     {},
                     0};
    return {};
}

DemoContext::DemoContext(QSqlDatabase database, const DemoOptions& options)
    : db(std::move(database))
    , random(options.seed)
    , zone(options.timeZone)
    , scale(std::max(1, options.scale))
    , m_progress(options.progress) {
    if (!zone.isValid())
        zone = QTimeZone::utc();
    today = options.today.isValid() ? options.today : time::today(zone);
    firstDay = today.addDays(-(kWindowDays - 1));
}

const std::array<qint64, 24>& DemoContext::hours(const QDate& date) {
    const qint64 key = date.toJulianDay();
    auto found = m_hourCache.find(key);
    if (found != m_hourCache.end())
        return found->second;
    std::array<qint64, 24> table{};
    for (int hour = 0; hour < 24; ++hour)
        table[std::size_t(hour)] = QDateTime(date, QTime(hour, 0), zone).toSecsSinceEpoch();
    return m_hourCache.emplace(key, table).first->second;
}

qint64 DemoContext::epoch(const QDate& date, int second) {
    const int hour = std::clamp(second / 3600, 0, 23);
    return hours(date)[std::size_t(hour)] + (second - hour * 3600);
}

QString DemoContext::instant(const QDate& date, int second) {
    return formatEpoch(epoch(date, second));
}

bool DemoContext::progress(int percent) {
    if (m_cancelled)
        return false;
    percent = std::clamp(percent, 0, 100);
    if (!m_progress || percent == m_lastPercent)
        return true;
    m_lastPercent = percent;
    m_cancelled = !m_progress(percent);
    return !m_cancelled;
}

Error DemoContext::cancelledError() const {
    return Error{DemoWorkspace::tr("Cancelled"), {}, 0};
}

QString formatEpoch(qint64 seconds) {
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    const int second = int(rest);
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(),
                             date.day(), second / 3600, (second / 60) % 60, second % 60);
}

} // namespace qundesk::demo
