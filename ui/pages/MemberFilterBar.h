// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "store/MemberListQuery.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;

namespace qundesk {

class Database;

// The filters of the Members page: group, stage, tag, source, "silent ≥ N days", "never
// posted", and a segment (built-in or saved). Emits changed() whenever one of them changes.
class MemberFilterBar final : public QWidget {
    Q_OBJECT

public:
    explicit MemberFilterBar(QWidget* parent = nullptr);

    // Refills the groups, tags and segments of `db` (nullptr = none), keeping the choices
    // that still exist. Emits no changed().
    void reloadChoices(const Database* db);

    // The chosen conditions (search not included).
    MemberListFilter filter() const;
    // The chosen conditions as a segment definition (all must hold): the bar's filters and
    // the chosen segment's conditions when that segment requires all of them.
    MemberFilterDefinition definition() const;
    bool isActive() const;

    void setGroup(qint64 groupId); // emits changed() when it differs
    void clear();                  // every filter back to "all"; emits changed() once
    // Chooses a segment by its key ("builtin:never_posted", "saved:12"); false when unknown.
    bool chooseSegment(const QString& key);

    QComboBox* groupBox() const { return m_group; }
    QComboBox* stageBox() const { return m_stage; }
    QComboBox* tagBox() const { return m_tag; }
    QComboBox* sourceBox() const { return m_source; }
    QSpinBox* silentBox() const { return m_silent; }
    QCheckBox* neverPostedBox() const { return m_neverPosted; }
    QComboBox* segmentBox() const { return m_segment; }

signals:
    void changed();
    void saveSegmentRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void emitChanged();

    const Database* m_db = nullptr;
    bool m_quiet = false;                              // true while refilling: no changed()
    QHash<QString, MemberFilterDefinition> m_segments; // by segment key
    QComboBox* m_group = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_source = nullptr;
    QSpinBox* m_silent = nullptr;
    QCheckBox* m_neverPosted = nullptr;
    QComboBox* m_segment = nullptr;
    QPushButton* m_saveSegment = nullptr;
};

} // namespace qundesk
