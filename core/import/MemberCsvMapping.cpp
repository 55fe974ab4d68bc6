// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/MemberCsvMapping.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "model/Group.h"
#include "model/Member.h"
#include "util/Time.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace qundesk {

namespace {

struct Synonyms {
    MemberField field;
    QStringList names; // lower-case, compared after trimming
};

const QList<Synonyms>& synonyms() {
    static const QList<Synonyms> list = {
        {MemberField::Name,
         {QStringLiteral("name"), QStringLiteral("display name"), QStringLiteral("nickname"),
          QStringLiteral("姓名"), QStringLiteral("昵称"), QStringLiteral("名称"),
          QStringLiteral("群昵称"), QStringLiteral("客户名称"), QStringLiteral("暱稱")}},
        {MemberField::Handle,
         {QStringLiteral("handle"), QStringLiteral("id"), QStringLiteral("user id"),
          QStringLiteral("wxid"), QStringLiteral("微信号"), QStringLiteral("账号"),
          QStringLiteral("帳號"), QStringLiteral("用户id"), QStringLiteral("username")}},
        {MemberField::Platform, {QStringLiteral("platform"), QStringLiteral("平台")}},
        {MemberField::Group,
         {QStringLiteral("group"), QStringLiteral("群"), QStringLiteral("群名"),
          QStringLiteral("群名称"), QStringLiteral("社群"), QStringLiteral("所在群")}},
        {MemberField::Role,
         {QStringLiteral("role"), QStringLiteral("角色"), QStringLiteral("身份")}},
        {MemberField::Joined,
         {QStringLiteral("joined"), QStringLiteral("join date"), QStringLiteral("joined at"),
          QStringLiteral("入群时间"), QStringLiteral("加入时间"), QStringLiteral("入群時間")}},
        {MemberField::Gender,
         {QStringLiteral("gender"), QStringLiteral("sex"), QStringLiteral("性别"),
          QStringLiteral("性別")}},
        {MemberField::Birthday,
         {QStringLiteral("birthday"), QStringLiteral("birth date"), QStringLiteral("生日"),
          QStringLiteral("出生日期")}},
        {MemberField::City,
         {QStringLiteral("city"), QStringLiteral("城市"), QStringLiteral("地区"),
          QStringLiteral("所在地")}},
        {MemberField::Source,
         {QStringLiteral("source"), QStringLiteral("channel"), QStringLiteral("source channel"),
          QStringLiteral("来源"), QStringLiteral("渠道"), QStringLiteral("来源渠道"),
          QStringLiteral("來源")}},
        {MemberField::Referrer,
         {QStringLiteral("referrer"), QStringLiteral("referred by"), QStringLiteral("inviter"),
          QStringLiteral("推荐人"), QStringLiteral("邀请人"), QStringLiteral("推薦人"),
          QStringLiteral("邀請人")}},
        {MemberField::Tags,
         {QStringLiteral("tags"), QStringLiteral("tag"), QStringLiteral("labels"),
          QStringLiteral("标签"), QStringLiteral("標籤")}},
        {MemberField::Notes,
         {QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("remark"),
          QStringLiteral("备注"), QStringLiteral("備註")}},
        {MemberField::Phone,
         {QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("手机"),
          QStringLiteral("手机号"), QStringLiteral("电话"), QStringLiteral("手機")}},
    };
    return list;
}

// The words a column may hold for one of `keys`: each key itself (any letter case) and its
// synonyms. Built once per kind of column; an import asks for every row.
class Words {
public:
    Words(const QStringList& keys, const QList<std::pair<QString, QStringList>>& synonyms) {
        for (const QString& key : keys)
            m_keys.insert(key, key);
        for (const auto& [key, words] : synonyms) {
            for (const QString& word : words) {
                if (!m_keys.contains(word)) // a key, or an earlier synonym, comes first
                    m_keys.insert(word, key);
            }
        }
    }
    // The key `text` names, or an empty string.
    QString find(const QString& text) const {
        if (text.isEmpty())
            return {};
        return m_keys.value(text.trimmed().toLower());
    }

private:
    QHash<QString, QString> m_keys; // word -> key
};

} // namespace

