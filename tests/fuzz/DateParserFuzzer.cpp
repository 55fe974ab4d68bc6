// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// DateParser over any text, in each date order: a date or none, never a crash; a date it reads
// is a valid one that reads back the same from its ISO form; the date-time of the same text
// falls on that date.
#include "FuzzSupport.h"
#include "import/DateParser.h"

using namespace qundesk;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    static const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
    for (DateOrder order : {DateOrder::YMD, DateOrder::DMY, DateOrder::MDY}) {
        const DateParser parser(order);
        const QDate date = parser.parseDate(text);
        const QDateTime utc = parser.parseDateTime(text, QTimeZone::utc());
        const QDateTime local = parser.parseDateTime(text, shanghai);
        fuzz::require(date.isValid() == utc.isValid(), "date and date-time disagree");
        if (!date.isValid())
            continue;
        fuzz::require(utc.date() == date, "the date-time falls on another date");
        if (local.isValid())
            fuzz::require(local.toTimeZone(shanghai).date() == date,
                          "the local date-time falls on another date");
        const QString iso = date.toString(Qt::ISODate);
        fuzz::require(!iso.isEmpty(), "a date without an ISO form");
        fuzz::require(parser.parseDate(iso) == date, "the ISO form reads back as another date");
    }
    return 0;
}
