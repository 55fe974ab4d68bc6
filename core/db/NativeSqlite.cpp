// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/NativeSqlite.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <atomic>

#if QUNDESK_NATIVE_SQLITE
#include <dlfcn.h>
#include <sqlite3.h>
#endif

namespace qundesk::nativesqlite {

namespace {

std::atomic_bool s_allowed{true};

#if QUNDESK_NATIVE_SQLITE
// Whether the code behind `driver` (its class lives in Qt's SQLite plugin, or in Qt itself in a
// static build) resolves sqlite3 to the very library QunDesk calls. A plugin that carries its
// own SQLite either hides those symbols (not found) or exports its own (another address).
bool sameLibrary(const QSqlDriver* driver) {
    static const bool same = [driver] {
        Dl_info info{};
        const void* vtable = *reinterpret_cast<void* const*>(driver);
        if (dladdr(vtable, &info) == 0 || info.dli_fname == nullptr)
            return false;
        void* plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
        if (plugin == nullptr)
            return false;
        void* theirs = dlsym(plugin, "sqlite3_libversion_number");
        dlclose(plugin);
        return theirs == reinterpret_cast<void*>(&sqlite3_libversion_number);
    }();
    return same;
}
#endif

QString statementHead(const QString& statement) {
    return statement.simplified().section(QLatin1Char(' '), 0, 2);
}

} // namespace

bool built() {
#if QUNDESK_NATIVE_SQLITE
    return true;
#else
    return false;
#endif
}

void setAllowed(bool allowed) {
    s_allowed = allowed;
}

bool allowed() {
    return s_allowed;
}

sqlite3* handle(const QSqlDatabase& db) {
#if QUNDESK_NATIVE_SQLITE
    const QSqlDriver* driver = db.driver();
    if (!s_allowed || driver == nullptr || !db.isOpen() || !sameLibrary(driver))
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
#else
    Q_UNUSED(db)
    return nullptr;
#endif
}

Statement::~Statement() {
#if QUNDESK_NATIVE_SQLITE
    sqlite3_finalize(m_statement);
#endif
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_head(std::move(other.m_head)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        Statement gone(std::move(*this));
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_head = std::move(other.m_head);
    }
    return *this;
}

Error Statement::failure() const {
#if QUNDESK_NATIVE_SQLITE
    const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
#else
    const QString why;
#endif
    return Error{
        QCoreApplication::translate("Sql", "Database error in “%1…”: %2").arg(m_head, why), {}, 0};
}

Status Statement::prepare(sqlite3* db, const QString& statement) {
    *this = Statement();
    m_db = db;
    m_head = statementHead(statement);
#if QUNDESK_NATIVE_SQLITE
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK) {
        const Error error = failure();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return error;
    }
    return {};
#else
    return failure();
#endif
}

Result<qint64> Statement::run(const QVariant* values, qsizetype count) {
#if QUNDESK_NATIVE_SQLITE
    Q_ASSERT(m_statement != nullptr);
    Q_ASSERT(count == sqlite3_bind_parameter_count(m_statement));
    // Text is bound without a copy (no destructor): `values` outlives the step.
    QList<QByteArray> converted;
    for (int i = 0; i < count; ++i) {
        const QVariant& v = values[i];
        const int p = i + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_statement, p);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Bool:
            case QMetaType::LongLong:
            case QMetaType::Long:
                rc = sqlite3_bind_int64(m_statement, p, v.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(m_statement, p, v.toDouble());
                break;
            case QMetaType::QString: {
                const QString& text = *static_cast<const QString*>(v.constData());
                rc = sqlite3_bind_text16(m_statement, p, text.utf16(), int(text.size() * 2),
                                         nullptr);
                break;
            }
            case QMetaType::QByteArray: {
                const QByteArray& bytes = *static_cast<const QByteArray*>(v.constData());
                rc = sqlite3_bind_blob(m_statement, p, bytes.constData(), int(bytes.size()),
                                       nullptr);
                break;
            }
            default: {
                converted << v.toString().toUtf8();
                rc = sqlite3_bind_text(m_statement, p, converted.last().constData(),
                                       int(converted.last().size()), nullptr);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            const Error error = failure();
            sqlite3_reset(m_statement);
            return error;
        }
    }
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const Error error = failure();
        sqlite3_reset(m_statement);
        return error;
    }
    const qint64 changed = sqlite3_changes(m_db);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return changed;
#else
    Q_UNUSED(values)
    Q_UNUSED(count)
    return failure();
#endif
}

} // namespace qundesk::nativesqlite
