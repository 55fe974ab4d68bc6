// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/member/MemberPicker.h"

#include "store/MemberListQuery.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace qundesk {

namespace {
constexpr int kMaxMatches = 20;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kPauseMs = 150; // as the Members page's search
} // namespace

MemberPicker::MemberPicker(Database* db, QWidget* parent)
    : QLineEdit(parent)
    , m_db(db)
    , m_matches(new QStandardItemModel(this))
    , m_pause(new QTimer(this)) {
    auto* completer = new QCompleter(m_matches, this);
    // The model already holds only matches (searched in core), so show them all.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    setClearButtonEnabled(true);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &MemberPicker::searchNow);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_memberId = 0;
        m_pause->start();
    });
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &MemberPicker::choose);
}

void MemberPicker::setMember(qint64 id, const QString& name) {
    m_pause->stop(); // a search still waiting would reopen the list over the choice
    m_memberId = id;
    setText(id > 0 ? name : QString());
}

void MemberPicker::searchNow() {
    m_pause->stop();
    m_matches->clear();
    if (!m_db || text().trimmed().isEmpty())
        return;
    MemberListFilter filter;
    filter.search = text().trimmed();
    // One more than shown, in case the excluded member is among them.
    auto ids = MemberListQuery::ids(*m_db, filter, MemberSort::Name, true, {}, kMaxMatches + 1);
    if (!ids)
        return;
    QList<qint64> page = *ids;
    page.removeAll(m_excluded);
    auto rows = MemberListQuery::rows(*m_db, page.mid(0, kMaxMatches));
    if (!rows)
        return;
    for (const MemberListRow& row : rows.value()) {
        // The id tells namesakes apart.
        auto* item =
            new QStandardItem(QStringLiteral("%1  #%2").arg(row.name, QString::number(row.id)));
        item->setData(row.id, kIdRole);
        item->setData(row.name, Qt::UserRole);
        m_matches->appendRow(item);
    }
    if (hasFocus())
        completer()->complete();
}

void MemberPicker::choose(const QModelIndex& index) {
    const qint64 id = index.data(kIdRole).toLongLong();
    setMember(id, index.data(Qt::UserRole).toString());
    emit memberChosen(id);
}

} // namespace qundesk
