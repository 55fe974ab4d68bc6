// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// `import chat` of the CLI contract: a thin call into ChatImportService; the JSON keys are the
// contract's.
#include "CliContext.h"
#include "Command.h"
#include "TextTable.h"
#include "import/chat/ChatCsvMappingMemory.h"
#include "import/chat/ChatInput.h"
#include "import/chat/TelegramParser.h"
#include "services/ChatImportService.h"
#include "util/TargetPath.h"

#include <QJsonArray>

namespace qundesk::cli {

namespace {

const QString kFormat = QStringLiteral("--format");
const QString kDateOrder = QStringLiteral("--date-order");
const QString kTz = QStringLiteral("--tz");
const QString kAmbiguous = QStringLiteral("--ambiguous");
const QString kMap = QStringLiteral("--map");
const QString kSkipInvalid = QStringLiteral("--skip-invalid");

class ChatCommands {
    Q_DECLARE_TR_FUNCTIONS(ChatCommands)

public:
    static QList<Command> commands() {
        Command importCmd;
        importCmd.words = {QStringLiteral("import"), QStringLiteral("chat")};
        importCmd.synopsis = QStringLiteral(
            "FILE [--format telegram|whatsapp|wechat-csv|discord-csv|discord-json|csv] "
            "[--group NAME] [--chat NAME|ID] [--date-order dmy|mdy|ymd] [--tz ZONE] [--map SPEC] "
            "[--ambiguous fail|new] [--skip-invalid]");
        importCmd.summary =
            tr("Import a chat export (Telegram Desktop JSON, WhatsApp .txt or .zip, WeChat CSV of "
               "MemoTrace or PyWxDump, DiscordChatExporter CSV or JSON, or any CSV with "
               "--map time=COL,author=COL,text=COL[,author_id=COL]) into a group, all or "
               "nothing; messages already imported are counted as duplicates; an invalid row "
               "refuses the file unless --skip-invalid.");
        importCmd.valueOptions = {kFormat,
                                  QStringLiteral("--group"),
                                  QStringLiteral("--chat"),
                                  kDateOrder,
                                  kTz,
                                  kAmbiguous,
                                  kMap};
        importCmd.flagOptions = {kSkipInvalid};
        importCmd.minPositional = importCmd.maxPositional = 1;
        importCmd.run = &ChatCommands::importChat;
        return {importCmd};
    }

private:
    static Result<ChatImportOptions> options(const CliArgs& args) {
        ChatImportOptions options;
        options.group = args.value(QStringLiteral("--group")).trimmed();
        options.chat = args.value(QStringLiteral("--chat")).trimmed();
        if (args.has(kFormat)) {
            const QString key = args.value(kFormat).toLower();
            options.format = chatFormatFromKey(key);
            if (!options.format)
                return Error{tr("--format must be telegram, whatsapp, wechat-csv, discord-csv, "
                                "discord-json or csv, not “%1”.")
                                 .arg(key),
                             {},
                             0};
        }
        if (args.has(kDateOrder)) {
            const QString order = args.value(kDateOrder).toLower();
            if (order == QLatin1String("dmy"))
                options.dateOrder = DateOrder::DMY;
            else if (order == QLatin1String("mdy"))
                options.dateOrder = DateOrder::MDY;
            else if (order == QLatin1String("ymd"))
                options.dateOrder = DateOrder::YMD;
            else
                return Error{
                    tr("--date-order must be dmy, mdy or ymd, not “%1”.").arg(order), {}, 0};
        }
        if (args.has(kTz)) {
            const QByteArray id = args.value(kTz).trimmed().toUtf8();
            if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
                return Error{tr("Unknown time zone “%1” for --tz; give an IANA id such as "
                                "Asia/Shanghai or America/New_York.")
                                 .arg(args.value(kTz)),
                             {},
                             0};
            options.sourceZone = QTimeZone(id);
        }
        if (args.has(kMap)) {
            auto mapping = ChatCsvMappingReader::parseSpec(args.value(kMap));
            if (!mapping)
                return mapping.error();
            if (options.format && *options.format != ChatFormat::Csv)
                return Error{tr("--map applies to --format csv only."), {}, 0};
            options.format = ChatFormat::Csv;
            options.csvMapping = *mapping;
        }
        options.skipInvalid = args.has(kSkipInvalid);
        const QString ambiguous = args.value(kAmbiguous).toLower();
        if (ambiguous == QLatin1String("new"))
            options.ambiguous = AmbiguousNames::CreateNew;
        else if (!ambiguous.isEmpty() && ambiguous != QLatin1String("fail"))
            return Error{tr("--ambiguous must be fail or new, not “%1”.").arg(ambiguous), {}, 0};
        return options;
    }

