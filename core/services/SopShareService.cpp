// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/SopShareService.h"

#include "db/Database.h"
#include "export/FileSave.h"
#include "services/ServiceTransaction.h"
#include "sop/SopJson.h"
#include "store/SettingsStore.h"
#include "store/SopTemplateStore.h"
#include "util/LogCategories.h"
#include "util/TargetPath.h"
#include "util/Time.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace qundesk {

namespace {

// "NAME (2)", "NAME (3)"… the first that no SOP has.
QString freeName(const QString& name, const QSet<QString>& taken) {
    if (!taken.contains(name))
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name, QString::number(n));
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace

Result<SopShareService::Imported> SopShareService::importFile(const Database& db,
                                                              const QString& path) {
    if (Status readable = TargetPath::forReading(path); !readable)
        return readable.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the file: %1").arg(file.errorString()), path, 0};
    // SOP files are small; a file past a few megabytes is not one.
    if (file.size() > 8 * 1024 * 1024)
        return Error{tr("The file is too large to be an SOP file."), path, 0};
    return importJson(db, file.readAll(), path);
}

Result<SopShareService::Imported> SopShareService::importJson(const Database& db,
                                                              const QByteArray& json,
                                                              const QString& fileName,
                                                              bool builtin) {
    const QDate today = time::today(SettingsStore(db).timeZone());
    auto sops = sop::SopJson::read(json, today);
    if (!sops)
        return Error{sops.error().message, fileName, sops.error().line};
    return services::inTransaction(db, [&]() -> Result<Imported> {
        SopTemplateStore store(db);
        auto existing = store.list();
        if (!existing)
            return existing.error();
        QSet<QString> names, uids;
        for (const SopTemplate& t : std::as_const(existing.value())) {
            names.insert(t.name);
            uids.insert(t.uid);
        }
        Imported out;
        for (SopTemplate t : std::as_const(sops.value())) {
            if (!t.uid.isEmpty() && uids.contains(t.uid)) {
                ++out.duplicates;
                continue;
            }
            t.name = freeName(t.name, names);
            t.builtin = builtin;
            auto id = store.create(t);
            if (!id)
                return Error{id.error().message, fileName, 0};
            names.insert(t.name);
            uids.insert(t.uid);
            out.names << t.name;
            ++out.imported;
        }
        qCInfo(lcImport).noquote() << "SOP file:" << out.imported << "imported,"
                                   << out.duplicates << "duplicates";
        return out;
    });
}

Result<int> SopShareService::exportFile(const Database& db, const QString& path,
                                        const QString& name) {
    SopTemplateStore store(db);
    QList<SopTemplate> sops;
    if (name.isEmpty()) {
        auto all = store.list();
        if (!all)
            return all.error();
        sops = all.value();
    } else {
        auto one = store.findByName(name);
        if (!one)
            return one.error();
        if (!one->has_value())
            return Error{tr("There is no SOP named “%1”.").arg(name), {}, 0};
        sops << **one;
    }
    auto target = TargetPath::forWriting(path, db.path());
    if (!target)
        return target.error();
    if (Status written = filesave::writeAll(*target, sop::SopJson::write(sops)); !written)
        return Error{written.error().message, path, 0};
    return int(sops.size());
}

QString SopShareService::builtinLanguageFor(const QString& language) {
    if (language.startsWith(QLatin1String("zh_TW")) || language.startsWith(QLatin1String("zh_HK")))
        return QStringLiteral("zh_TW");
    if (language.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

Result<SopShareService::Imported> SopShareService::addBuiltins(const Database& db,
                                                               const QString& language) {
    const QString path =
        QStringLiteral(":/sop/library.%1.json").arg(builtinLanguageFor(language));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The built-in SOP library is missing from this build."), path, 0};
    return importJson(db, file.readAll(), path, true);
}

} // namespace qundesk
