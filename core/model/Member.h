// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace qundesk {

// Keys are the stored values; labels are translated. An unknown non-empty key (typed by the
// operator or imported) is shown as it is.
namespace gender {
QStringList keys(); // female, male, other; empty = unknown
QString label(const QString& key);
} // namespace gender

namespace sourceChannel {
QStringList keys(); // douyin, taobao, xiaohongshu, weibo, wechat, offline, referral,
                    // website, instagram, facebook, other
QString label(const QString& key);
} // namespace sourceChannel

// Role of a member in one group (memberships.role).
namespace role {
QStringList keys(); // owner, admin, koc, kol, assistant, member
QString label(const QString& key);
} // namespace role

// Member tier by spend (members.tier), lowest first.
namespace tier {
QStringList keys(); // regular, silver, gold, platinum, diamond
QString label(const QString& key);
} // namespace tier

// How a stay in a group ended (memberships.leave_kind).
namespace leaveKind {
QStringList keys(); // left, removed
QString label(const QString& key);
} // namespace leaveKind

// One person in the operator's groups (table members). Empty strings / invalid dates are NULL.
struct Member {
    qint64 id = 0;
    QString displayName;
    QString gender;
    QDate birthday;
    QString ageBand;
    QString city;
    QString phone;
    QString sourceChannel;
    qint64 referrerId = 0; // who invited them; 0 = nobody known
    qint64 personId = 0;   // root member of the same person on other platforms; 0 = a root
    QString tier;
    QString notes;
    bool dnd = false;
    QDateTime dndUntil; // invalid = no end (when dnd is set)
    QDateTime erasedAt; // set once the personal data was erased on request
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isErased() const { return erasedAt.isValid(); }
};

// A platform account of a member (member_identities). (platform, platformUid) is unique when
// the uid is known; exports without uids match by nickname.
struct MemberIdentity {
    qint64 id = 0;
    qint64 memberId = 0;
    QString platform;
    QString platformUid;
    QString handle;
    QString nickname;
};

// One stay of a member in a group (memberships); a member who leaves and comes back has two.
struct Membership {
    qint64 id = 0;
    qint64 groupId = 0;
    qint64 memberId = 0;
    QString role = QStringLiteral("member");
    QDateTime joinedAt;
    QDateTime leftAt;  // invalid = still in the group
    QString leaveKind; // left or removed, empty while present

    bool isPresent() const { return !leftAt.isValid(); }
};

} // namespace qundesk
