// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/calendar/CalendarPage.h"

#include "calendar/CalendarQuery.h"
#include "calendar/ContentMix.h"
#include "db/Database.h"
#include "pages/DeferredReload.h"
#include "pages/PageCatalog.h"
#include "pages/calendar/AgendaView.h"
#include "pages/calendar/MonthView.h"
#include "pages/calendar/WeekView.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace qundesk {

CalendarPage::CalendarPage(WorkspaceController& workspace, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack) {
    setObjectName(PageCatalog::objectName(PageId::Calendar));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    auto* bar = new QHBoxLayout;
    auto* filters = new QHBoxLayout;
    buildToolBar(bar, filters);

    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("calendarLegend"));
    auto* legend = new QHBoxLayout(m_legend);
    legend->setContentsMargins(0, 0, 0, 0);
    for (const QString& key : contentLine::keys()) {
        auto* swatch = new QLabel(m_legend);
        swatch->setFixedSize(12, 12);
        swatch->setStyleSheet(QStringLiteral("background: %1; border-radius: 2px;")
                                  .arg(calendarColors::forLine(key).name()));
        auto* name = new QLabel(m_legend);
        name->setObjectName(QStringLiteral("legend_") + key);
        legend->addWidget(swatch);
        legend->addWidget(name);
        legend->addSpacing(8);
    }
    legend->addStretch(1);
    m_mix = new QLabel(this);
    m_mix->setObjectName(QStringLiteral("calendarMix"));
    m_mix->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_month = new MonthView(m_stack);
    m_week = new WeekView(m_stack);
    m_agenda = new AgendaView(m_stack);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_agenda);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(m_legend);
    layout->addWidget(m_mix);
    layout->addWidget(m_stack, 1);

    connect(m_month, &MonthView::createRequested, this,
            [this](const QDate& day) { createAt(QDateTime(day, QTime(20, 0), QTimeZone::utc())); });
    connect(m_month, &MonthView::occurrenceActivated, this, &CalendarPage::openOccurrence);
    connect(m_month, &MonthView::occurrenceDropped, this,
            [this](const calendar::Occurrence& o, const QDate& day) {
                moveOccurrence(o, QDateTime(day, o.start.time(), QTimeZone::utc()));
            });
    connect(m_month, &MonthView::selectedDateChanged, this, &CalendarPage::showDate);
    connect(m_month, &MonthView::monthStepRequested, this, &CalendarPage::step);
    connect(m_month, &MonthView::todayRequested, this, [this] { showDate(m_snapshot.today); });
    connect(m_week, &WeekView::createRequested, this, &CalendarPage::createAt);
    connect(m_week, &WeekView::occurrenceActivated, this, &CalendarPage::openOccurrence);
    connect(m_week, &WeekView::occurrenceDropped, this, &CalendarPage::moveOccurrence);
    connect(m_week, &WeekView::occurrenceResized, this, &CalendarPage::resizeOccurrence);
    connect(m_week, &WeekView::selectedDateChanged, this, &CalendarPage::showDate);
    connect(m_week, &WeekView::weekStepRequested, this, &CalendarPage::step);
    connect(m_week, &WeekView::todayRequested, this, [this] { showDate(m_snapshot.today); });
    connect(m_agenda, &AgendaView::occurrenceActivated, this, &CalendarPage::openOccurrence);

    m_reload = new DeferredReload(this, QStringLiteral("calendar page"), [this] { reload(); });
    connect(&m_workspace, &WorkspaceController::workspaceChanged, this, [this] {
        m_anchor = QDate();
        fillFilters();
        m_reload->request();
    });
    connect(&m_workspace, &WorkspaceController::dataChanged, m_reload, &DeferredReload::request);
    retranslate();
    fillFilters();
}

void CalendarPage::buildToolBar(QHBoxLayout* bar, QHBoxLayout* filters) {
    m_prev = new QToolButton(this);
    m_prev->setObjectName(QStringLiteral("calendarPrevious"));
    m_prev->setArrowType(Qt::LeftArrow);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("calendarNext"));
    m_next->setArrowType(Qt::RightArrow);
    m_today = new QPushButton(this);
    m_today->setObjectName(QStringLiteral("calendarToday"));
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("calendarPeriod"));
    QFont big = m_period->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_period->setFont(big);
    m_period->setMinimumWidth(
        QFontMetrics(big).horizontalAdvance(QStringLiteral("2026/12/28 – 2027/01/03")) + 12);
    bar->addWidget(m_prev);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addWidget(m_period);
    m_viewButtons = new QButtonGroup(this);
    const char* names[] = {"calendarMonthButton", "calendarWeekButton", "calendarAgendaButton"};
    for (int v = 0; v < 3; ++v) {
        auto* b = new QToolButton(this);
        b->setObjectName(QLatin1String(names[v]));
        b->setCheckable(true);
        b->setAutoRaise(false);
        m_viewButtons->addButton(b, v);
        bar->addWidget(b);
    }
    m_viewButtons->button(0)->setChecked(true);
    bar->addStretch(1);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("calendarNewButton"));
    bar->addWidget(m_new);
    m_groupFilter = new QComboBox(this);
    m_groupFilter->setObjectName(QStringLiteral("calendarGroupFilter"));
    m_channelFilter = new QComboBox(this);
    m_channelFilter->setObjectName(QStringLiteral("calendarChannelFilter"));
    m_lineFilter = new QComboBox(this);
    m_lineFilter->setObjectName(QStringLiteral("calendarLineFilter"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("calendarStatusFilter"));
    for (QComboBox* box : {m_groupFilter, m_channelFilter, m_lineFilter, m_statusFilter}) {
        // Narrow enough for a small window; the list opens as wide as its texts.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    }
    filters->addStretch(1);

    connect(m_prev, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_today, &QPushButton::clicked, this, [this] { showDate(m_snapshot.today); });
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        const QDate day = m_month->selectedDate().isValid() ? m_month->selectedDate() : m_anchor;
        createAt(QDateTime(day, QTime(20, 0), QTimeZone::utc()));
    });
}

