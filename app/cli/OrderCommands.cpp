// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Order commands of the CLI contract: import orders. A thin call into core; the JSON keys are
// the contract's.
#include "CliContext.h"
#include "Command.h"
#include "TextTable.h"
#include "import/OrderCsvImporter.h"
#include "util/TargetPath.h"

#include <QFileInfo>

namespace qundesk::cli {

namespace {

const QString kSkipInvalid = QStringLiteral("--skip-invalid");
const QString kDateOrder = QStringLiteral("--date-order");

class OrderCommands {
    Q_DECLARE_TR_FUNCTIONS(OrderCommands)

public:
    static QList<Command> commands() {
        Command importCmd;
        importCmd.words = {QStringLiteral("import"), QStringLiteral("orders")};
        importCmd.synopsis = QStringLiteral("FILE [--date-order dmy|mdy|ymd] [--skip-invalid]");
        importCmd.summary =
            tr("Import an order list (CSV, UTF-8 or GB18030: order number, date, member, handle "
               "or phone, amount, currency, product, group) in one go: all or nothing (an "
               "invalid row refuses the file unless --skip-invalid); orders already stored are "
               "counted as duplicates.");
        importCmd.flagOptions = {kSkipInvalid};
        importCmd.valueOptions = {kDateOrder};
        importCmd.minPositional = importCmd.maxPositional = 1;
        importCmd.run = &OrderCommands::importOrders;
        return {importCmd};
    }

private:
    static Status importOrders(CliContext& ctx, const CliArgs& args) {
        OrderImportOptions options;
        options.skipInvalid = args.has(kSkipInvalid);
        const QString order = args.value(kDateOrder).toLower();
        if (order == QLatin1String("dmy"))
            options.dateOrder = DateOrder::DMY;
        else if (order == QLatin1String("mdy"))
            options.dateOrder = DateOrder::MDY;
        else if (!order.isEmpty() && order != QLatin1String("ymd"))
            return ctx.usage(
                Error{tr("--date-order must be dmy, mdy or ymd, not “%1”.").arg(order), {}, 0});
        const QString file = args.positional().constFirst();
        if (auto readable = TargetPath::forReading(file); !readable)
            return readable;
        auto db = ctx.database(CliContext::Open::CreateIfMissing);
        if (!db)
            return db.error();
        auto report = OrderCsvImporter::run(**db, file, options);
        if (!report)
            return report.error();
        if (report->rejected) {
            // One line on stderr (and the report, its first errors included, with --json).
            if (ctx.json()) {
                QJsonObject json = report->toJson();
                json.insert(QStringLiteral("ok"), false);
                ctx.print(json, {});
            }
            return Error{report->rejectionText() + QStringLiteral("; ") +
                             tr("--skip-invalid imports the rest"),
                         QFileInfo(file).fileName(), 0};
        }
        QString text = formatPairs({{tr("Imported orders"), QString::number(report->imported)},
                                    {tr("Duplicates"), QString::number(report->duplicates)},
                                    {tr("Skipped"), QString::number(report->skipped)}});
        for (const ImportReport::RowError& e : report->errors)
            text +=
                (e.line > 0 ? tr("Line %1: %2").arg(QString::number(e.line), e.reason) : e.reason) +
                QLatin1Char('\n');
        ctx.print(report->toJson(), text);
        return {};
    }
};

} // namespace

QList<Command> orderCommands() {
    return OrderCommands::commands();
}

} // namespace qundesk::cli