    // A full Telegram export without --chat: the list of its chats, then a usage error.
    static Status listChats(CliContext& ctx, const ChatInput& input) {
        auto chats = TelegramParser::listChats(input);
        if (!chats)
            return chats.error();
        if (chats->size() == 1 && chats->first().root)
            return {}; // a single-chat export
        QJsonArray list;
        QList<QStringList> rows;
        for (const TelegramChatSummary& c : *chats) {
            list.append(QJsonObject{{QStringLiteral("name"), c.name},
                                    {QStringLiteral("id"), c.id},
                                    {QStringLiteral("type"), c.type},
                                    {QStringLiteral("messages"), c.messages}});
            rows << QStringList{c.id, c.name, c.type, QString::number(c.messages)};
        }
        ctx.print({{QStringLiteral("chats"), list}},
                  formatTable({tr("Id"), tr("Name"), tr("Type"), tr("Messages")}, rows));
        return ctx.usage({tr("The file is a full Telegram export of %n chat(s); choose one with "
                             "--chat NAME or --chat ID.",
                             "", int(chats->size())),
                          input.fileName(), 0});
    }

    static Status importChat(CliContext& ctx, const CliArgs& args) {
        auto chosen = options(args);
        if (!chosen)
            return ctx.usage(chosen.error());
        const QString file = args.positional().constFirst();
        if (auto readable = TargetPath::forReading(file); !readable)
            return readable;
        auto input = ChatInput::fromPath(file);
        if (!input)
            return input.error();
        if (chosen->chat.isEmpty()) {
            const auto format =
                chosen->format ? Result<ChatFormat>(*chosen->format) : detectChatFormat(*input);
            // A file detection does not know may still be a CSV whose mapping the workspace
            // remembers: the import decides. Anything else fails before a workspace is made.
            if (!format && chatcsvmemory::headerOf(*input).isEmpty())
                return format.error();
            if (format && *format == ChatFormat::Telegram) {
                if (auto s = listChats(ctx, *input); !s)
                    return s;
            }
        }
        auto db = ctx.database(CliContext::Open::CreateIfMissing);
        if (!db)
            return db.error();
        auto report = ChatImportService::run(**db, file, *chosen);
        if (!report)
            return report.error();
        if (report->rejected) {
            // One line on stderr naming the first invalid row (and the report with --json).
            if (ctx.json()) {
                QJsonObject json = report->toJson();
                json.insert(QStringLiteral("ok"), false);
                ctx.print(json, {});
            }
            const ImportReport::RowError* first = report->firstInvalid();
            return Error{report->rejectionText() + QStringLiteral("; ") +
                             tr("--skip-invalid imports the rest"),
                         input->fileName(), first ? first->line : 0};
        }
        QString text = formatPairs({{tr("Group"), report->group},
                                    {tr("Imported messages"), QString::number(report->imported)},
                                    {tr("Duplicates"), QString::number(report->duplicates)},
                                    {tr("Skipped"), QString::number(report->skipped)},
                                    {tr("Joins"), QString::number(report->joins)},
                                    {tr("Leaves"), QString::number(report->leaves)},
                                    {tr("New members"), QString::number(report->membersCreated)}});
        for (const ImportReport::RowError& e : report->errors)
            text +=
                (e.line > 0 ? tr("Line %1: %2").arg(QString::number(e.line), e.reason) : e.reason) +
                QLatin1Char('\n');
        ctx.print(report->toJson(), text);
        return {};
    }
};

} // namespace

QList<Command> chatCommands() {
    return ChatCommands::commands();
}

} // namespace qundesk::cli