void CalendarPage::retranslate() {
    m_title->setText(PageCatalog::title(PageId::Calendar));
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Go to today (Home)"));
    m_prev->setToolTip(tr("Previous (Page Up)"));
    m_next->setToolTip(tr("Next (Page Down)"));
    m_viewButtons->button(0)->setText(tr("Month"));
    m_viewButtons->button(1)->setText(tr("Week"));
    m_viewButtons->button(2)->setText(tr("Agenda"));
    m_new->setText(tr("New item…"));
    for (const QString& key : contentLine::keys())
        m_legend->findChild<QLabel*>(QStringLiteral("legend_") + key)
            ->setText(contentLine::label(key));
    const auto refill = [](QComboBox* box, const QString& all, const QStringList& keys,
                           QString (*label)(const QString&)) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString& key : keys)
            box->addItem(label(key), key);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_channelFilter, tr("All channels"), channel::keys(), &channel::label);
    refill(m_lineFilter, tr("All content lines"), contentLine::keys(), &contentLine::label);
    refill(m_statusFilter, tr("All statuses"), contentStatus::keys(), &contentStatus::label);
    if (m_groupFilter->count() > 0)
        m_groupFilter->setItemText(0, tr("All groups"));
    updatePeriodLabel();
    updateMix();
}

void CalendarPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CalendarPage::fillFilters() {
    const qint64 current = m_groupFilter->currentData().toLongLong();
    const QSignalBlocker block(m_groupFilter);
    m_groupFilter->clear();
    m_groupFilter->addItem(tr("All groups"), qint64(0));
    if (Database* db = m_workspace.database()) {
        if (auto groups = GroupStore(*db).list(false))
            for (const Group& g : groups.value())
                m_groupFilter->addItem(g.name, g.id);
    }
    m_groupFilter->setCurrentIndex(std::max(0, m_groupFilter->findData(current)));
}

void CalendarPage::setGroupFilter(qint64 groupId) {
    const int index = m_groupFilter->findData(groupId);
    m_groupFilter->setCurrentIndex(std::max(0, index));
}

std::pair<QDate, QDate> CalendarPage::range() const {
    switch (m_view) {
    case View::Month: {
        const QDate first(m_anchor.year(), m_anchor.month(), 1);
        const QDate from = first.addDays(1 - first.dayOfWeek());
        return {from, from.addDays(42)};
    }
    case View::Week: {
        const QDate monday = m_anchor.addDays(1 - m_anchor.dayOfWeek());
        return {monday, monday.addDays(7)};
    }
    case View::Agenda: {
        const QDate first(m_anchor.year(), m_anchor.month(), 1);
        return {first, first.addMonths(1)};
    }
    }
    return {};
}

void CalendarPage::reload() {
    Database* db = m_workspace.database();
    CalendarSnapshot snap;
    if (db) {
        snap.today = time::today(SettingsStore(*db).timeZone());
        if (!m_anchor.isValid())
            m_anchor = snap.today;
        const auto [from, to] = range();
        snap.from = from;
        snap.to = to;
        snap.anchor = m_view == View::Week ? from : QDate(m_anchor.year(), m_anchor.month(), 1);
        const qint64 group = m_groupFilter->currentData().toLongLong();
        const QString channelKey = m_channelFilter->currentData().toString();
        const QString lineKey = m_lineFilter->currentData().toString();
        const QString statusKey = m_statusFilter->currentData().toString();
        if (auto all = calendar::occurrencesBetween(*db, group, from, to)) {
            for (const calendar::Occurrence& o : all.value()) {
                if ((channelKey.isEmpty() || o.channel == channelKey) &&
                    (lineKey.isEmpty() || o.contentLine == lineKey) &&
                    (statusKey.isEmpty() || o.status == statusKey))
                    snap.occurrences << o;
            }
        }
        if (auto warnings = calendar::fatigueWarnings(*db, group, from, to))
            snap.warnings = warnings.value();
        if (auto names = GroupStore(*db).names())
            snap.groupNames = names.value();
    }
    m_snapshot = snap;
    m_month->setSnapshot(snap);
    m_month->setSelectedDate(m_anchor);
    m_week->setSnapshot(snap);
    m_week->setSelectedDate(m_anchor);
    m_agenda->setSnapshot(snap);
    updatePeriodLabel();
    updateMix();
}

