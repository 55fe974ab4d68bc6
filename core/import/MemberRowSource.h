// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/MemberCsvImporter.h"
#include "import/MemberRow.h"
#include "util/BoundedQueue.h"

#include <QTimeZone>

#include <thread>

namespace qundesk {

class CsvReader;

// Rows of a member CSV, a chunk at a time, with the rows skipped among them.
struct MemberRowChunk {
    QList<MemberRow> rows;
    QList<qint64> lines;                       // of each row
    QStringList referrers;                     // each row's referrer as written
    struct Invalid {
        qint64 line = 0;
        QString reason;
        QString kind; // "no_name", "invalid_date"
    };
    QList<Invalid> skipped; // the invalid rows among them
    qint64 bytesRead = 0;                      // of the file, through this chunk
};

// Reads and checks the rows of a member CSV (after its header) on a thread of its own, a
// couple of chunks ahead of the import's writer: parsing the file then costs the import no
// time. The reader belongs to the source until the source is gone.
class MemberRowSource {
public:
    // Records per chunk, rows and skipped ones together (so a file whose rows are all skipped
    // still comes in chunks, and a cancel is seen soon): a multiple of the rows per statement of
    // every table the writer fills with one row per member (BatchInsert::kNativeParameters / 4, 5,
    // 10 and 15 columns), so no chunk ends in rows written one by one.
    static constexpr int kRows = 960;

    MemberRowSource(CsvReader& reader, const MemberCsvMapping& mapping,
                    const MemberImportOptions& options, const QTimeZone& zone);
    ~MemberRowSource(); // stops reading
    MemberRowSource(const MemberRowSource&) = delete;
    MemberRowSource& operator=(const MemberRowSource&) = delete;

    // The next chunk, or none at the end of the file. A file that cannot be read as CSV ends
    // with its error.
    Result<std::optional<MemberRowChunk>> next();
    // Hands a written chunk back: its rows are freed on the source's thread, not the writer's.
    void giveBack(MemberRowChunk&& chunk);

private:
    struct Item {
        std::optional<MemberRowChunk> chunk; // neither: the end of the file
        std::optional<Error> error;
    };
    void read();

    CsvReader& m_reader;
    MemberCsvMapping m_mapping;
    DateParser m_dates;
    QString m_defaultGroup;
    QString m_defaultPlatform;
    QTimeZone m_zone;

    // Read chunks, two ahead of the writer; closed when the source goes, which stops the reader.
    BoundedQueue<Item> m_items{2};
    // Written chunks, freed by the reader before it hands over the next.
    BoundedQueue<MemberRowChunk> m_spent{8};
    bool m_ended = false; // next() gave the end or an error
    std::thread m_thread;
};

} // namespace qundesk
