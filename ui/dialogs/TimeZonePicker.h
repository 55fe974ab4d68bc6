// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QComboBox>
#include <QTimeZone>

namespace qundesk {

class Database;

// The IANA time zones this machine knows (QTimeZone::availableTimeZoneIds), in a combo the user
// can type into: typing "shang" or "york" narrows the list to the zones containing it.
class TimeZonePicker final : public QComboBox {
    Q_OBJECT

public:
    explicit TimeZonePicker(QWidget* parent = nullptr);

    // Selects `id`, adding it first when the list lacks it (e.g. "UTC" on some systems).
    void setZoneId(const QByteArray& id);
    // The chosen zone's id; empty when the typed text names no zone in the list.
    QByteArray zoneId() const;
};

// Changes `db`'s time zone to `zone` (core's changeTimeZone: every day-derived table rebuilt
// in one transaction) behind a modal progress dialog with a Cancel button. True when the zone
// was changed (or already was `zone`); false when cancelled or failed, after telling the user
// why, with the workspace unchanged.
// Tells the user how a zone change ended (nothing when it succeeded); true when it did.
bool reportTimeZoneChange(QWidget* parent, const Status& status, bool cancelled);
bool changeTimeZoneWithProgress(QWidget* parent, Database& db, const QTimeZone& zone);

} // namespace qundesk