QList<MemberField> MemberCsvMapping::allFields() {
    QList<MemberField> fields;
    for (const Synonyms& s : synonyms())
        fields << s.field;
    return fields;
}

QString MemberCsvMapping::fieldKey(MemberField field) {
    static const QStringList keys = {
        QStringLiteral("name"),   QStringLiteral("handle"),   QStringLiteral("platform"),
        QStringLiteral("group"),  QStringLiteral("role"),     QStringLiteral("joined"),
        QStringLiteral("gender"), QStringLiteral("birthday"), QStringLiteral("city"),
        QStringLiteral("source"), QStringLiteral("referrer"), QStringLiteral("tags"),
        QStringLiteral("notes"),  QStringLiteral("phone")};
    return keys.at(int(field));
}

QString MemberCsvMapping::fieldLabel(MemberField field) {
    switch (field) {
    case MemberField::Name:
        return tr("Name");
    case MemberField::Handle:
        return tr("Handle");
    case MemberField::Platform:
        return tr("Platform");
    case MemberField::Group:
        return tr("Group");
    case MemberField::Role:
        return tr("Role");
    case MemberField::Joined:
        return tr("Joined");
    case MemberField::Gender:
        return tr("Gender");
    case MemberField::Birthday:
        return tr("Birthday");
    case MemberField::City:
        return tr("City");
    case MemberField::Source:
        return tr("Source channel");
    case MemberField::Referrer:
        return tr("Referrer");
    case MemberField::Tags:
        return tr("Tags");
    case MemberField::Notes:
        return tr("Notes");
    case MemberField::Phone:
        return tr("Phone");
    }
    return {};
}

MemberCsvMapping MemberCsvMapping::guess(const QStringList& header) {
    MemberCsvMapping mapping;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        for (const Synonyms& s : synonyms()) {
            if (!mapping.columns.contains(s.field) && s.names.contains(name)) {
                mapping.columns.insert(s.field, i);
                break;
            }
        }
    }
    return mapping;
}

Status MemberCsvMapping::validate() const {
    if (has(MemberField::Name) || has(MemberField::Handle))
        return {};
    return Error{tr("No column holds the member's name or handle. Name a column “name”, “姓名” or "
                    "“昵称” (or “handle”, “微信号”), or map one in the import dialog."),
                 {},
                 1};
}

QString MemberCsvMapping::headerKey(const QStringList& header) {
    QStringList normal;
    for (const QString& h : header)
        normal << h.trimmed().toLower();
    return QString::fromLatin1(QCryptographicHash::hash(normal.join(QLatin1Char('\x1f')).toUtf8(),
                                                        QCryptographicHash::Sha1)
                                   .toHex());
}

Result<std::optional<MemberCsvMapping>> MemberCsvMapping::load(const Database& db,
                                                               const QStringList& header) {
    auto json =
        sql::scalar(db.connection(),
                    QStringLiteral("SELECT mapping FROM import_mappings WHERE header_key = :k"),
                    {{QStringLiteral(":k"), QStringLiteral("members:") + headerKey(header)}});
    if (!json)
        return json.error();
    if (json->isNull() || !json->isValid())
        return std::optional<MemberCsvMapping>{};
    MemberCsvMapping mapping;
    const QJsonObject o = QJsonDocument::fromJson(json->toByteArray()).object();
    for (MemberField f : allFields()) {
        const int column = o.value(fieldKey(f)).toInt(-1);
        if (column >= 0 && column < header.size())
            mapping.columns.insert(f, column);
    }
    return std::optional<MemberCsvMapping>{mapping};
}

