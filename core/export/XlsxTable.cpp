// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "export/XlsxTable.h"

#include "export/FileSave.h"
#include "util/LogCategories.h"

#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

#ifdef QUNDESK_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace qundesk {

namespace {

#ifdef QUNDESK_HAVE_XLSXWRITER
// libxlsxwriter prints its own "[ERROR] …" lines on stderr; QunDesk reports one line of its
// own instead, so the library's are sent to /dev/null while it writes.
class QuietStderr {
public:
    QuietStderr() {
#ifdef Q_OS_UNIX
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && null >= 0)
            ::dup2(null, STDERR_FILENO);
        if (null >= 0)
            ::close(null);
#endif
    }
    ~QuietStderr() {
#ifdef Q_OS_UNIX
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
#endif
    }
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;

private:
    int m_saved = -1;
};
#endif

} // namespace

struct XlsxTable::Impl {
    QString path;
    QTemporaryDir work; // the library's own temporary files and the finished workbook
    QString tempPath;
#ifdef QUNDESK_HAVE_XLSXWRITER
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* bold = nullptr;
    QByteArray workDir;
#endif
    quint32 row = 0;
};

XlsxTable::XlsxTable(QString path)
    : d(std::make_unique<Impl>()) {
    d->path = std::move(path);
    d->tempPath = d->work.filePath(QStringLiteral("table.xlsx"));
}

XlsxTable::~XlsxTable() {
#ifdef QUNDESK_HAVE_XLSXWRITER
    if (d->workbook) {
        const QuietStderr quiet;
        workbook_close(d->workbook);
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
    if (!d->work.isValid())
        return Error{tr("Cannot write the file: no room for temporary files (%1).")
                         .arg(d->work.errorString()),
                     d->path, 0};
    d->workDir = QFile::encodeName(d->work.path());
    lxw_workbook_options options{};
    options.tmpdir = d->workDir.data();
    {
        const QuietStderr quiet;
        d->workbook = workbook_new_opt(QFile::encodeName(d->tempPath).constData(), &options);
    }
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
    lxw_error result = LXW_NO_ERROR;
    int savedErrno = 0;
    {
        const QuietStderr quiet;
        errno = 0;
        result = workbook_close(d->workbook);
        savedErrno = errno;
    }
    d->workbook = nullptr;
    if (result != LXW_NO_ERROR) {
        const QString why = savedErrno != 0 ? QString::fromLocal8Bit(std::strerror(savedErrno))
                                            : QString::fromUtf8(lxw_strerror(result));
        qCInfo(lcDb).noquote() << "xlsx workbook failed:" << lxw_strerror(result) << why;
        return Error{tr("Cannot write the file: %1").arg(why), d->path, 0};
    }
    // The finished workbook goes into place as a CSV export does: atomically, with the
    // replaced file's permissions, and one clear error when the disk is full.
    return filesave::copyFrom(d->tempPath, d->path);
#else
    return Error{tr("This build of QunDesk cannot write .xlsx files; export as .csv instead."),
                 d->path, 0};
#endif
}

} // namespace qundesk
