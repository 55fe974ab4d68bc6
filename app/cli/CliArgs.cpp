// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliArgs.h"

#include <QRegularExpression>

namespace qundesk::cli {

Result<CliArgs> CliArgs::parse(const QStringList& words, const QStringList& valueOptions,
                               const QStringList& flagOptions) {
    CliArgs args;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if (optionsEnded || !word.startsWith(QLatin1Char('-')) || word == QLatin1String("-")) {
            args.m_positional << word;
            continue;
        }
        if (word == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        const QString name = eq > 0 ? word.left(eq) : word;
        if (valueOptions.contains(name)) {
            if (eq > 0) {
                args.m_values.insert(name, word.mid(eq + 1));
            } else if (i + 1 < words.size()) {
                args.m_values.insert(name, words.at(++i));
            } else {
                return Error{tr("The option %1 needs a value.").arg(name), {}, 0};
            }
        } else if (flagOptions.contains(name) && eq < 0) {
            args.m_values.insert(name, QString());
        } else {
            return Error{tr("Unknown option %1.").arg(name), {}, 0};
        }
    }
    return args;
}

Result<QDate> CliArgs::date(const QString& option) const {
    if (!has(option))
        return QDate();
    const QString text = value(option);
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !day.isValid())
        return Error{
            tr("The option %1 needs a date written YYYY-MM-DD, not “%2”.").arg(option, text),
            {},
            0};
    return day;
}

Result<qint64> CliArgs::number(const QString& option, qint64 fallback, qint64 min,
                               qint64 max) const {
    if (!has(option))
        return fallback;
    bool ok = false;
    const qint64 n = value(option).toLongLong(&ok);
    if (!ok || n < min || n > max)
        return Error{tr("The option %1 needs a whole number from %2 to %3, not “%4”.")
                         .arg(option)
                         .arg(min)
                         .arg(max)
                         .arg(value(option)),
                     {},
                     0};
    return n;
}

} // namespace qundesk::cli