Status MemberCsvMapping::save(const Database& db, const QStringList& header,
                              const MemberCsvMapping& mapping) {
    QJsonObject o;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it)
        o.insert(fieldKey(it.key()), it.value());
    auto q = sql::exec(
        db.connection(),
        QStringLiteral("INSERT INTO import_mappings (header_key, mapping, updated_at) "
                       "VALUES (:k, :m, :t) ON CONFLICT (header_key) DO UPDATE SET "
                       "mapping = excluded.mapping, updated_at = excluded.updated_at"),
        {{QStringLiteral(":k"), QStringLiteral("members:") + headerKey(header)},
         {QStringLiteral(":m"), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))},
         {QStringLiteral(":t"), time::toStorage(time::now())}});
    return q ? Status{} : Status{q.error()};
}

QString memberwords::gender(const QString& text) {
    static const Words words(
        gender::keys(),
        {{QStringLiteral("female"),
          {QStringLiteral("f"), QStringLiteral("女"), QStringLiteral("woman")}},
         {QStringLiteral("male"),
          {QStringLiteral("m"), QStringLiteral("男"), QStringLiteral("man")}},
         {QStringLiteral("other"), {QStringLiteral("其他"), QStringLiteral("其它")}}});
    return words.find(text);
}

QString memberwords::role(const QString& text) {
    static const Words words(
        role::keys(),
        {{QStringLiteral("owner"), {QStringLiteral("群主")}},
         {QStringLiteral("admin"), {QStringLiteral("管理员"), QStringLiteral("管理員")}},
         {QStringLiteral("kol"), {QStringLiteral("达人"), QStringLiteral("達人")}},
         {QStringLiteral("assistant"), {QStringLiteral("助理"), QStringLiteral("小助手")}},
         {QStringLiteral("member"),
          {QStringLiteral("成员"), QStringLiteral("群成员"), QStringLiteral("成員"),
           QStringLiteral("群成員")}}});
    const QString key = words.find(text);
    return key.isEmpty() ? QStringLiteral("member") : key;
}

QString memberwords::platform(const QString& text) {
    static const Words words(
        platform::keys(),
        {{QStringLiteral("wechat"), {QStringLiteral("微信"), QStringLiteral("weixin")}},
         {QStringLiteral("wecom"),
          {QStringLiteral("企业微信"), QStringLiteral("企微"), QStringLiteral("企業微信")}},
         {QStringLiteral("telegram"), {QStringLiteral("tg")}}});
    return words.find(text);
}

QString memberwords::source(const QString& text) {
    static const Words words(
        sourceChannel::keys(),
        {{QStringLiteral("douyin"), {QStringLiteral("抖音"), QStringLiteral("tiktok")}},
         {QStringLiteral("taobao"), {QStringLiteral("淘宝"), QStringLiteral("淘寶")}},
         {QStringLiteral("xiaohongshu"), {QStringLiteral("小红书"), QStringLiteral("小紅書")}},
         {QStringLiteral("weibo"), {QStringLiteral("微博")}},
         {QStringLiteral("wechat"), {QStringLiteral("微信"), QStringLiteral("公众号")}},
         {QStringLiteral("offline"),
          {QStringLiteral("线下"), QStringLiteral("门店"), QStringLiteral("線下"),
           QStringLiteral("門店")}},
         {QStringLiteral("referral"),
          {QStringLiteral("转介绍"), QStringLiteral("推荐"), QStringLiteral("轉介紹")}},
         {QStringLiteral("other"), {QStringLiteral("其他")}}});
    const QString key = words.find(text);
    return key.isEmpty() ? text.trimmed() : key;
}

QStringList memberwords::tags(const QString& text) {
    static const QString separators = QStringLiteral(",;，；、|");
    QStringList out;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !separators.contains(text.at(i)))
            continue;
        const QStringView tag = QStringView(text).mid(from, i - from).trimmed();
        from = i + 1;
        if (!tag.isEmpty() && !out.contains(tag))
            out << tag.toString();
    }
    return out;
}

} // namespace qundesk
