// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/NativeSqlite.h"

#include "db/WorkspaceCondition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlDriver>

#include <atomic>
#include <cstdint>
#include <mutex>

#if QUNDESK_NATIVE_SQLITE
#include <dlfcn.h>
#include <sqlite3.h>
#endif

namespace qundesk::nativesqlite {

namespace {

// QUNDESK_NATIVE_SQLITE=0 in the environment keeps every statement on QtSql.
std::atomic_bool s_allowed{qEnvironmentVariable("QUNDESK_NATIVE_SQLITE") != QLatin1String("0")};

#if QUNDESK_NATIVE_SQLITE
// Every connection opened through the SQLite library QunDesk links: its auto extension runs
// for each of them, and only for them. A connection Qt's driver opened with a copy of its own
// never shows up here, whatever that copy's symbols resolve to.
std::mutex s_seenMutex;
QSet<const void*> s_seen;
thread_local int t_witnesses = 0; // OpenWitness objects alive on this thread

int noteConnection(sqlite3* db, const char**, const sqlite3_api_routines*) {
    if (t_witnesses > 0) {
        const std::lock_guard lock(s_seenMutex);
        s_seen.insert(db);
    }
    return SQLITE_OK;
}

bool seen(const sqlite3* db) {
    const std::lock_guard lock(s_seenMutex);
    return s_seen.contains(db);
}

// Whether the code behind `driver` (its class lives in Qt's SQLite plugin, or in Qt itself in a
// static build) resolves sqlite3 to the very library QunDesk calls. A plugin that carries its
// own SQLite either hides those symbols (not found) or exports its own (another address). Not
// proof on its own (dlsym also searches the plugin's dependencies); see OpenWitness.
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

// NULL where QtSql binds NULL: a null variant, and null strings, byte arrays and dates.
bool isNullForSql(const QVariant& v) {
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(v.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate*>(v.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime*>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime*>(v.constData())->isNull();
    default:
        return false;
    }
}

QString statementHead(const QString& statement) {
    return statement.simplified().section(QLatin1Char(' '), 0, 2);
}

} // namespace

OpenWitness::OpenWitness() {
#if QUNDESK_NATIVE_SQLITE
    static std::once_flag once;
    std::call_once(once,
                   [] { sqlite3_auto_extension(reinterpret_cast<void (*)()>(&noteConnection)); });
    ++t_witnesses;
#endif
}

OpenWitness::~OpenWitness() {
#if QUNDESK_NATIVE_SQLITE
    --t_witnesses;
#endif
}

namespace {
// The sqlite3* behind a QSQLITE connection, read from the driver (never dereferenced here).
const void* driverHandle(const QSqlDatabase& db) {
    const QSqlDriver* driver = db.driver();
    if (driver == nullptr || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<const void* const*>(v.constData());
}
} // namespace

void forget(const QSqlDatabase& db) {
#if QUNDESK_NATIVE_SQLITE
    if (const void* connection = driverHandle(db)) {
        const std::lock_guard lock(s_seenMutex);
        s_seen.remove(connection);
    }
#else
    Q_UNUSED(db)
#endif
}

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
    if (!s_allowed || !db.isOpen())
        return nullptr;
    const void* connection = driverHandle(db);
    if (connection == nullptr || !seen(static_cast<const sqlite3*>(connection)) ||
        !sameLibrary(db.driver()))
        return nullptr;
    return static_cast<sqlite3*>(const_cast<void*>(connection));
#else
    Q_UNUSED(db)
    return nullptr;
#endif
}

Status execute(sqlite3* db, const QString& statement) {
#if QUNDESK_NATIVE_SQLITE
    char* message = nullptr;
    const int code = sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, &message);
    if (code == SQLITE_OK)
        return {};
    const QString why = QString::fromUtf8(message);
    sqlite3_free(message);
    if (auto worded = workspacecondition::classify(sqlite3_extended_errcode(db),
                                                   QString::fromUtf8(sqlite3_db_filename(db, "main"))))
        return *worded;
    return Error{QCoreApplication::translate("Sql", "Database error in “%1…”: %2")
                     .arg(statementHead(statement), why),
                 {},
                 0};
#else
    Q_UNUSED(db)
    Q_UNUSED(statement)
    return Error{};
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
    if (auto worded =
            workspacecondition::classify(sqlite3_extended_errcode(m_db),
                                         QString::fromUtf8(sqlite3_db_filename(m_db, "main"))))
        return *worded;
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

#if QUNDESK_NATIVE_SQLITE
int Statement::bindAt(int p, const QVariant& v, char** text, QList<QByteArray>* keep) {
    // Without `text` SQLite copies the value; with it, strings go as UTF-8 into the space at
    // *text and everything is bound without a copy: it must outlive the step.
    const sqlite3_destructor_type transient =
        reinterpret_cast<sqlite3_destructor_type>(static_cast<std::intptr_t>(-1));
    // Strings and integers, nearly all of a bulk write, are read in place: no conversion and no
    // second look at the type.
    const int type = v.typeId();
    if (type == QMetaType::QString) {
        const QString& string = *static_cast<const QString*>(v.constData());
        if (string.isNull())
            return sqlite3_bind_null(m_statement, p);
        if (text == nullptr) {
            const QByteArray utf8 = string.toUtf8();
            return sqlite3_bind_text(m_statement, p, utf8.constData(), int(utf8.size()), transient);
        }
        // The workspace holds UTF-8: text bound as UTF-16 would be converted by SQLite, with
        // an allocation per value.
        char* begin = *text;
        *text = m_utf8.appendToBuffer(begin, string);
        return sqlite3_bind_text(m_statement, p, begin, int(*text - begin), nullptr);
    }
    if (isNullForSql(v))
        return sqlite3_bind_null(m_statement, p);
    switch (type) {
    case QMetaType::LongLong:
        return sqlite3_bind_int64(m_statement, p, *static_cast<const qlonglong*>(v.constData()));
    case QMetaType::Int:
        return sqlite3_bind_int64(m_statement, p, *static_cast<const int*>(v.constData()));
    case QMetaType::UInt:
    case QMetaType::Bool:
    case QMetaType::Long:
        return sqlite3_bind_int64(m_statement, p, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(m_statement, p, v.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray& bytes = *static_cast<const QByteArray*>(v.constData());
        return sqlite3_bind_blob(m_statement, p, bytes.constData(), int(bytes.size()),
                                 text == nullptr ? transient : nullptr);
    }
    default: {
        // Dates and the like as QtSql stores them: their text.
        const QByteArray utf8 = v.toString().toUtf8();
        if (text != nullptr && keep != nullptr) {
            keep->append(utf8);
            return sqlite3_bind_text(m_statement, p, keep->last().constData(),
                                     int(keep->last().size()), nullptr);
        }
        return sqlite3_bind_text(m_statement, p, utf8.constData(), int(utf8.size()), transient);
    }
    }
}
#endif

Result<qint64> Statement::run(const QVariant* values, qsizetype count) {
#if QUNDESK_NATIVE_SQLITE
    Q_ASSERT(m_statement != nullptr);
    Q_ASSERT(count == sqlite3_bind_parameter_count(m_statement));
    // Room for every string as UTF-8 (at most three bytes per UTF-16 unit), and never empty:
    // a null pointer would bind NULL where an empty string is meant.
    qsizetype room = 1;
    for (qsizetype i = 0; i < count; ++i) {
        if (values[i].typeId() == QMetaType::QString)
            room +=
                m_utf8.requiredSpace(static_cast<const QString*>(values[i].constData())->size());
    }
    if (qsizetype(m_text.size()) < room)
        m_text.resize(size_t(room));
    char* text = m_text.data();
    QList<QByteArray> converted;
    for (int i = 0; i < count; ++i) {
        if (bindAt(i + 1, values[i], &text, &converted) != SQLITE_OK) {
            const Error error = failure();
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
            return error;
        }
    }
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        const Error error = failure();
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement); // the values bound without a copy are gone
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

Status Statement::bind(const QString& name, const QVariant& value) {
#if QUNDESK_NATIVE_SQLITE
    const int p = sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData());
    if (p == 0)
        return {}; // a name the statement does not use, which QtSql ignores too
    if (bindAt(p, value, nullptr, nullptr) != SQLITE_OK)
        return failure();
    return {};
#else
    Q_UNUSED(name)
    Q_UNUSED(value)
    return failure();
#endif
}

Result<bool> Statement::step() {
#if QUNDESK_NATIVE_SQLITE
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return failure();
#else
    return failure();
#endif
}

bool Statement::isNull(int column) const {
#if QUNDESK_NATIVE_SQLITE
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
#else
    Q_UNUSED(column)
    return true;
#endif
}

qint64 Statement::integer(int column) const {
#if QUNDESK_NATIVE_SQLITE
    return sqlite3_column_int64(m_statement, column);
#else
    Q_UNUSED(column)
    return 0;
#endif
}

QString Statement::text(int column) const {
#if QUNDESK_NATIVE_SQLITE
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (utf8 == nullptr)
        return {};
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
#else
    Q_UNUSED(column)
    return {};
#endif
}

} // namespace qundesk::nativesqlite
