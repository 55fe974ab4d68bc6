// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/ChatInput.h"

#include "import/chat/ZipEntryDevice.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

namespace qundesk {

namespace {

// The chat inside an export archive: WhatsApp's `_chat.txt`, else the one text, JSON or CSV
// entry (media files are skipped).
QString chatEntry(const QStringList& entries) {
    for (const QString& e : entries) {
        if (e == QLatin1String("_chat.txt") || e.endsWith(QLatin1String("/_chat.txt")))
            return e;
    }
    QString found;
    for (const QString& e : entries) {
        const QString lower = e.toLower();
        if (lower.endsWith(QLatin1String(".txt")) || lower.endsWith(QLatin1String(".json")) ||
            lower.endsWith(QLatin1String(".csv"))) {
            if (!found.isEmpty())
                return {}; // more than one: which one is the chat is not clear
            found = e;
        }
    }
    return found;
}

} // namespace

Result<ChatInput> ChatInput::fromPath(const QString& path) {
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open the file: %1").arg(file.errorString()), name, 0};
    ChatInput input;
    input.m_path = path;
    input.m_fileName = name;
    input.m_size = file.size();
    if (file.peek(4) != QByteArrayLiteral("PK\x03\x04"))
        return input;
    file.close();
    QString error;
    const QStringList entries = ZipEntryDevice::entries(path, &error);
    if (entries.isEmpty() && !error.isEmpty())
        return Error{tr("Cannot read the archive: %1").arg(error), name, 0};
    input.m_entry = chatEntry(entries);
    if (input.m_entry.isEmpty())
        return Error{tr("The archive holds no chat export (_chat.txt, or one .txt, .json or .csv "
                        "file)."),
                     name, 0};
    input.m_fileName = name + QLatin1Char('/') + input.m_entry;
    ZipEntryDevice device(path, input.m_entry);
    if (!device.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the archive: %1").arg(device.errorString()), name, 0};
    input.m_size = device.size();
    return input;
}

ChatInput ChatInput::fromBytes(QByteArray bytes, QString fileName) {
    ChatInput input;
    input.m_size = bytes.size();
    input.m_bytes = std::move(bytes);
    input.m_fileName = std::move(fileName);
    return input;
}

QString ChatInput::baseName() const {
    return QFileInfo(m_path.isEmpty() ? m_fileName : m_path).completeBaseName();
}

Result<std::unique_ptr<QIODevice>> ChatInput::open() const {
    std::unique_ptr<QIODevice> device;
    if (!m_entry.isEmpty()) {
        device = std::make_unique<ZipEntryDevice>(m_path, m_entry);
    } else if (!m_path.isEmpty()) {
        device = std::make_unique<QFile>(m_path);
    } else {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m_bytes);
        device = std::move(buffer);
    }
    if (!device->open(QIODevice::ReadOnly))
        return Error{tr("Cannot open the file: %1").arg(device->errorString()), m_fileName, 0};
    return device;
}

Result<QByteArray> ChatInput::head(qint64 count) const {
    auto device = open();
    if (!device)
        return device.error();
    QByteArray bytes;
    while (bytes.size() < count) {
        const QByteArray more = (*device)->read(count - bytes.size());
        if (more.isEmpty())
            break;
        bytes += more;
    }
    return bytes;
}

} // namespace qundesk
