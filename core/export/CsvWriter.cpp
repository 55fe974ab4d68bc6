// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "export/CsvWriter.h"

namespace qundesk {

CsvWriter::CsvWriter(const QString& path)
    : m_file(path)
    , m_path(path) {}

Status CsvWriter::open() {
    if (!m_file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write the file: %1").arg(m_file.errorString()), m_path, 0};
    m_file.write("\xEF\xBB\xBF");
    return {};
}

QString CsvWriter::neutralise(const QString& cell) {
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::escape(const QString& cell) {
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) &&
        !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList& cells) {
    QStringList out;
    out.reserve(cells.size());
    for (const QString& c : cells)
        out << escape(neutralise(c));
    m_file.write((out.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
}

void CsvWriter::writeRow(const QList<QVariant>& cells) {
    QStringList out;
    out.reserve(cells.size());
    for (const QVariant& c : cells) {
        const bool number = c.typeId() == QMetaType::Int || c.typeId() == QMetaType::LongLong ||
                            c.typeId() == QMetaType::Double;
        out << (number ? c.toString() : escape(neutralise(c.toString())));
    }
    m_file.write((out.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
}

Status CsvWriter::commit() {
    // QSaveFile::commit() does not see a failure of the last buffered write (a full disk
    // after a small file): flush first, and keep the previous file when that fails.
    if (!m_file.flush()) {
        const QString why = m_file.errorString();
        m_file.cancelWriting();
        return Error{tr("Cannot write the file: %1").arg(why), m_path, 0};
    }
    if (!m_file.commit())
        return Error{tr("Cannot write the file: %1").arg(m_file.errorString()), m_path, 0};
    return {};
}

} // namespace qundesk
