// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/MemberRowSource.h"

#include "import/CsvReader.h"
#include "import/MemberImportKeys.h"
#include "rules/MemberStatusRow.h"
#include "util/Time.h"

namespace qundesk {

MemberRowSource::MemberRowSource(CsvReader& reader, const MemberCsvMapping& mapping,
                                 const MemberImportOptions& options, const QTimeZone& zone)
    : m_reader(reader)
    , m_mapping(mapping)
    , m_dates(options.dateOrder)
    , m_defaultGroup(options.defaultGroup.trimmed())
    , m_defaultPlatform(options.defaultPlatform)
    , m_zone(zone)
    , m_thread([this] { read(); }) {}

MemberRowSource::~MemberRowSource() {
    m_items.close(); // the reader's next hand-over is refused, and it stops between records
    m_thread.join();
}

Result<std::optional<MemberRowChunk>> MemberRowSource::next() {
    if (m_ended)
        return std::optional<MemberRowChunk>{};
    // The reader always ends with the end or an error, so this does not wait forever.
    Item item;
    if (!m_items.pop(&item)) {
        m_ended = true;
        return std::optional<MemberRowChunk>{};
    }
    if (item.error) {
        m_ended = true;
        return *item.error;
    }
    m_ended = !item.chunk;
    return std::move(item.chunk);
}

void MemberRowSource::giveBack(MemberRowChunk&& chunk) {
    // Freed here instead when the reader has stopped taking them (the queue is full).
    (void)m_spent.tryPush(std::move(chunk));
}

void MemberRowSource::read() {
    time::LocalDays days(m_zone);
    MemberRowChunk chunk;
    const auto reserve = [&chunk] {
        chunk.rows.reserve(kRows);
        chunk.lines.reserve(kRows);
        chunk.referrers.reserve(kRows);
    };
    reserve();
    for (;;) {
        if (m_items.isClosed())
            return;
        if (chunk.rows.size() + chunk.skipped.size() >= kRows) {
            chunk.bytesRead = m_reader.bytesRead();
            (void)m_spent.takeAll(); // the writer's chunks, freed here
            if (!m_items.push({std::move(chunk), {}}))
                return;
            chunk = {};
            reserve();
        }
        auto next = m_reader.next();
        if (!next) {
            (void)m_items.push({std::nullopt, next.error()});
            return;
        }
        if (!next->has_value()) {
            chunk.bytesRead = m_reader.bytesRead();
            if ((!chunk.rows.isEmpty() || !chunk.skipped.isEmpty()) &&
                !m_items.push({std::move(chunk), {}}))
                return;
            (void)m_items.push({});
            return;
        }
        const CsvRecord& record = **next;
        const auto field = [&](MemberField f) {
            const int c = m_mapping.column(f);
            return c >= 0 && c < record.fields.size() ? record.fields.at(c).trimmed() : QString();
        };
        MemberRow row;
        row.name = field(MemberField::Name);
        row.handle = field(MemberField::Handle);
        if (row.name.isEmpty() && row.handle.isEmpty()) {
            chunk.skipped.append({record.line, MemberCsvImporter::tr("No name or handle."),
                                  QStringLiteral("no_name")});
            continue;
        }
        const QString joined = field(MemberField::Joined), birthday = field(MemberField::Birthday);
        row.joinedAt = m_dates.parseDateTime(joined, m_zone);
        row.birthday = m_dates.parseDate(birthday);
        if (!joined.isEmpty() && !row.joinedAt.isValid()) {
            chunk.skipped.append(
                {record.line,
                 MemberCsvImporter::tr("The join date “%1” is not a date.").arg(joined),
                 QStringLiteral("invalid_date")});
            continue;
        }
        if (!birthday.isEmpty() && !row.birthday.isValid()) {
            chunk.skipped.append(
                {record.line,
                 MemberCsvImporter::tr("The birthday “%1” is not a date.").arg(birthday),
                 QStringLiteral("invalid_date")});
            continue;
        }
        row.groupName = field(MemberField::Group);
        if (row.groupName.isEmpty())
            row.groupName = m_defaultGroup;
        row.platform = memberwords::platform(field(MemberField::Platform));
        if (row.platform.isEmpty())
            row.platform = m_defaultPlatform;
        row.role = memberwords::role(field(MemberField::Role));
        row.gender = memberwords::gender(field(MemberField::Gender));
        row.city = field(MemberField::City);
        row.source = memberwords::source(field(MemberField::Source));
        row.notes = field(MemberField::Notes);
        row.phone = field(MemberField::Phone);
        row.tags = memberwords::tags(field(MemberField::Tags));
        row.foldedName = importkeys::filterName(row.shownName());
        row.joinedStored = time::toStorage(row.joinedAt.isValid() ? row.joinedAt : time::now());
        row.joinedDay = days.dayOf(row.joinedStored);
        row.searchText = memberstatus::searchText(
            row.shownName(), row.notes, row.phone,
            row.handle.isEmpty() ? QList<std::pair<QString, QString>>{}
                                 : QList<std::pair<QString, QString>>{{row.handle, row.name}});
        chunk.rows.append(std::move(row));
        chunk.lines.append(record.line);
        chunk.referrers.append(field(MemberField::Referrer));
    }
}

} // namespace qundesk
