// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace qundesk {

// An error travelling as a value: a translated, user-facing message and, when the error comes
// from a file, the file and 1-based line it concerns (line 0 = the whole file).
struct Error {
    QString message;
    QString file;
    qint64 line = 0;
    // The workspace itself is the problem (in use, read-only, full disk, damaged): `file` names
    // the workspace, and callers that place errors at a line of their input leave it as is.
    bool aboutWorkspace = false;

    // "file:line: message", or just the message when there is no file.
    QString toString() const {
        if (file.isEmpty())
            return message;
        if (line > 0)
            return QStringLiteral("%1:%2: %3").arg(file, QString::number(line), message);
        return QStringLiteral("%1: %2").arg(file, message);
    }
};

// Either a value or an Error. Checked access: value() on an error is a programming mistake.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success or an Error, for operations that return nothing.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error)) {}

    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace qundesk
