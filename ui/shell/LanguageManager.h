// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace qundesk {

// Installs the translators of the interface language and swaps them live: installing sends
// QEvent::LanguageChange to every widget, which retranslates its texts.
// Language codes: "" (follow the system), "en", "zh_CN", "zh_TW".
class LanguageManager final : public QObject {
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    static QStringList supportedLanguages(); // en, zh_CN, zh_TW
    // The language a choice resolves to: the system's when the choice is empty or unknown.
    static QString resolve(const QString& choice);

    // The user's choice stored in QSettings ("" = system).
    static QString storedChoice();
    static void storeChoice(const QString& choice);

    // Resolves `choice`, replaces the installed translators and sets the default QLocale.
    void apply(const QString& choice);
    QString currentLanguage() const { return m_language; }

signals:
    void languageChanged(const QString& language);

private:
    void removeTranslators();

    QString m_language;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_appTranslator;
};

} // namespace qundesk
