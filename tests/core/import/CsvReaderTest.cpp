// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/CsvReader.h"

#include "util/StreamDigest.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QStringEncoder>

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
