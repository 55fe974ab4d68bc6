// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/MemberFilterBar.h"

#include "db/Database.h"
#include "model/Member.h"
#include "rules/BuiltinSegments.h"
#include "rules/Lifecycle.h"
#include "store/GroupStore.h"
#include "store/SegmentStore.h"
#include "store/SettingsStore.h"
#include "store/TagStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qundesk {

namespace {

QComboBox* makeBox(QWidget* parent, const char* name) {
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaximumWidth(220);
    return box;
}

// Puts the item with `data` back as current, or the first ("all") item.
void restoreChoice(QComboBox* box, const QVariant& data) {
    const int i = box->findData(data);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

MemberFilterBar::MemberFilterBar(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("memberFilterBar"));
    m_group = makeBox(this, "memberGroupFilter");
    m_stage = makeBox(this, "memberStageFilter");
    m_tag = makeBox(this, "memberTagFilter");
    m_source = makeBox(this, "memberSourceFilter");
    m_segment = makeBox(this, "memberSegmentFilter");
    m_segment->setMaximumWidth(260);
    m_silent = new QSpinBox(this);
    m_silent->setObjectName(QStringLiteral("memberSilentFilter"));
    m_silent->setRange(0, 3650);
    m_silent->setSingleStep(7);
    m_neverPosted = new QCheckBox(this);
    m_neverPosted->setObjectName(QStringLiteral("memberNeverPostedFilter"));
    m_saveSegment = new QPushButton(this);
    m_saveSegment->setObjectName(QStringLiteral("saveSegmentButton"));

    // Two rows, so the page still fits a window of 930 pixels.
    auto* first = new QHBoxLayout;
    first->setSpacing(8);
    for (QWidget* w : {static_cast<QWidget*>(m_segment), static_cast<QWidget*>(m_group),
                       static_cast<QWidget*>(m_stage), static_cast<QWidget*>(m_tag)})
        first->addWidget(w);
    first->addStretch();
    auto* second = new QHBoxLayout;
    second->setSpacing(8);
    for (QWidget* w : {static_cast<QWidget*>(m_source), static_cast<QWidget*>(m_silent),
                       static_cast<QWidget*>(m_neverPosted)})
        second->addWidget(w);
    second->addStretch();
    second->addWidget(m_saveSegment);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(first);
    layout->addLayout(second);

    for (QComboBox* box : {m_group, m_stage, m_tag, m_source, m_segment})
        connect(box, &QComboBox::currentIndexChanged, this, &MemberFilterBar::emitChanged);
    connect(m_silent, &QSpinBox::valueChanged, this, &MemberFilterBar::emitChanged);
    connect(m_neverPosted, &QCheckBox::toggled, this, &MemberFilterBar::emitChanged);
    connect(m_saveSegment, &QPushButton::clicked, this, &MemberFilterBar::saveSegmentRequested);
    retranslate();
}

void MemberFilterBar::emitChanged() {
    m_saveSegment->setEnabled(!definition().isEmpty());
    if (!m_quiet)
        emit changed();
}

void MemberFilterBar::reloadChoices(const Database* db) {
    m_db = db;
    m_quiet = true;
    const QVariant group = m_group->currentData();
    const QVariant stage = m_stage->currentData();
    const QVariant tag = m_tag->currentData();
    const QVariant source = m_source->currentData();
    const QVariant segment = m_segment->currentData();
    for (QComboBox* box : {m_group, m_stage, m_tag, m_source, m_segment})
        box->clear();

    m_group->addItem(tr("All groups"), qint64{0});
    m_stage->addItem(tr("All stages"), QString());
    for (const QString& key : lifecycle::keys())
        m_stage->addItem(lifecycle::label(key), key);
    m_tag->addItem(tr("All tags"), qint64{0});
    m_source->addItem(tr("All sources"), QString());
    for (const QString& key : sourceChannel::keys())
        m_source->addItem(sourceChannel::label(key), key);
    m_segment->addItem(tr("All members"), QString());
    m_segments.clear();
    if (db) {
        if (auto groups = GroupStore(*db).list(); groups) {
            for (const Group& g : *groups)
                m_group->addItem(g.name, g.id);
        }
        if (auto tags = TagStore(*db).list(); tags) {
            for (const Tag& t : *tags)
                m_tag->addItem(t.name, t.id);
        }
        for (const BuiltinSegment& s : builtinsegments::all(SettingsStore(*db).thresholds())) {
            const QString key = QStringLiteral("builtin:") + s.key;
            m_segments.insert(key, s.definition);
            m_segment->addItem(s.label, key);
            m_segment->setItemData(m_segment->count() - 1, s.description, Qt::ToolTipRole);
        }
        if (auto saved = SegmentStore(*db).list(); saved) {
            for (const Segment& s : *saved) {
                auto def = MemberFilterDefinition::fromJson(s.definition.toUtf8());
                if (!def)
                    continue;
                const QString key = QStringLiteral("saved:%1").arg(s.id);
                m_segments.insert(key, def.value());
                m_segment->addItem(s.name, key);
            }
        }
    }
    restoreChoice(m_group, group);
    restoreChoice(m_stage, stage);
    restoreChoice(m_tag, tag);
    restoreChoice(m_source, source);
    restoreChoice(m_segment, segment);
    m_quiet = false;
    m_saveSegment->setEnabled(!definition().isEmpty());
}

MemberListFilter MemberFilterBar::filter() const {
    MemberListFilter f;
    f.groupId = m_group->currentData().toLongLong();
    f.stage = m_stage->currentData().toString();
    f.tagId = m_tag->currentData().toLongLong();
    f.source = m_source->currentData().toString();
    f.silentAtLeast = m_silent->value() > 0 ? m_silent->value() : -1;
    f.neverPosted = m_neverPosted->isChecked();
    if (auto it = m_segments.constFind(m_segment->currentData().toString());
        it != m_segments.cend())
        f.segment = it.value();
    return f;
}

MemberFilterDefinition MemberFilterBar::definition() const {
    return filter().definition();
}

bool MemberFilterBar::isActive() const {
    const MemberListFilter f = filter();
    return f.groupId > 0 || !f.stage.isEmpty() || f.tagId > 0 || !f.source.isEmpty() ||
           f.silentAtLeast >= 0 || f.neverPosted || f.segment.has_value();
}

void MemberFilterBar::setGroup(qint64 groupId) {
    const int i = m_group->findData(groupId);
    m_group->setCurrentIndex(i >= 0 ? i : 0);
}

void MemberFilterBar::clear() {
    m_quiet = true;
    for (QComboBox* box : {m_group, m_stage, m_tag, m_source, m_segment})
        box->setCurrentIndex(0);
    m_silent->setValue(0);
    m_neverPosted->setChecked(false);
    m_quiet = false;
    emitChanged();
}

bool MemberFilterBar::chooseSegment(const QString& key) {
    const int i = m_segment->findData(key);
    if (i < 0)
        return false;
    m_segment->setCurrentIndex(i);
    return true;
}

void MemberFilterBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MemberFilterBar::retranslate() {
    m_silent->setSpecialValueText(tr("Any silence"));
    m_silent->setPrefix(tr("Silent ≥ "));
    m_silent->setSuffix(tr(" days"));
    m_silent->setToolTip(tr("Only members silent for at least this many days (0 = any)"));
    m_neverPosted->setText(tr("Never posted"));
    m_saveSegment->setText(tr("Save as segment…"));
    m_saveSegment->setToolTip(tr("Save these filters as a segment for SOPs and the calendar"));
    reloadChoices(m_db); // the "all" items and the stage, source and segment labels
}

} // namespace qundesk
