// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/sop/SopStepForm.h"

#include "model/ContentItem.h"
#include "sop/ScriptRenderer.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QToolButton>

namespace qundesk {

SopStepForm::SopStepForm(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_timing(new QComboBox(this))
    , m_day(new QSpinBox(this))
    , m_repeat(new QSpinBox(this))
    , m_date(new QDateEdit(this))
    , m_weekday(new QComboBox(this))
    , m_windowStart(new QTimeEdit(this))
    , m_windowEnd(new QTimeEdit(this))
    , m_channel(new QComboBox(this))
    , m_script(new QPlainTextEdit(this))
    , m_placeholders(new QToolButton(this))
    , m_checklist(new QPlainTextEdit(this))
    , m_titleLabel(new QLabel(this))
    , m_timingLabel(new QLabel(this))
    , m_windowLabel(new QLabel(this))
    , m_channelLabel(new QLabel(this))
    , m_scriptLabel(new QLabel(this))
    , m_checklistLabel(new QLabel(this))
    , m_repeatLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("sopStepForm"));
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_timing->setObjectName(QStringLiteral("stepTiming"));
    m_day->setObjectName(QStringLiteral("stepDay"));
    m_day->setRange(0, 365);
    m_repeat->setObjectName(QStringLiteral("stepRepeat"));
    m_repeat->setRange(0, 365);
    m_date->setObjectName(QStringLiteral("stepDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_weekday->setObjectName(QStringLiteral("stepWeekday"));
    m_windowStart->setObjectName(QStringLiteral("stepWindowStart"));
    m_windowEnd->setObjectName(QStringLiteral("stepWindowEnd"));
    m_windowStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_windowEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    m_channel->setObjectName(QStringLiteral("stepChannel"));
    m_script->setObjectName(QStringLiteral("stepScript"));
    m_script->setMinimumHeight(70);
    m_script->setMaximumHeight(120);
    m_placeholders->setObjectName(QStringLiteral("insertPlaceholderButton"));
    m_placeholders->setPopupMode(QToolButton::InstantPopup);
    m_placeholders->setMenu(new QMenu(m_placeholders));
    m_checklist->setObjectName(QStringLiteral("stepChecklist"));
    m_checklist->setMaximumHeight(52);

    auto* timing = new QHBoxLayout;
    timing->addWidget(m_timing);
    timing->addWidget(m_day);
    timing->addWidget(m_date);
    timing->addWidget(m_weekday);
    timing->addWidget(m_repeatLabel);
    timing->addWidget(m_repeat);
    timing->addStretch();
    auto* window = new QHBoxLayout;
    window->addWidget(m_windowStart);
    window->addWidget(new QLabel(QStringLiteral("–"), this));
    window->addWidget(m_windowEnd);
    window->addSpacing(16);
    window->addWidget(m_channelLabel);
    window->addWidget(m_channel);
    window->addStretch();
    auto* scriptHead = new QHBoxLayout;
    scriptHead->addWidget(m_scriptLabel);
    scriptHead->addStretch();
    scriptHead->addWidget(m_placeholders);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_titleLabel, 0, 0);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_timingLabel, 1, 0);
    grid->addLayout(timing, 1, 1);
    grid->addWidget(m_windowLabel, 2, 0);
    grid->addLayout(window, 2, 1);
    grid->addLayout(scriptHead, 3, 0, 1, 2);
    grid->addWidget(m_script, 4, 0, 1, 2);
    grid->addWidget(m_checklistLabel, 5, 0, Qt::AlignTop);
    grid->addWidget(m_checklist, 5, 1);

    const auto edited = [this] {
        if (!m_loading)
            emit changed();
    };
    connect(m_title, &QLineEdit::textEdited, this, edited);
    connect(m_timing, &QComboBox::currentIndexChanged, this, [this, edited] {
        updateTimingFields();
        edited();
    });
    connect(m_day, &QSpinBox::valueChanged, this, edited);
    connect(m_repeat, &QSpinBox::valueChanged, this, edited);
    connect(m_date, &QDateEdit::dateChanged, this, edited);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, edited);
    connect(m_windowStart, &QTimeEdit::timeChanged, this, edited);
    connect(m_windowEnd, &QTimeEdit::timeChanged, this, edited);
    connect(m_channel, &QComboBox::currentIndexChanged, this, edited);
    connect(m_script, &QPlainTextEdit::textChanged, this, edited);
    connect(m_checklist, &QPlainTextEdit::textChanged, this, edited);
    retranslate();
}

