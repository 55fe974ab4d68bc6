// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace qundesk {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");

// Maps a BCP 47 / POSIX locale name to one of ours; empty when none fits.
QString matchLanguage(const QString& name) {
    const QString lower = name.toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (lower.startsWith(QLatin1String("zh"))) {
        const bool traditional =
            lower.contains(QLatin1String("hant")) || lower.endsWith(QLatin1String("_tw")) ||
            lower.endsWith(QLatin1String("_hk")) || lower.endsWith(QLatin1String("_mo"));
        return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
    }
    if (lower.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return {};
}
} // namespace

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent) {}

LanguageManager::~LanguageManager() {
    removeTranslators();
}

QStringList LanguageManager::supportedLanguages() {
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString LanguageManager::resolve(const QString& choice) {
    if (supportedLanguages().contains(choice))
        return choice;
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString& name : preferred) {
        const QString match = matchLanguage(name);
        if (!match.isEmpty())
            return match;
    }
    return QStringLiteral("en");
}

QString LanguageManager::storedChoice() {
    return QSettings().value(kLanguageKey).toString();
}

void LanguageManager::storeChoice(const QString& choice) {
    QSettings().setValue(kLanguageKey, choice);
}

void LanguageManager::apply(const QString& choice) {
    const QString language = resolve(choice);
    removeTranslators();
    QLocale::setDefault(QLocale(language));

    // English is the source language: Qt's own texts need no translator then, but ours is
    // still loaded for its plural forms ("1 group", "2 groups").
    if (language != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        }
    }
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/qundesk_") + language)) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    }
    const bool changed = language != m_language;
    m_language = language;
    if (!m_qtTranslator && !m_appTranslator && changed) {
        // Nothing was installed, yet texts must return to English: tell every widget.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    // QApplication posts LanguageChange to each window; deliver them now so the switch is
    // complete when apply() returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    if (changed)
        emit languageChanged(language);
}

void LanguageManager::removeTranslators() {
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace qundesk