void CalendarPage::setView(View view) {
    m_view = view;
    m_viewButtons->button(int(view))->setChecked(true);
    m_stack->setCurrentIndex(int(view));
    reload();
    m_stack->currentWidget()->setFocus();
}

void CalendarPage::showDate(const QDate& day) {
    if (!day.isValid())
        return;
    const auto [from, to] = range();
    const bool inPeriod = m_view == View::Month
                              ? (day.year() == m_anchor.year() && day.month() == m_anchor.month())
                              : (day >= from && day < to);
    m_anchor = day;
    if (!inPeriod) {
        reload();
    } else {
        m_month->setSelectedDate(day);
        m_week->setSelectedDate(day);
        updateMix();
    }
}

void CalendarPage::step(int direction) {
    if (!m_anchor.isValid())
        return;
    showDate(m_view == View::Week ? m_anchor.addDays(7 * direction)
                                  : m_anchor.addMonths(direction));
}

void CalendarPage::updatePeriodLabel() {
    if (!m_anchor.isValid()) {
        m_period->clear();
        return;
    }
    const QLocale locale;
    if (m_view == View::Week) {
        const auto [from, to] = range();
        m_period->setText(tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat),
                                            locale.toString(to.addDays(-1), QLocale::ShortFormat)));
    } else {
        // The month title's date format: "yyyy年M月" in Chinese.
        m_period->setText(locale.toString(m_anchor, tr("MMMM yyyy", "date format")));
    }
}

void CalendarPage::updateMix() {
    if (!m_anchor.isValid() || m_snapshot.groupNames.isEmpty()) {
        m_mix->clear();
        return;
    }
    const qint64 group = m_groupFilter->currentData().toLongLong();
    QList<qint64> groups = group > 0 ? QList<qint64>{group} : m_snapshot.groupNames.keys();
    const QList<calendar::ContentMixWeek> weeks =
        calendar::contentMix(m_snapshot.occurrences, groups, m_anchor, 1);
    int limit = 40;
    if (Database* db = m_workspace.database())
        limit = SettingsStore(*db).thresholds().maxMarketingPercent;
    QStringList parts;
    QStringList heavy;
    calendar::ContentMixWeek sum;
    for (const calendar::ContentMixWeek& w : weeks) {
        for (auto it = w.counts.begin(); it != w.counts.end(); ++it)
            sum.counts[it.key()] += it.value();
        sum.total += w.total;
        if (w.marketingDominates(limit))
            heavy << m_snapshot.groupName(w.groupId);
    }
    for (const QString& key : contentLine::keys())
        if (sum.count(key) > 0)
            parts << tr("%1 %2%").arg(contentLine::label(key), QString::number(sum.percent(key)));
    QString text = tr("Content mix of the week: %1")
                       .arg(parts.isEmpty() ? tr("nothing planned") : parts.join(tr(" · ")));
    if (!heavy.isEmpty())
        text += QStringLiteral("  ⚠ ") +
                tr("Marketing above %1% in: %2").arg(QString::number(limit), heavy.join(tr(", ")));
    m_mix->setText(text);
}

QStringList CalendarPage::previewWarnings(const ContentItem& candidate,
                                          const calendar::Occurrence& replacing) const {
    Database* db = m_workspace.database();
    if (!db || !candidate.startsAt.isValid())
        return {};
    const QDate day = candidate.startsAt.date();
    auto plan = calendar::fatiguePlan(*db, candidate.groupId, day, day.addDays(1));
    if (!plan)
        return {};
    QList<calendar::Occurrence> occurrences;
    for (const calendar::Occurrence& o : plan->occurrences)
        if (!(o.itemId == replacing.itemId && o.originalStart == replacing.originalStart))
            occurrences << o;
    // The candidate, marked with an id no stored item has.
    ContentItem marked = candidate;
    marked.id = -1;
    const QDateTime from(plan->from.addDays(-7), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(plan->to.addDays(7), QTime(0, 0), QTimeZone::utc());
    if (replacing.itemId > 0 && replacing.recurring) // one occurrence edited: only it moves
        marked.rrule.clear();
    occurrences += calendar::expand(marked, {}, from, to);
    plan->occurrences = occurrences;
    QStringList texts;
    const auto limits = calendar::FatigueLimits::from(SettingsStore(*db).thresholds());
    for (const calendar::FatigueWarning& w : calendar::Fatigue::check(plan.value(), limits)) {
        const bool involved =
            std::any_of(w.items.begin(), w.items.end(),
                        [](const calendar::Occurrence& o) { return o.itemId == -1; });
        if (involved)
            texts << calendar::Fatigue::describe(w, m_snapshot.groupNames);
    }
    return texts;
}

} // namespace qundesk