void SopStepForm::setStep(const SopStep& step) {
    m_loading = true;
    m_step = step;
    m_title->setText(step.title);
    m_timing->setCurrentIndex(std::max(0, m_timing->findData(step.timingKind)));
    m_day->setValue(step.dayOffset);
    m_repeat->setValue(step.repeatDays);
    m_date->setDate(step.fixedDate.isValid() ? step.fixedDate : QDate::currentDate());
    m_weekday->setCurrentIndex(
        std::max(0, m_weekday->findData(step.weekday > 0 ? step.weekday : 1)));
    m_windowStart->setTime(step.windowStart);
    m_windowEnd->setTime(step.windowEnd);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(step.channel)));
    m_script->setPlainText(step.script);
    m_checklist->setPlainText(step.checklist.join(QLatin1Char('\n')));
    updateTimingFields();
    m_loading = false;
}

SopStep SopStepForm::step() const {
    SopStep s = m_step;
    s.title = m_title->text().trimmed();
    s.timingKind = m_timing->currentData().toString();
    s.dayOffset = m_day->value();
    s.repeatDays = s.timingKind == QLatin1String("day_offset") ? m_repeat->value() : 0;
    s.fixedDate = m_date->date();
    s.weekday = m_weekday->currentData().toInt();
    s.windowStart = m_windowStart->time();
    s.windowEnd = m_windowEnd->time();
    s.channel = m_channel->currentData().toString();
    s.script = m_script->toPlainText();
    s.checklist.clear();
    for (const QString& line : m_checklist->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            s.checklist << line.trimmed();
    return s;
}

void SopStepForm::insertPlaceholder(const QString& placeholder) {
    m_script->insertPlainText(placeholder);
    m_script->setFocus();
}

void SopStepForm::updateTimingFields() {
    const QString kind = m_timing->currentData().toString();
    m_day->setVisible(kind == QLatin1String("day_offset"));
    m_repeat->setVisible(kind == QLatin1String("day_offset"));
    m_repeatLabel->setVisible(kind == QLatin1String("day_offset"));
    m_date->setVisible(kind == QLatin1String("fixed_date"));
    m_weekday->setVisible(kind == QLatin1String("weekday"));
}

void SopStepForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SopStepForm::retranslate() {
    const bool loading = m_loading;
    m_loading = true;
    const QString timing = m_timing->currentData().toString();
    m_timing->clear();
    for (const QString& key : sopTiming::keys())
        m_timing->addItem(sopTiming::label(key), key);
    m_timing->setCurrentIndex(std::max(0, m_timing->findData(timing)));
    const int weekday = m_weekday->currentData().toInt();
    m_weekday->clear();
    for (int d = 1; d <= 7; ++d)
        m_weekday->addItem(QLocale().dayName(d), d);
    m_weekday->setCurrentIndex(std::max(0, m_weekday->findData(weekday)));
    const QString channelKey = m_channel->currentData().toString();
    m_channel->clear();
    for (const QString& key : channel::keys())
        m_channel->addItem(channel::label(key), key);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channelKey)));
    m_day->setPrefix(tr("day "));
    m_repeat->setSpecialValueText(tr("once"));
    m_repeat->setSuffix(tr(" days"));
    m_titleLabel->setText(tr("Step"));
    m_timingLabel->setText(tr("When"));
    m_repeatLabel->setText(tr("repeat every"));
    m_windowLabel->setText(tr("Send between"));
    m_channelLabel->setText(tr("Channel"));
    m_scriptLabel->setText(tr("Script"));
    m_checklistLabel->setText(tr("Checklist"));
    m_checklist->setPlaceholderText(tr("One item a line (optional)"));
    m_placeholders->setText(tr("Insert placeholder"));
    QMenu* menu = m_placeholders->menu();
    menu->clear();
    for (const QString& p : sop::ScriptRenderer::placeholders()) {
        QAction* action =
            menu->addAction(QStringLiteral("%1  —  %2").arg(p, sop::ScriptRenderer::describe(p)));
        connect(action, &QAction::triggered, this, [this, p] { insertPlaceholder(p); });
    }
    updateTimingFields();
    m_loading = loading;
}

} // namespace qundesk
