// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/WhatsAppSystemText.h"

#include <QRegularExpression>

namespace qundesk::whatsapp {

namespace {

using Change = MembershipChange;

bool isSelf(const QString& name) {
    static const QStringList kSelf = {QStringLiteral("You"),  QStringLiteral("you"),
                                      QStringLiteral("Du"),   QStringLiteral("du"),
                                      QStringLiteral("dich"), QStringLiteral("你")};
    return kSelf.contains(name);
}

// "A, B and C", "A, B und C", "A、B和C" -> names; the exporting account is left out (`self`).
QStringList names(const QString& list, bool* self) {
    static const QRegularExpression kSeparators(
        QStringLiteral(R"(\s*(?:,|，|、)\s*|\s+(?:and|und)\s+|和)"));
    QStringList out;
    for (QString name : list.split(kSeparators, Qt::SkipEmptyParts)) {
        name = name.trimmed();
        if (name.isEmpty())
            continue;
        if (isSelf(name))
            *self = true;
        else
            out << name;
    }
    return out;
}

std::optional<Change> join(const QString& subject) {
    Change c;
    c.self = isSelf(subject);
    if (!c.self)
        c.subjects << subject;
    return c;
}

std::optional<Change> leave(const QString& subject) {
    Change c = *join(subject);
    c.kind = ChatEventKind::Leave;
    return c;
}

std::optional<Change> added(const QString& actor, const QString& list, bool removed) {
    Change c;
    c.kind = removed ? ChatEventKind::Leave : ChatEventKind::Join;
    c.removed = removed;
    c.actor = isSelf(actor) ? QString() : actor;
    c.subjects = names(list, &c.self);
    if (c.subjects.isEmpty() && !c.self)
        return std::nullopt;
    return c;
}

// Splits "<before><infix><after>" at the first `infix`; false when a side is empty.
bool split(const QString& text, QLatin1StringView infix, QString& before, QString& after) {
    const qsizetype at = text.indexOf(infix);
    if (at <= 0)
        return false;
    before = text.left(at).trimmed();
    after = text.mid(at + infix.size()).trimmed();
    return !before.isEmpty() && !after.isEmpty();
}

std::optional<Change> english(const QString& t) {
    static const QStringList kJoined = {
        QStringLiteral(" joined using this group's invite link"),
        QStringLiteral(" joined using this group\u2019s invite link"),
        QStringLiteral(" joined using this community's invite link"),
        QStringLiteral(" joined using an invite link"),
        QStringLiteral(" joined from the community"),
    };
    for (const QString& suffix : kJoined) {
        if (t.endsWith(suffix))
            return join(t.left(t.size() - suffix.size()).trimmed());
    }
    if (t.endsWith(QLatin1String("invite link")) && t.contains(QLatin1String(" joined using ")))
        return join(t.left(t.indexOf(QLatin1String(" joined using "))).trimmed());
    if (t == QLatin1String("You were added")) {
        Change c;
        c.self = true;
        return c;
    }
    if (t.endsWith(QLatin1String(" left")))
        return leave(t.left(t.size() - 5).trimmed());
    for (QLatin1StringView suffix :
         {QLatin1StringView(" were added"), QLatin1StringView(" was added")}) {
        if (t.endsWith(suffix))
            return added({}, t.left(t.size() - suffix.size()), false);
    }
    QString actor, list;
    if (split(t, QLatin1StringView(" added "), actor, list))
        return added(actor, list, false);
    if (split(t, QLatin1StringView(" removed "), actor, list))
        return added(actor, list, true);
    return std::nullopt;
}

std::optional<Change> german(QString t) {
    if (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    const QString joined = QStringLiteral(" ist der Gruppe über den Einladungslink beigetreten");
    if (t.endsWith(joined))
        return join(t.left(t.size() - joined.size()).trimmed());
    if (t.endsWith(QLatin1String(" hat die Gruppe verlassen")))
        return leave(t.left(t.size() - 25).trimmed());
    if (t == QLatin1String("Du hast die Gruppe verlassen"))
        return leave(QStringLiteral("Du"));
    if (t == QStringLiteral("Du wurdest hinzugefügt")) {
        Change c;
        c.self = true;
        return c;
    }
    QString actor, rest;
    if (!split(t, QLatin1StringView(" hat "), actor, rest) &&
        !split(t, QLatin1StringView(" hast "), actor, rest))
        return std::nullopt;
    const QString add = QStringLiteral(" hinzugefügt");
    if (rest.endsWith(add))
        return added(actor, rest.left(rest.size() - add.size()), false);
    if (rest.endsWith(QLatin1String(" entfernt")))
        return added(actor, rest.left(rest.size() - 9), true);
    return std::nullopt;
}

std::optional<Change> chinese(QString t) {
    if (t.endsWith(QStringLiteral("。")))
        t.chop(1);
    for (const QString& infix :
         {QStringLiteral("通过此群组的邀请链接加入"), QStringLiteral("通过群组邀请链接加入"),
          QStringLiteral("通过邀请链接加入")}) {
        const qsizetype at = t.indexOf(infix);
        if (at > 0)
            return join(t.left(at).trimmed());
    }
    if (t == QStringLiteral("你已被添加") || t == QStringLiteral("你被添加")) {
        Change c;
        c.self = true;
        return c;
    }
    for (const QString& suffix : {QStringLiteral("已退出群组"), QStringLiteral("已退出"),
                                  QStringLiteral("退出了群组"), QStringLiteral("退出了")}) {
        if (t.endsWith(suffix) && t.size() > suffix.size())
            return leave(t.left(t.size() - suffix.size()).trimmed());
    }
    for (const auto& [infix, removed] :
         {std::pair{QStringLiteral("添加了"), false}, std::pair{QStringLiteral("移除了"), true}}) {
        const qsizetype at = t.indexOf(infix);
        if (at > 0 && at + infix.size() < t.size())
            return added(t.left(at).trimmed(), t.mid(at + infix.size()), removed);
    }
    return std::nullopt;
}

} // namespace

bool isNoticeText(const QString& text) {
    static const QStringList kNotices = {
        QStringLiteral("end-to-end encrypted"),
        QStringLiteral("Ende-zu-Ende"),
        QStringLiteral("端到端加密"),
        QStringLiteral("created group"),
        QStringLiteral("created this group"),
        QStringLiteral("changed the subject"),
        QStringLiteral("changed this group"),
        QStringLiteral("changed the group"),
        QStringLiteral("changed their phone number"),
        QStringLiteral("security code"),
        QStringLiteral("disappearing messages"),
        QStringLiteral("pinned a message"),
        QStringLiteral("now an admin"),
        QStringLiteral("hat die Gruppe"),
        QStringLiteral("erstellt"),
        QStringLiteral("Sicherheitsnummer"),
        QStringLiteral("创建了群组"),
        QStringLiteral("更改了"),
        QStringLiteral("安全码"),
    };
    for (const QString& notice : kNotices) {
        if (text.contains(notice))
            return true;
    }
    return false;
}

std::optional<MembershipChange> readMembershipChange(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (auto c = english(t))
        return c;
    if (auto c = german(t))
        return c;
    return chinese(t);
}

} // namespace qundesk::whatsapp
