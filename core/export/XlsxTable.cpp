// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "export/XlsxTable.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef QUNDESK_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

namespace qundesk {

struct XlsxTable::Impl {
    QString path;
    QString tempPath;
#ifdef QUNDESK_HAVE_XLSXWRITER
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* bold = nullptr;
#endif
    quint32 row = 0;
};

XlsxTable::XlsxTable(QString path)
    : d(std::make_unique<Impl>()) {
    d->path = std::move(path);
    d->tempPath = d->path + QStringLiteral(".part");
}

XlsxTable::~XlsxTable() {
#ifdef QUNDESK_HAVE_XLSXWRITER
    if (d->workbook) {
        workbook_close(d->workbook);
        QFile::remove(d->tempPath);
    }
#endif
}

bool XlsxTable::available() {
#ifdef QUNDESK_HAVE_XLSXWRITER
    return true;
#else
    return false;
#endif
}

Status XlsxTable::open(const QString& sheetName, const QStringList& headers) {
#ifdef QUNDESK_HAVE_XLSXWRITER
    QFile::remove(d->tempPath);
    d->workbook = workbook_new(QFile::encodeName(d->tempPath).constData());
    if (!d->workbook)
        return Error{tr("Cannot write the file."), d->path, 0};
    d->sheet = workbook_add_worksheet(d->workbook, sheetName.left(31).toUtf8().constData());
    d->bold = workbook_add_format(d->workbook);
    format_set_bold(d->bold);
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(d->sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(),
                               d->bold);
    worksheet_freeze_panes(d->sheet, 1, 0);
    d->row = 1;
    return {};
#else
    Q_UNUSED(sheetName)
    Q_UNUSED(headers)
    return Error{tr("This build of QunDesk cannot write .xlsx files; export as .csv instead."),
                 d->path, 0};
#endif
}

void XlsxTable::writeRow(const QList<QVariant>& cells) {
#ifdef QUNDESK_HAVE_XLSXWRITER
    for (int c = 0; c < cells.size(); ++c) {
        const QVariant& v = cells.at(c);
        const auto col = lxw_col_t(c);
        if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong ||
            v.typeId() == QMetaType::Double)
            worksheet_write_number(d->sheet, d->row, col, v.toDouble(), nullptr);
        else if (!v.toString().isEmpty())
            worksheet_write_string(d->sheet, d->row, col, v.toString().toUtf8().constData(),
                                   nullptr);
    }
    ++d->row;
#else
    Q_UNUSED(cells)
#endif
}

Status XlsxTable::close() {
#ifdef QUNDESK_HAVE_XLSXWRITER
    const lxw_error result = workbook_close(d->workbook);
    d->workbook = nullptr;
    if (result != LXW_NO_ERROR) {
        QFile::remove(d->tempPath);
        return Error{tr("Cannot write the file: %1").arg(QString::fromUtf8(lxw_strerror(result))),
                     d->path, 0};
    }
    QFile::remove(d->path);
    if (!QFile::rename(d->tempPath, d->path))
        return Error{tr("Cannot write the file."), d->path, 0};
    return {};
#else
    return Error{tr("This build of QunDesk cannot write .xlsx files; export as .csv instead."),
                 d->path, 0};
#endif
}

} // namespace qundesk
