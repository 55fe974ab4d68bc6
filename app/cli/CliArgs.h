// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

namespace qundesk::cli {

// The words after a command: options ("--name value" or "--name=value", or a bare flag) and
// positional arguments, split by what the command declares. Anything undeclared is an error.
class CliArgs {
    Q_DECLARE_TR_FUNCTIONS(CliArgs)

public:
    static Result<CliArgs> parse(const QStringList& words, const QStringList& valueOptions,
                                 const QStringList& flagOptions);

    const QStringList& positional() const { return m_positional; }
    bool has(const QString& option) const { return m_values.contains(option); }
    QString value(const QString& option) const { return m_values.value(option); }

    // A YYYY-MM-DD date; an invalid QDate when the option is absent. The error names the option.
    Result<QDate> date(const QString& option) const;
    // A whole number in [min, max]; `fallback` when absent. The error names the option.
    Result<qint64> number(const QString& option, qint64 fallback, qint64 min, qint64 max) const;

private:
    QStringList m_positional;
    QHash<QString, QString> m_values; // flags map to an empty string
};

} // namespace qundesk::cli
