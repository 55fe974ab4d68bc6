// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/sop/SopEditor.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "model/ContentItem.h"
#include "pages/sop/SopStepForm.h"
#include "pages/sop/SopStepTable.h"
#include "services/SopService.h"
#include "shell/WorkspaceController.h"
#include "sop/ScriptRenderer.h"
#include "sop/SopEndRules.h"
#include "sop/SopSamples.h"
#include "store/SopTemplateStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qundesk {

namespace {

QString timingText(const SopStep& s) {
    if (s.timingKind == QLatin1String("fixed_date"))
        return QLocale().toString(s.fixedDate, QLocale::ShortFormat);
    if (s.timingKind == QLatin1String("weekday"))
        return SopEditor::tr("every %1").arg(QLocale().dayName(std::clamp(s.weekday, 1, 7)));
    if (s.repeatDays > 0)
        return SopEditor::tr("day %1, then every %2 days")
            .arg(QString::number(s.dayOffset), QString::number(s.repeatDays));
    return SopEditor::tr("day %1").arg(s.dayOffset);
}

} // namespace

SopEditor::SopEditor(WorkspaceController& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_scenario(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_anchor(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_stopWhenBought(new QCheckBox(this))
    , m_endTag(new QLineEdit(this))
    , m_endSop(new QComboBox(this))
    , m_steps(new SopStepTable(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_form(new SopStepForm(this))
    , m_member(new QComboBox(this))
    , m_rendered(new QLabel(this)) {
    setObjectName(QStringLiteral("sopEditor"));
    m_name->setObjectName(QStringLiteral("sopName"));
    m_scenario->setObjectName(QStringLiteral("sopScenario"));
    m_target->setObjectName(QStringLiteral("sopTarget"));
    m_anchor->setObjectName(QStringLiteral("sopAnchor"));
    m_stopWhenBought->setObjectName(QStringLiteral("sopStopWhenBought"));
    m_endTag->setObjectName(QStringLiteral("sopEndTag"));
    m_endSop->setObjectName(QStringLiteral("sopEndSop"));
    m_steps->setObjectName(QStringLiteral("sopStepsTable"));
    m_add->setObjectName(QStringLiteral("addStepButton"));
    m_remove->setObjectName(QStringLiteral("removeStepButton"));
    m_up->setObjectName(QStringLiteral("stepUpButton"));
    m_down->setObjectName(QStringLiteral("stepDownButton"));
    m_save->setObjectName(QStringLiteral("saveSopButton"));
    m_member->setObjectName(QStringLiteral("renderMember"));
    m_rendered->setObjectName(QStringLiteral("renderedScript"));
    m_rendered->setWordWrap(true);
    m_rendered->setTextFormat(Qt::PlainText);
    m_rendered->setStyleSheet(QStringLiteral("QLabel { background: #f0f9ff; border: 1px solid "
                                             "#b9e6fe; border-radius: 6px; padding: 8px; }"));
    m_steps->setColumnCount(4);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->verticalHeader()->hide();
    m_steps->setWordWrap(false);
    m_steps->verticalHeader()->setDefaultSectionSize(26);
    for (int c = 0; c < 3; ++c)
        m_steps->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_steps->setMinimumHeight(160);
    for (QLabel*& label : m_labels)
        label = new QLabel(this);

    auto* form = new QFormLayout;
    form->addRow(m_labels[0], m_name);
    auto* kinds = new QHBoxLayout;
    kinds->addWidget(m_scenario);
    kinds->addWidget(m_labels[1]);
    kinds->addWidget(m_target);
    kinds->addWidget(m_labels[2]);
    kinds->addWidget(m_anchor);
    kinds->addStretch();
    form->addRow(m_labels[3], kinds);
    form->addRow(m_labels[4], m_description);
    auto* ending = new QHBoxLayout;
    ending->addWidget(m_stopWhenBought);
    ending->addSpacing(12);
    ending->addWidget(m_labels[5]);
    ending->addWidget(m_endTag);
    ending->addWidget(m_labels[6]);
    ending->addWidget(m_endSop, 1);
    form->addRow(m_labels[7], ending);
    auto* stepButtons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        stepButtons->addWidget(b);
    stepButtons->addStretch();
    stepButtons->addWidget(m_save);
    auto* render = new QHBoxLayout;
    render->addWidget(m_member);
    render->addWidget(m_rendered, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);
    layout->addWidget(m_form);
    layout->addLayout(render);

    connect(m_add, &QPushButton::clicked, this, &SopEditor::addStep);
    connect(m_remove, &QPushButton::clicked, this, &SopEditor::removeStep);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_save, &QPushButton::clicked, this, &SopEditor::save);
    connect(m_steps, &QTableWidget::currentCellChanged, this, &SopEditor::onRowChanged);
    connect(m_steps, &SopStepTable::rowMoveRequested, this, &SopEditor::moveStepTo);
    connect(m_form, &SopStepForm::changed, this, &SopEditor::onStepEdited);
    connect(m_member, &QComboBox::currentIndexChanged, this, &SopEditor::renderForMember);
    for (QLineEdit* e : {m_name, m_description, m_endTag})
        connect(e, &QLineEdit::textEdited, this, &SopEditor::edited);
    connect(m_anchor, &QComboBox::currentIndexChanged, this, &SopEditor::edited);
    retranslate();
    reloadChoices();
    setTemplate(SopTemplate{});
}

void SopEditor::reloadChoices() {
    const qint64 member = m_member->currentData().toLongLong();
    m_member->clear();
    m_endSop->clear();
    m_endSop->addItem(tr("(no other SOP)"), QString());
    const Database* db = m_workspace.database();
    if (!db)
        return;
    if (auto samples = sop::SopSamples::members(*db, 300); samples) {
        for (const sop::SampleMember& m : std::as_const(samples.value()))
            m_member->addItem(
                m.groupName.isEmpty() ? m.name : QStringLiteral("%1 · %2").arg(m.name, m.groupName),
                QVariant::fromValue(m.memberId));
        m_member->setCurrentIndex(std::max(0, m_member->findData(member)));
    }
    if (auto sops = SopTemplateStore(*db).list(); sops)
        for (const SopTemplate& t : std::as_const(sops.value()))
            if (t.id != m_sop.id)
                m_endSop->addItem(t.name, t.uid);
}

void SopEditor::setTemplate(const SopTemplate& sop) {
    m_sop = sop;
    m_name->setText(sop.name);
    m_scenario->setCurrentIndex(std::max(0, m_scenario->findData(sop.scenario)));
    m_target->setCurrentIndex(std::max(0, m_target->findData(sop.targetKind)));
    m_anchor->setCurrentIndex(std::max(0, m_anchor->findData(sop.anchor)));
    m_description->setText(sop.description);
    m_stopWhenBought->setChecked(!sop.stopCondition.isEmpty());
    m_endTag->clear();
    reloadChoices();
    if (auto actions = sop::SopEndRules::endActions(sop); actions) {
        for (const sop::EndAction& a : std::as_const(actions.value())) {
            if (a.kind == QLatin1String("add_tag"))
                m_endTag->setText(a.value);
            else
                m_endSop->setCurrentIndex(std::max(0, m_endSop->findData(a.value)));
        }
    }
    m_steps->setRowCount(int(sop.steps.size()));
    for (int r = 0; r < m_steps->rowCount(); ++r)
        fillStepRow(r);
    m_row = -1;
    m_form->setEnabled(!sop.steps.isEmpty());
    selectStep(sop.steps.isEmpty() ? -1 : 0);
}

SopTemplate SopEditor::currentTemplate() const {
    SopTemplate t = m_sop;
    t.name = m_name->text().trimmed();
    t.scenario = m_scenario->currentData().toString();
    t.targetKind = m_target->currentData().toString();
    t.anchor = m_anchor->currentData().toString();
    t.description = m_description->text().trimmed();
    if (!m_stopWhenBought->isChecked())
        t.stopCondition.clear();
    else if (t.stopCondition.isEmpty())
        t.stopCondition = sop::SopEndRules::boughtCondition();
    QList<sop::EndAction> actions;
    if (!m_endTag->text().trimmed().isEmpty())
        actions << sop::EndAction{QStringLiteral("add_tag"), m_endTag->text().trimmed()};
    if (!m_endSop->currentData().toString().isEmpty())
        actions << sop::EndAction{QStringLiteral("start_sop"), m_endSop->currentData().toString()};
    t.endActions = sop::SopEndRules::endActionsJson(actions);
    return t;
}

void SopEditor::fillStepRow(int row) {
    const SopStep& s = m_sop.steps.at(row);
    const QStringList cells = {s.title, timingText(s),
                               QStringLiteral("%1–%2 · %3")
                                   .arg(s.windowStart.toString(QStringLiteral("HH:mm")),
                                        s.windowEnd.toString(QStringLiteral("HH:mm")),
                                        channel::label(s.channel)),
                               s.script.section(QLatin1Char('\n'), 0, 0)};
    for (int c = 0; c < cells.size(); ++c)
        m_steps->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

void SopEditor::addStep() {
    SopStep s;
    s.title = tr("Step %1").arg(m_sop.steps.size() + 1);
    s.dayOffset = m_sop.steps.isEmpty() ? 0 : m_sop.steps.last().dayOffset + 1;
    s.windowStart = QTime(20, 0);
    s.windowEnd = QTime(21, 0);
    s.script = QStringLiteral("{nickname}");
    m_sop.steps << s;
    m_steps->setRowCount(int(m_sop.steps.size()));
    fillStepRow(m_steps->rowCount() - 1);
    m_form->setEnabled(true);
    selectStep(m_steps->rowCount() - 1);
    emit edited();
}

void SopEditor::removeStep() {
    if (m_row < 0 || m_row >= m_sop.steps.size())
        return;
    const int row = m_row;
    m_sop.steps.removeAt(row);
    m_row = -1;
    m_steps->removeRow(row);
    m_form->setEnabled(!m_sop.steps.isEmpty());
    selectStep(std::min(row, int(m_sop.steps.size()) - 1));
    emit edited();
}

void SopEditor::moveStep(int delta) {
    moveStepTo(m_row, m_row + delta);
}

void SopEditor::moveStepTo(int from, int to) {
    if (from < 0 || from >= m_sop.steps.size() || to < 0 || to >= m_sop.steps.size() ||
        from == to)
        return;
    m_sop.steps.move(from, to);
    for (int r = std::min(from, to); r <= std::max(from, to); ++r)
        fillStepRow(r);
    m_row = -1;
    selectStep(to);
    emit edited();
}

void SopEditor::selectStep(int row) {
    if (row < 0) {
        m_steps->clearSelection();
        m_form->setStep(SopStep{});
        renderForMember();
        return;
    }
    m_steps->setCurrentCell(row, 0);
    onRowChanged();
}

void SopEditor::onRowChanged() {
    const int row = m_steps->currentRow();
    if (row == m_row || row < 0 || row >= m_sop.steps.size())
        return;
    m_row = row;
    m_form->setStep(m_sop.steps.at(row));
    renderForMember();
}

void SopEditor::onStepEdited() {
    if (m_row < 0 || m_row >= m_sop.steps.size())
        return;
    m_sop.steps[m_row] = m_form->step();
    fillStepRow(m_row);
    renderForMember();
    emit edited();
}

void SopEditor::renderForMember() {
    const Database* db = m_workspace.database();
    if (m_row < 0 || !db || m_member->count() == 0) {
        m_rendered->setText(tr("Add a step to see its script for a real member."));
        return;
    }
    const SopStep step = m_sop.steps.at(m_row);
    auto values = sop::SopSamples::values(*db, m_member->currentData().toLongLong(), QDate());
    const QString text =
        values ? sop::ScriptRenderer::render(step.script, values.value(), m_sop.language)
               : values.error().message;
    m_rendered->setText(text);
}

qint64 SopEditor::save() {
    const Database* db = m_workspace.database();
    if (!db)
        return 0;
    const SopTemplate t = currentTemplate();
    auto id = SopService::saveTemplate(*db, t);
    if (!id) {
        MessageBoxes::error(this, tr("Save SOP"), id.error().message);
        return 0;
    }
    auto stored = SopTemplateStore(*db).get(id.value());
    if (stored)
        setTemplate(stored.value());
    m_workspace.notifyDataChanged();
    emit saved(id.value());
    return id.value();
}

void SopEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SopEditor::retranslate() {
    const auto fill = [](QComboBox* box, const QStringList& keys, auto label) {
        const QString current = box->currentData().toString();
        box->clear();
        for (const QString& key : keys)
            box->addItem(label(key), key);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_scenario, sopScenario::keys(), &sopScenario::label);
    fill(m_target, sopTarget::keys(), &sopTarget::label);
    fill(m_anchor, sopAnchor::keys(), &sopAnchor::label);
    m_labels[0]->setText(tr("Name"));
    m_labels[1]->setText(tr("for a"));
    m_labels[2]->setText(tr("counting days"));
    m_labels[3]->setText(tr("Scenario"));
    m_labels[4]->setText(tr("Description"));
    m_labels[5]->setText(tr("then tag"));
    m_labels[6]->setText(tr("and start"));
    m_labels[7]->setText(tr("Ending"));
    m_stopWhenBought->setText(tr("Ends early when the member buys"));
    m_endTag->setPlaceholderText(tr("tag (optional)"));
    m_add->setText(tr("Add step"));
    m_remove->setText(tr("Remove step"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    m_save->setText(tr("Save SOP"));
    m_steps->setHorizontalHeaderLabels(
        {tr("Step"), tr("When"), tr("Window · channel"), tr("Script")});
    if (m_endSop->count() > 0)
        m_endSop->setItemText(0, tr("(no other SOP)"));
}

} // namespace qundesk
