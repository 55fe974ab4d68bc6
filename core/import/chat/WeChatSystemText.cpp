// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/WeChatSystemText.h"

#include <QRegularExpression>

namespace qundesk::wechat {

namespace {

const QString kYou = QStringLiteral("你");

// The quoted names of `list` ("A"、"B"); "你" alone is the exporting account.
QStringList names(const QString& list, bool* self) {
    static const QRegularExpression kQuoted(QStringLiteral("\"([^\"]+)\""));
    QStringList out;
    for (auto it = kQuoted.globalMatch(list); it.hasNext();)
        out << it.next().captured(1).trimmed();
    out.removeAll(QString());
    if (out.isEmpty() && list.trimmed() == kYou)
        *self = true;
    return out;
}

std::optional<MembershipChange> change(ChatEventKind kind, const QString& actor,
                                       const QString& list, bool removed) {
    MembershipChange c;
    c.kind = kind;
    c.removed = removed;
    c.actor = actor;
    c.subjects = names(list, &c.self);
    if (c.subjects.isEmpty() && !c.self)
        return std::nullopt;
    return c;
}

} // namespace

std::optional<MembershipChange> readMembershipChange(const QString& raw) {
    QString text = raw.trimmed();
    text.replace(QChar(0x201C), QLatin1Char('"')).replace(QChar(0x201D), QLatin1Char('"'));
    static const QRegularExpression kInvited(
        QStringLiteral("^(?:\"([^\"]+)\"|你)邀请(.+?)加入了群聊"));
    static const QRegularExpression kScanned(
        QStringLiteral("^(\"[^\"]+\"|你)通过扫描(?:\"([^\"]+)\")?分享的二维码加入群聊"));
    static const QRegularExpression kInviteCode(
        QStringLiteral("^(\"[^\"]+\"|你)通过\"([^\"]+)\"的邀请二维码加入群聊"));
    static const QRegularExpression kRemovedByYou(QStringLiteral("^你将(.+?)移出了群聊"));
    static const QRegularExpression kRemoved(
        QStringLiteral("^(.+?)被(?:\"([^\"]+)\")?移出了?群聊"));
    if (auto m = kInvited.match(text); m.hasMatch())
        return change(ChatEventKind::Join, m.captured(1), m.captured(2), false);
    if (auto m = kScanned.match(text); m.hasMatch())
        return change(ChatEventKind::Join, m.captured(2), m.captured(1), false);
    if (auto m = kInviteCode.match(text); m.hasMatch())
        return change(ChatEventKind::Join, m.captured(2), m.captured(1), false);
    if (auto m = kRemovedByYou.match(text); m.hasMatch())
        return change(ChatEventKind::Leave, {}, m.captured(1), true);
    if (auto m = kRemoved.match(text); m.hasMatch())
        return change(ChatEventKind::Leave, m.captured(2), m.captured(1), true);
    return std::nullopt;
}

} // namespace qundesk::wechat
