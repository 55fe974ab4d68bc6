// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/ScriptRenderer.h"

#include <QLocale>
#include <QRegularExpression>

namespace qundesk::sop {

namespace {

enum class Script { Simplified, Traditional, English };

Script scriptOf(const QString& language) {
    if (language.startsWith(QLatin1String("zh_TW")) || language.startsWith(QLatin1String("zh_HK")))
        return Script::Traditional;
    if (language.startsWith(QLatin1String("zh")))
        return Script::Simplified;
    return Script::English;
}

// Neutral words for missing values, in the script's own language (not the interface's: the
// message goes to the member).
QString fallbackFor(const QString& name, Script script) {
    const bool zh = script != Script::English;
    const bool tw = script == Script::Traditional;
    if (name == QLatin1String("nickname"))
        return zh ? (tw ? QStringLiteral("親") : QStringLiteral("亲")) : QStringLiteral("there");
    if (name == QLatin1String("group"))
        return zh ? (tw ? QStringLiteral("咱們群") : QStringLiteral("咱们群"))
                  : QStringLiteral("our group");
    if (name == QLatin1String("operator"))
        return zh ? QStringLiteral("群助理") : QStringLiteral("your host");
    if (name == QLatin1String("date"))
        return zh ? QStringLiteral("今天") : QStringLiteral("today");
    if (name == QLatin1String("days_in_group"))
        return zh ? (tw ? QStringLiteral("幾") : QStringLiteral("几")) : QStringLiteral("a few");
    return {};
}

QString dateText(const QDate& date, Script script) {
    if (script == Script::English)
        return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM"));
    return QStringLiteral("%1月%2日").arg(date.month()).arg(date.day());
}

} // namespace

QString ScriptRenderer::render(const QString& script, const ScriptValues& values,
                               const QString& language) {
    static const QRegularExpression placeholder(
        QStringLiteral("\\{(nickname|group|operator|date|days_in_group)(?:\\|([^{}]*))?\\}"));
    const Script kind = scriptOf(language);
    QString out;
    out.reserve(script.size() + 32);
    qsizetype last = 0;
    auto it = placeholder.globalMatch(script);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(script).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        QString value;
        if (name == QLatin1String("nickname"))
            value = values.nickname.trimmed();
        else if (name == QLatin1String("group"))
            value = values.group.trimmed();
        else if (name == QLatin1String("operator"))
            value = values.operatorName.trimmed();
        else if (name == QLatin1String("date"))
            value = values.date.isValid() ? dateText(values.date, kind) : QString();
        else if (values.daysInGroup >= 0)
            value = QString::number(values.daysInGroup);
        if (value.isEmpty())
            value = m.capturedLength(2) > 0 || m.captured(0).contains(QLatin1Char('|'))
                        ? m.captured(2)
                        : fallbackFor(name, kind);
        out += value;
    }
    out += QStringView(script).mid(last);
    return out;
}

QStringList ScriptRenderer::placeholders() {
    return {QStringLiteral("{nickname}"), QStringLiteral("{group}"), QStringLiteral("{operator}"),
            QStringLiteral("{date}"), QStringLiteral("{days_in_group}")};
}

QString ScriptRenderer::describe(const QString& placeholder) {
    if (placeholder == QLatin1String("{nickname}"))
        return tr("The member's name");
    if (placeholder == QLatin1String("{group}"))
        return tr("The group's name");
    if (placeholder == QLatin1String("{operator}"))
        return tr("The group's operator");
    if (placeholder == QLatin1String("{date}"))
        return tr("The day the task is due");
    if (placeholder == QLatin1String("{days_in_group}"))
        return tr("Days since the member joined the group");
    return placeholder;
}

} // namespace qundesk::sop
