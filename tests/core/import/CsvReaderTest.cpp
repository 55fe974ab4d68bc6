// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/CsvReader.h"

#include "util/StreamDigest.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QStringEncoder>

#include <algorithm>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

struct Parsed {
    QList<CsvRecord> records;
    std::optional<Error> error;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
};

Parsed parse(const QByteArray& bytes, qsizetype maxRecord = 1 << 20) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("members.csv"));
    reader.setMaxRecordLength(maxRecord);
    Parsed out;
    if (auto s = reader.open(); !s) {
        out.error = s.error();
        return out;
    }
    out.encoding = reader.encoding();
    out.delimiter = reader.delimiter();
    for (;;) {
        auto r = reader.next();
        if (!r) {
            out.error = r.error();
            break;
        }
        if (!r->has_value())
            break;
        out.records << **r;
    }
    return out;
}

// A device that hands out at most `piece` bytes per read, as a pipe may.
class TrickleDevice final : public QIODevice {
public:
    TrickleDevice(QByteArray bytes, qint64 piece)
        : m_bytes(std::move(bytes))
        , m_piece(piece) {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_bytes.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 n = std::min({maxSize, m_piece, m_bytes.size() - pos()});
        std::copy_n(m_bytes.constData() + pos(), n, data);
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_piece;
};

QByteArray gb18030(const QString& text) {
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

} // namespace

TEST(CsvReader, ReadsUtf8WithBomAndStripsIt) {
    const Parsed p =
        parse(QByteArray("\xEF\xBB\xBF") + QStringLiteral("name,city\n小林,上海\n").toUtf8());
    ASSERT_FALSE(p.error);
    ASSERT_EQ(p.records.size(), 2);
    EXPECT_EQ(p.records[0].fields, (QStringList{QStringLiteral("name"), QStringLiteral("city")}));
    EXPECT_EQ(p.records[1].fields.at(0), QStringLiteral("小林"));
}

TEST(CsvReader, DetectsGb18030FromChineseExcel) {
    const Parsed p = parse(gb18030(QStringLiteral("姓名,城市\r\n王小明,杭州\r\n")));
    ASSERT_FALSE(p.error);
    EXPECT_EQ(p.encoding, TextEncoding::Gb18030);
    ASSERT_EQ(p.records.size(), 2);
    EXPECT_EQ(p.records[1].fields, (QStringList{QStringLiteral("王小明"), QStringLiteral("杭州")}));
}

TEST(CsvReader, KeepsNewlinesInQuotesAndCountsLines) {
    const Parsed p = parse("name,notes\n\"A\",\"line one\nline two\"\n\"B \"\"Bee\"\"\",x\n");
    ASSERT_FALSE(p.error);
    ASSERT_EQ(p.records.size(), 3);
    EXPECT_EQ(p.records[1].fields.at(1), QStringLiteral("line one\nline two"));
    EXPECT_EQ(p.records[1].line, 2);
    EXPECT_EQ(p.records[2].line, 4);
    EXPECT_EQ(p.records[2].fields.at(0), QStringLiteral("B \"Bee\""));
}

TEST(CsvReader, SkipsBlankLinesAndKeepsEmptyFields) {
    const Parsed p = parse("a,b,c\n\n1,,3\n   \n,,\n");
    ASSERT_FALSE(p.error);
    ASSERT_EQ(p.records.size(), 3);
    EXPECT_EQ(p.records[1].fields,
              (QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")}));
    EXPECT_EQ(p.records[1].line, 3);
    EXPECT_EQ(p.records[2].fields.size(), 3);
}

TEST(CsvReader, GuessesSemicolonAndTabDelimiters) {
    EXPECT_EQ(parse("a;b;c\n1;2;3\n").delimiter, QLatin1Char(';'));
    EXPECT_EQ(parse("a\tb\n1\t2\n").delimiter, QLatin1Char('\t'));
    EXPECT_EQ(parse("\"a;b\",c\n").delimiter, QLatin1Char(','));
}

TEST(CsvReader, UnterminatedQuoteNamesTheStartLine) {
    const Parsed p = parse("a,b\n1,2\n3,\"open\n4,5\n");
    ASSERT_TRUE(p.error);
    EXPECT_EQ(p.error->line, 3);
    EXPECT_EQ(p.error->file, QStringLiteral("members.csv"));
    EXPECT_EQ(p.records.size(), 2);
}

TEST(CsvReader, RefusesHugeLine) {
    const Parsed p = parse("a,b\n" + QByteArray(5000, 'x') + "\n", 1000);
    ASSERT_TRUE(p.error);
    EXPECT_EQ(p.error->line, 2);
}

TEST(CsvReader, RefusesBinaryAndUnknownEncodings) {
    const Parsed binary = parse(QByteArray("PK\x03\x04\0\0\x14\0", 8));
    ASSERT_TRUE(binary.error);
    const Parsed garbage = parse("name\nok\n\xFF\xFE\xFD\xFC\x80\x81\n");
    ASSERT_TRUE(garbage.error);
    EXPECT_EQ(garbage.error->line, 3);
}

TEST(CsvReader, MultibyteCharactersAcrossChunkBoundaries) {
    QString text = QStringLiteral("name,notes\n");
    for (int i = 0; i < 6000; ++i)
        text += QStringLiteral("成员%1,\"备注，带逗号\n第二行\"\n").arg(i);
    const Parsed p = parse(text.toUtf8());
    ASSERT_FALSE(p.error);
    ASSERT_EQ(p.records.size(), 6001);
    EXPECT_EQ(p.records.last().fields.at(0), QStringLiteral("成员5999"));
    EXPECT_EQ(p.records.last().fields.at(1), QStringLiteral("备注，带逗号\n第二行"));
    EXPECT_EQ(p.records.last().line, 2 + 5999 * 2);
    const Parsed gb = parse(gb18030(text));
    ASSERT_FALSE(gb.error);
    EXPECT_EQ(gb.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(gb.records.size(), 6001);
}

// Found by fuzzing: bytes that start a character but are not continued, at the end of one
// 64 KiB read, made the decoder drop the next byte (here the delimiter) of the next read.
TEST(CsvReader, UncontinuedBytesAtAReadBoundaryKeepTheByteAfterThem) {
    constexpr qsizetype kRead = 64 * 1024;
    for (const QByteArray& broken : {QByteArray("\xE4"), QByteArray("\xCE\xC5"),
                                    QByteArray("\xE4\xB8\xCE"), QByteArray("\xF0\x9F")}) {
        // With a byte-order mark, so the broken bytes cannot make the file look like GB18030;
        // the reads start after the mark.
        const qsizetype boundary = 3 + kRead;
        QByteArray bytes = "\xEF\xBB\xBFname,notes\n";
        while (bytes.size() < boundary - 20)
            bytes += "member,note\n";
        // A name whose broken bytes end on the read's last byte, then the delimiter.
        bytes += QByteArray(boundary - broken.size() - bytes.size(), 'x');
        bytes += broken + ",after\n";
        ASSERT_EQ(bytes.at(boundary), ',');
        const Parsed p = parse(bytes);
        ASSERT_FALSE(p.error);
        const CsvRecord& last = p.records.last();
        ASSERT_EQ(last.fields.size(), 2)
            << "the delimiter after " << broken.toHex().constData() << " was lost";
        EXPECT_TRUE(last.fields.at(0).endsWith(QChar::ReplacementCharacter))
            << broken.toHex().constData() << " read as " << qPrintable(last.fields.at(0).right(4));
        EXPECT_EQ(last.fields.at(1), QStringLiteral("after"));
    }
}

// Found by fuzzing: with a device that gives few bytes per read, the delimiter was guessed from
// the part of the first line the first read held (commas in a Chinese header's first cells,
// semicolons after them).
TEST(CsvReader, GuessesTheDelimiterFromTheWholeFirstLineWhateverTheReads) {
    const QByteArray bytes = "\xEF\xBB\xBF" + QStringLiteral("姓名,微信号;name;handle;group\n"
                                                               "小林,xl;x;y;z\n")
                                                    .toUtf8();
    TrickleDevice device(bytes, 7);
    CsvReader reader(&device, QStringLiteral("members.csv"));
    ASSERT_TRUE(reader.open().ok());
    EXPECT_EQ(reader.delimiter(), QLatin1Char(';'));
    auto header = reader.next();
    ASSERT_TRUE(header && header->has_value());
    EXPECT_EQ((*header)->fields.size(), 4);
    EXPECT_EQ(parse(bytes).delimiter, QLatin1Char(';'));
}

// GB18030 and UTF-16 characters cut by a read boundary decode whole.
TEST(CsvReader, CharactersCutByAReadBoundaryInEveryEncoding) {
    constexpr qsizetype kRead = 64 * 1024;
    for (const char* encoding : {"GB18030", "UTF-16LE", "UTF-16BE"}) {
        QStringEncoder encoder(encoding);
        const QByteArray bom = QByteArray(encoding) == "UTF-16LE"   ? QByteArray("\xFF\xFE")
                               : QByteArray(encoding) == "UTF-16BE" ? QByteArray("\xFE\xFF")
                                                                    : QByteArray();
        for (qsizetype shift = 0; shift < 8; ++shift) {
            QByteArray bytes = bom + encoder.encode(QStringLiteral("name,notes\n"));
            const QByteArray row = encoder.encode(QStringLiteral("张三,备注\n"));
            while (bytes.size() < kRead - 64)
                bytes += row;
            while (bytes.size() < kRead - 8 + shift) // the next name then straddles the read
                bytes += encoder.encode(QStringLiteral("a"));
            bytes += encoder.encode(QStringLiteral("名😀字,尾\n"));
            const Parsed p = parse(bytes);
            ASSERT_FALSE(p.error) << encoding;
            const CsvRecord& last = p.records.last();
            ASSERT_EQ(last.fields.size(), 2) << encoding << " shift " << shift;
            EXPECT_TRUE(last.fields.at(0).endsWith(QStringLiteral("名😀字")))
                << encoding << " shift " << shift;
            EXPECT_EQ(last.fields.at(1), QStringLiteral("尾")) << encoding;
        }
    }
}

TEST(CsvReader, DigestsEveryByteReadBomIncluded) {
    // Longer than one 64 KiB read, with a BOM the reader skips.
    QByteArray bytes = QByteArray("\xEF\xBB\xBF") + QByteArray("name,city\n");
    for (int i = 0; i < 5000; ++i)
        bytes += QStringLiteral("群成员%1,上海\n").arg(i).toUtf8();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("members.csv"));
    StreamDigest digest;
    reader.setDigest(&digest);
    ASSERT_TRUE(reader.open().ok());
    int records = 0;
    for (auto r = reader.next(); r.ok() && r->has_value(); r = reader.next())
        ++records;
    EXPECT_EQ(records, 5001);
    EXPECT_EQ(digest.result(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
}

TEST(CsvReader, QuotesInsideAFieldAndCarriageReturnsAsSpreadsheetsWriteThem) {
    // A quote after other characters is one of them; \r\n ends a line; \r inside quotes stays.
    const Parsed p = parse("name,notes\r\nab\"c,x\r\n\"q\r\nr\",\"\"\r\nlast,\"end\"\"\"");
    ASSERT_FALSE(p.error);
    ASSERT_EQ(p.records.size(), 4);
    EXPECT_EQ(p.records[1].fields, (QStringList{QStringLiteral("ab\"c"), QStringLiteral("x")}));
    EXPECT_EQ(p.records[2].fields, (QStringList{QStringLiteral("q\r\nr"), QString()}));
    EXPECT_EQ(p.records[3].line, 5);
    EXPECT_EQ(p.records[3].fields, (QStringList{QStringLiteral("last"), QStringLiteral("end\"")}));
}

TEST(CsvReader, AHugeQuotedFieldIsRefusedAtItsLine) {
    const Parsed p = parse("a,b\n1,2\n\"" + QByteArray(5000, 'x') + "\"\n", 1000);
    ASSERT_TRUE(p.error);
    EXPECT_EQ(p.error->line, 3);
}
