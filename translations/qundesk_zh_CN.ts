<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityStore</name>
    <message>
        <source>Cannot store messages: %1</source>
        <translation>无法保存消息：%1</translation>
    </message>
    <message>
        <source>Cannot update daily activity: %1</source>
        <translation>无法更新每日活跃数据：%1</translation>
    </message>
    <message>
        <source>Unknown kind of import “%1”.</source>
        <translation>未知的导入类型“%1”。</translation>
    </message>
    <message>
        <source>Cannot log the import of “%1”: %2</source>
        <translation>无法记录“%1”的导入：%2</translation>
    </message>
    <message>
        <source>The import no longer exists.</source>
        <translation>该导入记录已不存在。</translation>
    </message>
    <message>
        <source>Message %1 of the batch lacks its source id or time.</source>
        <translation>该批次中的第 %1 条消息缺少来源 ID 或时间。</translation>
    </message>
</context>
<context>
    <name>AddMemberCommand</name>
    <message>
        <source>Add member “%1”</source>
        <translation>添加成员“%1”</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Could not add the member</source>
        <translation>无法添加成员</translation>
    </message>
    <message>
        <source>Could not undo adding the member</source>
        <translation>无法撤销添加成员</translation>
    </message>
</context>
<context>
    <name>AddOrderCommand</name>
    <message>
        <source>Add order</source>
        <translation>添加订单</translation>
    </message>
</context>
<context>
    <name>AddToGroupCommand</name>
    <message numerus="yes">
        <source>Add %n member(s) to “%1”</source>
        <translation>
            <numerusform>将 %n 位成员加入“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the members to the group</source>
        <translation>无法将成员加入社群</translation>
    </message>
    <message>
        <source>Could not undo adding the members to the group</source>
        <translation>无法撤销将成员加入社群</translation>
    </message>
</context>
<context>
    <name>AnalyticsCommands</name>
    <message>
        <source>Messages, active members, joins, leaves and members of a group, day by day (every day of the period, zeros included).</source>
        <translation>社群每天的消息数、活跃成员数、入群、退群和成员数（时间段内的每一天，包括为零的天）。</translation>
    </message>
    <message>
        <source>The conversion funnel of a period (members, engaged, buyers, repeat buyers), in all and by source channel.</source>
        <translation>某时间段的转化漏斗（成员、互动成员、购买者、复购者），包括总体和按来源渠道。</translation>
    </message>
    <message>
        <source>Retention by join week: of the members who joined in each week of the period, the share active in each week after.</source>
        <translation>按入群周的留存：时间段内每周入群的成员中，之后每周活跃的比例。</translation>
    </message>
    <message>
        <source>The period is empty: --from %1 is after --to %2.</source>
        <translation>时间段为空：--from %1 晚于 --to %2。</translation>
    </message>
    <message>
        <source>report activity needs --group NAME.</source>
        <translation>report activity 需要 --group NAME。</translation>
    </message>
    <message>
        <source>No days in this period.</source>
        <translation>此时间段内没有任何一天。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Of members</source>
        <translation>占成员比例</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>互动成员</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买者</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>复购者</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Nobody joined in this period.</source>
        <translation>此时间段内没有人入群。</translation>
    </message>
</context>
<context>
    <name>AnalyticsDashboard</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>AnalyticsJob</name>
    <message>
        <source>Computing the charts</source>
        <translation>正在计算图表</translation>
    </message>
</context>
<context>
    <name>AnalyticsKpis</name>
    <message>
        <source>The key figures need a period with a first and a last day.</source>
        <translation>关键指标需要一个有起止日期的时间段。</translation>
    </message>
</context>
<context>
    <name>ArchiveGroupCommand</name>
    <message>
        <source>Archive group “%1”</source>
        <translation>归档社群“%1”</translation>
    </message>
    <message>
        <source>Unarchive group “%1”</source>
        <translation>取消归档社群“%1”</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup file is empty.</source>
        <translation>备份文件是空的。</translation>
    </message>
    <message>
        <source>Cannot read the backup: %1</source>
        <translation>无法读取备份：%1</translation>
    </message>
    <message>
        <source>This file is not a QunDesk workspace backup.</source>
        <translation>此文件不是 QunDesk 工作区备份。</translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be restored.</source>
        <translation>备份已损坏，无法恢复。</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>未指定备份文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the backup: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>Cannot write the backup (the file could not be put in place).</source>
        <translation>无法写入备份（文件无法放到目标位置）。</translation>
    </message>
    <message>
        <source>The backup is the workspace itself; nothing to restore.</source>
        <translation>备份就是工作区本身，无需恢复。</translation>
    </message>
    <message>
        <source>At least one automatic backup must be kept.</source>
        <translation>至少需要保留一份自动备份。</translation>
    </message>
    <message>
        <source>Cannot remove the old backup.</source>
        <translation>无法删除旧备份。</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current workspace: %1</source>
        <translation>无法保留当前工作区的副本：%1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current workspace.</source>
        <translation>无法保留当前工作区的副本。</translation>
    </message>
    <message>
        <source>Cannot restore into the workspace: %1</source>
        <translation>无法恢复到工作区：%1</translation>
    </message>
    <message>
        <source>The workspace is in use by another program (it stayed busy for %1 seconds); nothing was restored.</source>
        <translation>工作区正被其他程序使用（已持续占用 %1 秒）；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message>
        <source>Cannot restore into the workspace; it was left as it was: %1</source>
        <translation>无法恢复到工作区，工作区保持原样：%1</translation>
    </message>
</context>
<context>
    <name>BuiltinSegments</name>
    <message>
        <source>Never posted</source>
        <translation>从未发言</translation>
    </message>
    <message>
        <source>Members in a group who have never sent a message (lurkers).</source>
        <translation>在群里但从未发过言的成员（潜水成员）。</translation>
    </message>
    <message numerus="yes">
        <source>Silent %n day(s)</source>
        <translation>
            <numerusform>沉默 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No message for the silent threshold, counted from joining for members who never posted.</source>
        <translation>达到沉默天数仍未发言；从未发言的成员从入群算起。</translation>
    </message>
    <message>
        <source>Recently inactive</source>
        <translation>近期转冷</translation>
    </message>
    <message>
        <source>Were in the top quarter by activity over 90 days, silent for 7 to 28 days.</source>
        <translation>近 90 天活跃度位于前 25%，但已沉默 7 到 28 天。</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <source>Members whose birthday falls in the current month.</source>
        <translation>生日在本月的成员。</translation>
    </message>
    <message>
        <source>Declining buyers</source>
        <translation>衰退期老客户</translation>
    </message>
    <message>
        <source>Members who bought before and are now in the Declining stage.</source>
        <translation>曾经购买、现处于衰退期的成员。</translation>
    </message>
</context>
<context>
    <name>BulkTagCommand</name>
    <message numerus="yes">
        <source>Tag %n member(s) “%1”</source>
        <translation>
            <numerusform>为 %n 位成员打上标签“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n member(s) “%1”</source>
        <translation>
            <numerusform>移除 %n 位成员的标签“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Could not tag the members</source>
        <translation>无法为成员打标签</translation>
    </message>
    <message>
        <source>Could not untag the members</source>
        <translation>无法移除成员的标签</translation>
    </message>
    <message>
        <source>Could not undo the tagging</source>
        <translation>无法撤销打标签</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Cannot redo “%1”</source>
        <translation>无法重做“%1”</translation>
    </message>
    <message>
        <source>Cannot undo “%1”</source>
        <translation>无法撤销“%1”</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>Export the content calendar as iCalendar (.ics): series with their rules and exceptions, in the workspace&apos;s time zone.</source>
        <translation>将内容日历导出为 iCalendar（.ics）：包含系列及其重复规则和例外，使用工作区的时区。</translation>
    </message>
    <message>
        <source>Add the events of an .ics file (QunDesk&apos;s or a calendar program&apos;s) as calendar items; events already imported (same UID) are counted as duplicates.</source>
        <translation>将 .ics 文件（QunDesk 或其他日历程序导出的）中的事件添加为日历条目；已导入过的事件（UID 相同）计为重复。</translation>
    </message>
    <message>
        <source>The calendar is exported as .ics; name a file ending in .ics.</source>
        <translation>内容日历导出为 .ics 格式；请指定以 .ics 结尾的文件名。</translation>
    </message>
    <message>
        <source>The period is empty: --from %1 is after --to %2.</source>
        <translation>时间段为空：--from %1 晚于 --to %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar item(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个日历条目写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported events</source>
        <translation>已导入事件</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>CalendarImportService</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB; it is not a calendar QunDesk can read.</source>
        <translation>文件大于 64 MB，不是 QunDesk 能读取的日历。</translation>
    </message>
    <message>
        <source>There is no group “%1”; “group list” shows the groups.</source>
        <translation>没有社群“%1”；“group list”可列出所有社群。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>“%1” has no occurrence at %2.</source>
        <translation>“%1”在 %2 没有这一次重复。</translation>
    </message>
    <message>
        <source>A calendar item needs a start time.</source>
        <translation>日历条目需要开始时间。</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Group message</source>
        <translation>群消息</translation>
    </message>
    <message>
        <source>Private chat</source>
        <translation>私聊</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>直播</translation>
    </message>
</context>
<context>
    <name>ChatAuthorMatcher</name>
    <message>
        <source>Deleted account %1</source>
        <translation>已注销账号 %1</translation>
    </message>
</context>
<context>
    <name>ChatCommands</name>
    <message>
        <source>--format must be telegram, whatsapp, wechat-csv, discord-csv, discord-json or csv, not “%1”.</source>
        <translation>--format 必须是 telegram、whatsapp、wechat-csv、discord-csv、discord-json 或 csv，而不是“%1”。</translation>
    </message>
    <message>
        <source>--date-order must be dmy, mdy or ymd, not “%1”.</source>
        <translation>--date-order 必须是 dmy、mdy 或 ymd，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown time zone “%1” for --tz; give an IANA id such as Asia/Shanghai or America/New_York.</source>
        <translation>--tz 的时区“%1”未知；请指定 IANA 时区 ID，例如 Asia/Shanghai 或 America/New_York。</translation>
    </message>
    <message>
        <source>--ambiguous must be fail or new, not “%1”.</source>
        <translation>--ambiguous 必须是 fail 或 new，而不是“%1”。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message numerus="yes">
        <source>The file is a full Telegram export of %n chat(s); choose one with --chat NAME or --chat ID.</source>
        <translation>
            <numerusform>此文件是包含 %n 个聊天的 Telegram 完整导出；请用 --chat 名称 或 --chat ID 选择其中一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Imported messages</source>
        <translation>已导入消息</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Import a chat export (Telegram Desktop JSON, WhatsApp .txt or .zip, WeChat CSV of MemoTrace or PyWxDump, DiscordChatExporter CSV or JSON, or any CSV with --map time=COL,author=COL,text=COL[,author_id=COL]) into a group, all or nothing; messages already imported are counted as duplicates; an invalid row refuses the file unless --skip-invalid.</source>
        <translation>将聊天导出（Telegram Desktop JSON、WhatsApp .txt 或 .zip、MemoTrace 或 PyWxDump 的微信 CSV、DiscordChatExporter CSV 或 JSON，或任意 CSV 配合 --map time=COL,author=COL,text=COL[,author_id=COL]）导入到社群，要么全部导入，要么全不导入；已导入过的消息计为重复；有无效行时拒绝整个文件，除非使用 --skip-invalid。</translation>
    </message>
    <message>
        <source>--map applies to --format csv only.</source>
        <translation>--map 仅适用于 --format csv。</translation>
    </message>
    <message>
        <source>--skip-invalid imports the rest</source>
        <translation>--skip-invalid 可导入其余行</translation>
    </message>
</context>
<context>
    <name>ChatCsvMappingReader</name>
    <message>
        <source>--map: “%1” names no column; write KEY=COLUMN.</source>
        <translation>--map：“%1”未指定列；请写成 KEY=COLUMN。</translation>
    </message>
    <message>
        <source>--map: unknown key “%1”; the keys are time, author, text and author_id.</source>
        <translation>--map：未知的键“%1”；可用的键为 time、author、text 和 author_id。</translation>
    </message>
    <message>
        <source>--map needs KEY=COLUMN pairs, e.g. time=Date,author=Name,text=Message.</source>
        <translation>--map 需要 KEY=COLUMN 键值对，例如 time=Date,author=Name,text=Message。</translation>
    </message>
    <message>
        <source>The file has no column “%1” (its columns: %2).</source>
        <translation>文件中没有“%1”列（现有列：%2）。</translation>
    </message>
    <message>
        <source>Cannot tell which columns hold the time, the author and the text (the columns: %1); choose them in the import window or with --map time=COLUMN,author=COLUMN,text=COLUMN.</source>
        <translation>无法判断哪些列是时间、作者和内容（现有列：%1）；请在导入窗口中选择，或使用 --map time=COLUMN,author=COLUMN,text=COLUMN。</translation>
    </message>
</context>
<context>
    <name>ChatImport</name>
    <message>
        <source>The file does not start with a CSV header.</source>
        <translation>文件开头不是 CSV 表头。</translation>
    </message>
    <message>
        <source>Telegram Desktop export (JSON)</source>
        <translation>Telegram Desktop 导出（JSON）</translation>
    </message>
    <message>
        <source>WhatsApp chat export</source>
        <translation>WhatsApp 聊天导出</translation>
    </message>
    <message>
        <source>WeChat CSV (MemoTrace or PyWxDump)</source>
        <translation>微信 CSV（MemoTrace 或 PyWxDump）</translation>
    </message>
    <message>
        <source>DiscordChatExporter CSV</source>
        <translation>DiscordChatExporter CSV</translation>
    </message>
    <message>
        <source>DiscordChatExporter JSON</source>
        <translation>DiscordChatExporter JSON</translation>
    </message>
    <message>
        <source>CSV with time, author and text columns</source>
        <translation>含时间、作者和内容列的 CSV</translation>
    </message>
    <message>
        <source>The file is no chat export QunDesk reads (Telegram Desktop JSON, WhatsApp text or .zip, WeChat or Discord CSV, Discord JSON, or a CSV with time, author and text columns: for other columns use --format csv --map).</source>
        <translation>此文件不是 QunDesk 能读取的聊天导出（Telegram Desktop JSON、WhatsApp 文本或 .zip、微信或 Discord CSV、Discord JSON，或含时间、作者和内容列的 CSV：其他列请使用 --format csv --map）。</translation>
    </message>
</context>
<context>
    <name>ChatImportService</name>
    <message>
        <source>Imported chat</source>
        <translation>导入的聊天</translation>
    </message>
    <message>
        <source>A message without an author.</source>
        <translation>一条没有发送者的消息。</translation>
    </message>
    <message>
        <source>The exporting account joined.</source>
        <translation>导出聊天记录的账号入群了。</translation>
    </message>
    <message>
        <source>The exporting account left.</source>
        <translation>导出聊天记录的账号退群了。</translation>
    </message>
    <message>
        <source>Check name</source>
        <translation>核对名字</translation>
    </message>
    <message>
        <source>Several members carry these names; choose who is who in the window, or import with --ambiguous new: %1</source>
        <translation>有多位成员使用这些名字；请在窗口中逐一指定，或使用 --ambiguous new 导入：%1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>无法读取压缩包：%1</translation>
    </message>
    <message>
        <source>The archive holds no chat export (_chat.txt, or one .txt, .json or .csv file).</source>
        <translation>压缩包中没有聊天记录（_chat.txt，或唯一的 .txt、.json 或 .csv 文件）。</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>The option %1 needs a date written YYYY-MM-DD, not “%2”.</source>
        <translation>选项 %1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>The option %1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>选项 %1 需要 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>There is no workspace here yet; create one with “qundesk-cli demo” or by starting QunDesk.</source>
        <translation>这里还没有工作区；请用“qundesk-cli demo”或启动 QunDesk 来创建一个。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first or correct --db.</source>
        <translation>文件夹 %1 不存在；请先创建该文件夹，或更正 --db。</translation>
    </message>
    <message>
        <source>This is a folder, not a QunDesk workspace file.</source>
        <translation>这是一个文件夹，不是 QunDesk 工作区文件。</translation>
    </message>
    <message>
        <source>This is a device, a pipe or a socket, not a QunDesk workspace file.</source>
        <translation>这是设备、管道或套接字，不是 QunDesk 工作区文件。</translation>
    </message>
    <message>
        <source>Cannot read the workspace in the time zone %1: %2</source>
        <translation>无法按时区 %1 读取工作区：%2</translation>
    </message>
</context>
<context>
    <name>ContentLine</name>
    <message>
        <source>Persona</source>
        <translation>人设/IP</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>User feedback</source>
        <translation>用户反馈</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Daily content</source>
        <translation>日常内容</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
</context>
<context>
    <name>ContentStatus</name>
    <message>
        <source>Idea</source>
        <translation>创意</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>A calendar item needs a title.</source>
        <translation>日历条目需要标题。</translation>
    </message>
    <message>
        <source>A calendar item needs a start time.</source>
        <translation>日历条目需要开始时间。</translation>
    </message>
    <message>
        <source>A calendar item lasts from 0 minutes to one week.</source>
        <translation>日历条目的时长须在 0 分钟到一周之间。</translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>未知渠道“%1”。</translation>
    </message>
    <message>
        <source>Unknown content line “%1”.</source>
        <translation>未知内容线“%1”。</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>Cannot add “%1” to the calendar: %2</source>
        <translation>无法将“%1”加入内容日历：%2</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>The calendar item no longer exists.</source>
        <translation>该日历条目已不存在。</translation>
    </message>
    <message>
        <source>Which occurrence to change is missing.</source>
        <translation>缺少要修改的是哪一次重复。</translation>
    </message>
    <message>
        <source>Cannot change the occurrence: %1</source>
        <translation>无法修改这次重复：%1</translation>
    </message>
    <message>
        <source>That occurrence has no change to undo.</source>
        <translation>这次重复没有可撤销的修改。</translation>
    </message>
</context>
<context>
    <name>CreateGroupCommand</name>
    <message>
        <source>Create group “%1”</source>
        <translation>创建社群“%1”</translation>
    </message>
</context>
<context>
    <name>CsvChatReader</name>
    <message>
        <source>The file is empty: it holds no chat.</source>
        <translation>文件是空的：不包含任何聊天。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>有一个带引号的字段直到文件末尾都没有闭合。</translation>
    </message>
    <message numerus="yes">
        <source>This line is longer than %n character(s); is it really a CSV file?</source>
        <translation>
            <numerusform>这一行超过了 %n 个字符；它真的是 CSV 文件吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>DamageCheck</name>
    <message>
        <source>%1 Nothing was changed; run a check (qundesk-cli check) and restore the latest backup.</source>
        <translation>%1 未做任何更改；请运行检查（qundesk-cli check）并恢复最近的备份。</translation>
    </message>
    <message>
        <source>The workspace is intact.</source>
        <translation>工作区完好。</translation>
    </message>
    <message>
        <source>The workspace is damaged.</source>
        <translation>工作区已损坏。</translation>
    </message>
    <message>
        <source>The workspace is damaged in the tables %1.</source>
        <translation>工作区的以下表已损坏：%1。</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>DAU</source>
        <translation>日活</translation>
    </message>
    <message>
        <source>WAU</source>
        <translation>周活</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>月活</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净增</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Join week</source>
        <translation>入群周</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1（%n 名成员）</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>营收（%1）</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（无社群）</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Members referred</source>
        <translation>推荐的成员</translation>
    </message>
    <message>
        <source>Of whom buyers</source>
        <translation>其中购买者</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>无法读取工作区：%1</translation>
    </message>
    <message>
        <source>This file is not a QunDesk workspace (it is not a readable SQLite database).</source>
        <translation>此文件不是 QunDesk 工作区（不是可读取的 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>This is a folder, not a QunDesk workspace file.</source>
        <translation>这是一个文件夹，不是 QunDesk 工作区文件。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>This file is not a QunDesk workspace (it is not an SQLite database).</source>
        <translation>此文件不是 QunDesk 工作区（不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not QunDesk; it was left unchanged.</source>
        <translation>此 SQLite 文件属于其他程序，而非 QunDesk；文件未作任何改动。</translation>
    </message>
    <message>
        <source>This workspace was written by a newer QunDesk (schema version %1; this program reads up to %2). Update QunDesk to open it; the file was left unchanged.</source>
        <translation>此工作区由更新版本的 QunDesk 写入（架构版本 %1；本程序最高支持 %2）。请升级 QunDesk 后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <source>An in-memory workspace cannot be shared between connections.</source>
        <translation>内存中的工作区不能在多个连接之间共享。</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message>
        <source>Cannot write to the workspace (is the disk read-only?): %1</source>
        <translation>无法写入工作区（磁盘是否为只读？）：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace: %1</source>
        <translation>无法准备工作区：%1</translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2 (to %3).</source>
        <translation>表 %1 第 %2 行的引用已损坏（指向 %3）。</translation>
    </message>
    <message>
        <source>There is no workspace here yet.</source>
        <translation>这里还没有工作区。</translation>
    </message>
    <message>
        <source>This file is empty: it is not a QunDesk workspace yet, and it was left unchanged.</source>
        <translation>此文件是空的：它还不是 QunDesk 工作区，文件未作任何改动。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>This workspace was written by an older QunDesk (schema version %1) and must be brought up to date before it can be read; open it once in QunDesk or with a command that writes. It was left unchanged.</source>
        <translation>此工作区由旧版本的 QunDesk 写入（架构版本 %1），需要先升级才能读取；请在 QunDesk 中打开一次，或使用一个会写入的命令。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The workspace file no longer exists.</source>
        <translation>工作区文件已不存在。</translation>
    </message>
    <message>
        <source>This SQLite file is not a QunDesk workspace yet; it was left unchanged.</source>
        <translation>此 SQLite 文件还不是 QunDesk 工作区；文件未作任何改动。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
</context>
<context>
    <name>Definition</name>
    <message>
        <source>The definition is not valid JSON: %1 (at character %2).</source>
        <translation>定义不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>The definition must be a JSON object ({…}).</source>
        <translation>定义必须是一个 JSON 对象（{…}）。</translation>
    </message>
</context>
<context>
    <name>DeleteMembersCommand</name>
    <message numerus="yes">
        <source>Delete %n member(s)</source>
        <translation>
            <numerusform>删除 %n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete the members</source>
        <translation>无法删除成员</translation>
    </message>
    <message>
        <source>Could not restore the members</source>
        <translation>无法恢复成员</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill an empty workspace with the demo (N multiplies members and messages; the same seed gives the same demo).</source>
        <translation>用演示数据填充空工作区（N 为成员和消息的倍数；相同的种子生成相同的演示数据）。</translation>
    </message>
    <message>
        <source>This workspace already has groups; the demo is only created in an empty workspace (choose another file with --db).</source>
        <translation>此工作区已有社群；演示数据只能在空工作区中创建（请用 --db 选择其他文件）。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Planned content</source>
        <translation>计划内容</translation>
    </message>
    <message>
        <source>SOP runs</source>
        <translation>SOP 执行</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot write the demo (%1): %2</source>
        <translation>无法写入演示数据（%1）：%2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The demo can only be created in an empty workspace; this one already has groups.</source>
        <translation>演示数据只能在空工作区中创建；此工作区已有社群。</translation>
    </message>
</context>
<context>
    <name>DiscordCsvParser</name>
    <message>
        <source>This is not a DiscordChatExporter CSV: its header is “%1”.</source>
        <translation>这不是 DiscordChatExporter CSV：其表头为“%1”。</translation>
    </message>
    <message>
        <source>The row has %1 columns; a DiscordChatExporter row has at least %2.</source>
        <translation>该行有 %1 列；DiscordChatExporter 的行至少有 %2 列。</translation>
    </message>
    <message>
        <source>The date “%1” is not a date and time.</source>
        <translation>日期“%1”不是有效的日期和时间。</translation>
    </message>
</context>
<context>
    <name>DiscordJsonParser</name>
    <message>
        <source>The time “%1” is not a date and time.</source>
        <translation>时间“%1”不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>A bot&apos;s message (%1).</source>
        <translation>机器人的消息（%1）。</translation>
    </message>
    <message>
        <source>A message is broken JSON (%1).</source>
        <translation>一条消息的 JSON 已损坏（%1）。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The file holds no channel and messages: this is no DiscordChatExporter JSON export.</source>
        <translation>文件中没有频道和消息：这不是 DiscordChatExporter JSON 导出。</translation>
    </message>
</context>
<context>
    <name>EditGroupCommand</name>
    <message>
        <source>Edit group “%1”</source>
        <translation>编辑社群“%1”</translation>
    </message>
</context>
<context>
    <name>EditMemberCommand</name>
    <message>
        <source>Edit member “%1”</source>
        <translation>编辑成员“%1”</translation>
    </message>
</context>
<context>
    <name>FanLevel</name>
    <message>
        <source>Observer</source>
        <translation>围观者</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>推荐官</translation>
    </message>
</context>
<context>
    <name>Fatigue</name>
    <message>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>社群 %1</translation>
    </message>
    <message>
        <source>Posts a day</source>
        <translation>每日发布数</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>Marketing share</source>
        <translation>营销占比</translation>
    </message>
    <message>
        <source>Private touches</source>
        <translation>私聊触达</translation>
    </message>
    <message>
        <source>%1: %2 posts planned on %3 (at most %4 a day).</source>
        <translation>%1：%3 计划发布 %2 条（每天最多 %4 条）。</translation>
    </message>
    <message>
        <source>%1: “%2” at %3 on %4 falls in the quiet hours.</source>
        <translation>%1：%4 %3 的“%2”处于免打扰时段。</translation>
    </message>
    <message>
        <source>%1: marketing is %2% of the week from %3 (%4 of %5 items; at most %6%).</source>
        <translation>%1：自 %3 起的一周内营销内容占 %2%（%5 条中有 %4 条；上限 %6%）。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) would get %1 private touches in the 7 days from %2 (at most %3).</source>
        <translation>
            <numerusform>自 %2 起的 7 天内，有 %n 位成员将收到 %1 次私聊触达（上限 %3 次）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FatigueGuard</name>
    <message>
        <source>Do not disturb</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>免打扰至 %1</translation>
    </message>
    <message numerus="yes">
        <source>Over the touch cap: %n private touch(es) in 7 days</source>
        <translation>
            <numerusform>超出触达上限：7 天内私聊触达 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileSave</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>互动成员</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买者</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>复购者</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>GenericCsvChatParser</name>
    <message>
        <source>The row has %1 columns; the mapped ones need %2.</source>
        <translation>该行有 %1 列；映射的列需要 %2 列。</translation>
    </message>
    <message>
        <source>The time “%1” is not a date and time.</source>
        <translation>时间“%1”不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>The author is empty.</source>
        <translation>作者为空。</translation>
    </message>
</context>
<context>
    <name>GroupCommand</name>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Cannot redo “%1”</source>
        <translation>无法重做“%1”</translation>
    </message>
    <message>
        <source>Cannot undo “%1”</source>
        <translation>无法撤销“%1”</translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <source>List the groups with their platform, purpose and member count.</source>
        <translation>列出社群及其平台、定位和成员数。</translation>
    </message>
    <message>
        <source>No groups yet.</source>
        <translation>还没有社群。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Register a group (the workspace is created when missing).</source>
        <translation>添加社群（工作区不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Archive a group (with --undo: make it active again).</source>
        <translation>归档社群（加 --undo：恢复为运营中）。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 必须是以下之一：%2。</translation>
    </message>
    <message>
        <source>--capacity must be a whole number above 0.</source>
        <translation>--capacity 必须是大于 0 的整数。</translation>
    </message>
    <message>
        <source>Group “%1” added.</source>
        <translation>已添加社群“%1”。</translation>
    </message>
    <message>
        <source>There is no group named “%1” (see “qundesk-cli group list”).</source>
        <translation>没有名为“%1”的社群（参见“qundesk-cli group list”）。</translation>
    </message>
    <message>
        <source>Group “%1” archived.</source>
        <translation>已归档社群“%1”。</translation>
    </message>
    <message>
        <source>Group “%1” is active again.</source>
        <translation>社群“%1”已恢复为运营中。</translation>
    </message>
</context>
<context>
    <name>GroupService</name>
    <message>
        <source>“%1” has members now: archive it instead of removing it.</source>
        <translation>“%1”现在已有成员：请将其归档，而不是删除。</translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>A group needs a name.</source>
        <translation>社群需要一个名称。</translation>
    </message>
    <message>
        <source>Cannot add the group “%1”: %2</source>
        <translation>无法添加社群“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the group “%1”: %2</source>
        <translation>无法保存社群“%1”：%2</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>该社群已不存在。</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>QunDesk content calendar</source>
        <translation>QunDesk 内容日历</translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>The event has no start time it can read.</source>
        <translation>该事件没有可读取的开始时间。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (it does not begin with BEGIN:VCALENDAR).</source>
        <translation>这不是 iCalendar 文件（开头不是 BEGIN:VCALENDAR）。</translation>
    </message>
    <message>
        <source>libical cannot read this iCalendar file.</source>
        <translation>libical 无法读取此 iCalendar 文件。</translation>
    </message>
    <message>
        <source>A second event with the UID “%1”.</source>
        <translation>UID 为“%1”的事件出现了第二次。</translation>
    </message>
    <message>
        <source>A changed occurrence of a series that is not in the file (UID “%1”).</source>
        <translation>某个系列的一次修改过的重复项，但该系列不在文件中（UID“%1”）。</translation>
    </message>
    <message>
        <source>The changed occurrence has no RECURRENCE-ID it can read.</source>
        <translation>修改过的重复项没有可读取的 RECURRENCE-ID。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>first: line %1, %2</source>
        <translation>第一处：第 %1 行，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows (%1); nothing imported</source>
        <translation>
            <numerusform>%n 行无效（%1）；未导入任何内容</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobContext</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>没有需要运行的任务。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
</context>
<context>
    <name>LeaveGroupCommand</name>
    <message>
        <source>Mark as left</source>
        <translation>标记为已退群</translation>
    </message>
</context>
<context>
    <name>LeaveKind</name>
    <message>
        <source>Left</source>
        <translation>主动退群</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>被移出</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>New</source>
        <translation>初培期</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>成长期</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>成熟期</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>延展期</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>衰退期</translation>
    </message>
</context>
<context>
    <name>LinkMembersCommand</name>
    <message>
        <source>Link members</source>
        <translation>关联成员</translation>
    </message>
</context>
<context>
    <name>LogTouchCommand</name>
    <message>
        <source>Log a touch</source>
        <translation>记录触达</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>Check the workspace&apos;s integrity and schema version.</source>
        <translation>检查工作区的完整性和架构版本。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace to FILE (a new file).</source>
        <translation>将工作区的一致副本写入 FILE（新文件）。</translation>
    </message>
    <message>
        <source>Replace the workspace with the backup FILE; the current workspace is kept next to it as “….before-restore-&lt;time&gt;”. Close QunDesk first.</source>
        <translation>用备份 FILE 替换工作区；当前工作区会以“….before-restore-&lt;时间&gt;”保留在旁边。请先关闭 QunDesk。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>The workspace has problems: %1</source>
        <translation>工作区存在问题：%1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation>已将 %1 备份到 %2（%3 字节）。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>Damaged tables</source>
        <translation>已损坏的表</translation>
    </message>
    <message>
        <source>The workspace is damaged in the tables %1; restore the latest backup (qundesk-cli restore FILE).</source>
        <translation>工作区的以下表已损坏：%1；请恢复最近的备份（qundesk-cli restore FILE）。</translation>
    </message>
</context>
<context>
    <name>MemberCommand</name>
    <message>
        <source>Cannot change the member</source>
        <translation>无法修改成员</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>Export members (all, one group&apos;s, or a segment&apos;s) to .csv or .xlsx, chosen by the file&apos;s extension.</source>
        <translation>导出成员（全部、某个社群或某个分层）为 .csv 或 .xlsx，格式由文件扩展名决定。</translation>
    </message>
    <message>
        <source>Every member of a group, posters or not: messages, last message, lifecycle stage, fan level and tags.</source>
        <translation>某个社群的全部成员（无论是否发言）：发言数、最后发言、生命周期阶段、粉丝等级和标签。</translation>
    </message>
    <message>
        <source>Members per lifecycle stage, of one group or of all members.</source>
        <translation>按生命周期阶段统计成员数，可针对单个社群或全部成员。</translation>
    </message>
    <message>
        <source>--date-order must be dmy, mdy or ymd, not “%1”.</source>
        <translation>--date-order 必须是 dmy、mdy 或 ymd，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown platform “%1”; use one of: %2.</source>
        <translation>未知平台“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>已导入行数</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Groups created</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <source>Tags created</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>There is no segment “%1”; use a saved segment&apos;s name or one of: %2.</source>
        <translation>没有分层“%1”；请使用已保存分层的名称，或以下之一：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 位成员写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>report members needs --group NAME.</source>
        <translation>report members 需要 --group NAME。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>No members in this group.</source>
        <translation>此社群没有成员。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最后发言</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Fan level</source>
        <translation>粉丝等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Import a member list (CSV, UTF-8 or GB18030) in one go: all or nothing (an invalid row refuses the file unless --skip-invalid); rows already known are counted as duplicates.</source>
        <translation>一次性导入成员名单（CSV，UTF-8 或 GB18030）：要么全部导入，要么全不导入（有无效行时整个文件都不导入，除非使用 --skip-invalid）；已存在的行计为重复。</translation>
    </message>
    <message>
        <source>--skip-invalid imports the rest</source>
        <translation>--skip-invalid 可导入其余行</translation>
    </message>
</context>
<context>
    <name>MemberCsvImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>No name or handle.</source>
        <translation>缺少姓名或账号。</translation>
    </message>
    <message>
        <source>The join date “%1” is not a date.</source>
        <translation>入群时间“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>The birthday “%1” is not a date.</source>
        <translation>生日“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Referrer “%1” is not a known member.</source>
        <translation>推荐人“%1”不是已知成员。</translation>
    </message>
    <message numerus="yes">
        <source>Referrer “%1” is ambiguous: %n members have that name.</source>
        <translation>
            <numerusform>推荐人“%1”有歧义：有 %n 位成员叫这个名字。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberCsvMapping</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>No column holds the member&apos;s name or handle. Name a column “name”, “姓名” or “昵称” (or “handle”, “微信号”), or map one in the import dialog.</source>
        <translation>没有一列包含成员的姓名或账号。请把某一列命名为“name”“姓名”或“昵称”（或“handle”“微信号”），或在导入对话框中指定映射。</translation>
    </message>
</context>
<context>
    <name>MemberExport</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>所在社群</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Fan level</source>
        <translation>粉丝等级</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最后发言</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>最近触达</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>请选择以 .csv 或 .xlsx 结尾的文件名。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>群成员</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>MemberFilterCompiler</name>
    <message>
        <source>The rule definition is not valid JSON: %1</source>
        <translation>规则定义不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Condition %1: unknown operator “%2”.</source>
        <translation>条件 %1：未知的运算符“%2”。</translation>
    </message>
    <message>
        <source>Condition %1: unknown field “%2”.</source>
        <translation>条件 %1：未知的字段“%2”。</translation>
    </message>
    <message>
        <source>The rule definition nests groups too deeply.</source>
        <translation>规则定义的条件组嵌套过深。</translation>
    </message>
</context>
<context>
    <name>MemberSnapshot</name>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
</context>
<context>
    <name>MemberStatusUpdater</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot update member status: %1</source>
        <translation>无法更新群成员状态：%1</translation>
    </message>
</context>
<context>
    <name>MemberStore</name>
    <message>
        <source>A member needs a display name.</source>
        <translation>成员需要一个显示名称。</translation>
    </message>
    <message>
        <source>Cannot add the member “%1”: %2</source>
        <translation>无法添加成员“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be their own referrer, directly or through others.</source>
        <translation>“%1”不能直接或间接成为自己的推荐人。</translation>
    </message>
    <message>
        <source>Cannot save the member “%1”: %2</source>
        <translation>无法保存成员“%1”：%2</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>该成员已不存在。</translation>
    </message>
    <message>
        <source>An identity needs a platform.</source>
        <translation>账号身份需要指定平台。</translation>
    </message>
    <message>
        <source>An identity needs a user id, a handle or a nickname.</source>
        <translation>账号身份需要用户 ID、账号名或昵称。</translation>
    </message>
    <message>
        <source>Cannot add the account to the member: %1</source>
        <translation>无法为成员添加账号：%1</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
    <message>
        <source>A member cannot be linked to themselves.</source>
        <translation>成员不能与自己关联。</translation>
    </message>
    <message>
        <source>Cannot link the members: %1</source>
        <translation>无法关联成员：%1</translation>
    </message>
    <message>
        <source>Erased member #%1</source>
        <translation>已抹除的成员 #%1</translation>
    </message>
    <message>
        <source>Cannot erase the member’s personal data: %1</source>
        <translation>无法抹除该成员的个人数据：%1</translation>
    </message>
</context>
<context>
    <name>MemberTagService</name>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>没有标签“%1”。</translation>
    </message>
</context>
<context>
    <name>MemberTimeline</name>
    <message>
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>主动退群</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>a deleted group</source>
        <translation>已删除的社群</translation>
    </message>
    <message>
        <source>Joined %1 as %2</source>
        <translation>以 %2 身份加入 %1</translation>
    </message>
    <message>
        <source>Removed from %1</source>
        <translation>被移出 %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>退出 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in week %1 of %2</source>
        <translation>
            <numerusform>%2 年第 %1 周发言 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Touch: %1</source>
        <translation>触达：%1</translation>
    </message>
    <message>
        <source>Touch: %1 — %2</source>
        <translation>触达：%1 — %2</translation>
    </message>
    <message>
        <source>Order of %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Order of %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
</context>
<context>
    <name>MembershipStore</name>
    <message>
        <source>“%1” is not a group role.</source>
        <translation>“%1”不是群角色。</translation>
    </message>
    <message>
        <source>The member is already in this group.</source>
        <translation>该成员已在此群中。</translation>
    </message>
    <message>
        <source>Cannot add the member to the group: %1</source>
        <translation>无法将成员加入社群：%1</translation>
    </message>
    <message>
        <source>“%1” is not a way of leaving a group.</source>
        <translation>“%1”不是退群方式。</translation>
    </message>
    <message>
        <source>The member has already left this group.</source>
        <translation>该成员已退出此群。</translation>
    </message>
    <message>
        <source>A member cannot leave before joining (joined %1).</source>
        <translation>成员不能在入群之前退群（入群于 %1）。</translation>
    </message>
    <message>
        <source>The membership no longer exists.</source>
        <translation>该群成员关系已不存在。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 (also %2)</source>
        <comment>an amount in the workspace currency, then the amounts in other currencies, which are never added to it</comment>
        <translation>%1（另有 %2）</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>Import an order list (CSV, UTF-8 or GB18030: order number, date, member, handle or phone, amount, currency, product, group) in one go: all or nothing (an invalid row refuses the file unless --skip-invalid); orders already stored are counted as duplicates.</source>
        <translation>一次性导入订单列表（CSV，UTF-8 或 GB18030：订单号、日期、成员、账号或手机、金额、币种、商品、社群）：要么全部导入，要么全不导入（有无效行时拒绝整个文件，除非使用 --skip-invalid）；已存在的订单计为重复。</translation>
    </message>
    <message>
        <source>--date-order must be dmy, mdy or ymd, not “%1”.</source>
        <translation>--date-order 必须是 dmy、mdy 或 ymd，而不是“%1”。</translation>
    </message>
    <message>
        <source>--skip-invalid imports the rest</source>
        <translation>--skip-invalid 可导入其余行</translation>
    </message>
    <message>
        <source>Imported orders</source>
        <translation>已导入订单</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>OrderCsvImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>There is no group “%1”; the order is stored without a group.</source>
        <translation>没有社群“%1”；该订单不关联社群。</translation>
    </message>
</context>
<context>
    <name>OrderCsvMapping</name>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>成员名称</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>the date (“date” or “日期”)</source>
        <translation>日期（“date”或“日期”）</translation>
    </message>
    <message>
        <source>the amount (“amount” or “金额”)</source>
        <translation>金额（“amount”或“金额”）</translation>
    </message>
    <message>
        <source>the buyer (“member”/“成员”, “handle”/“账号” or “phone”/“手机”)</source>
        <translation>购买者（“member”/“成员”、“handle”/“账号”或“phone”/“手机”）</translation>
    </message>
    <message>
        <source>No column holds %1. Name the columns so, or map them in the import dialog.</source>
        <translation>没有列包含%1。请按此命名列，或在导入对话框中映射。</translation>
    </message>
</context>
<context>
    <name>OrderImportWriter</name>
    <message>
        <source>No member is “%1”; import the member list first.</source>
        <translation>没有名为“%1”的成员；请先导入成员列表。</translation>
    </message>
    <message numerus="yes">
        <source>%n members match “%1”; add a handle or phone column to tell them apart.</source>
        <translation>
            <numerusform>有 %n 名成员与“%1”匹配；请添加账号或手机列以区分他们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderRowParser</name>
    <message>
        <source>No buyer: the member, handle and phone cells are empty.</source>
        <translation>没有购买者：成员、账号和手机单元格均为空。</translation>
    </message>
    <message>
        <source>The date cell is empty.</source>
        <translation>日期单元格为空。</translation>
    </message>
    <message>
        <source>The date “%1” is not a date.</source>
        <translation>日期“%1”不是有效的日期。</translation>
    </message>
    <message>
        <source>The amount cell is empty.</source>
        <translation>金额单元格为空。</translation>
    </message>
    <message>
        <source>The amount “%1” is not an amount.</source>
        <translation>金额“%1”不是有效的金额。</translation>
    </message>
    <message>
        <source>The currency “%1” is not a currency such as CNY.</source>
        <translation>币种“%1”不是有效的币种（例如 CNY）。</translation>
    </message>
    <message>
        <source>The amount “%1” is in another currency than “%2”.</source>
        <translation>金额“%1”的币种不是“%2”。</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>An order needs the time it was placed.</source>
        <translation>订单需要下单时间。</translation>
    </message>
    <message>
        <source>An order&apos;s amount cannot be negative.</source>
        <translation>订单金额不能为负数。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as CNY.</source>
        <translation>“%1”不是 CNY 这样的货币代码。</translation>
    </message>
    <message>
        <source>An order with the number “%1” is already stored.</source>
        <translation>订单号为“%1”的订单已存在。</translation>
    </message>
    <message>
        <source>Cannot add the order: %1</source>
        <translation>无法添加订单：%1</translation>
    </message>
    <message>
        <source>Cannot save the order: %1</source>
        <translation>无法保存订单：%1</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Today&apos;s to-do list: the SOP steps and planned posts due now, with their scripts ready to copy.</source>
        <translation>今日待办：现在到期的 SOP 步骤和计划发布的内容，话术可一键复制。</translation>
    </message>
    <message>
        <source>Every group you run, with its platform, purpose, head count and capacity.</source>
        <translation>你运营的每个社群，以及平台、定位、人数和容量。</translation>
    </message>
    <message>
        <source>Members across your groups, with tags, lifecycle stage, silent days and who invited them.</source>
        <translation>各社群的成员，附带标签、生命周期阶段、沉默天数和邀请人。</translation>
    </message>
    <message>
        <source>The content calendar: planned posts per group by day, week and month, with fatigue warnings.</source>
        <translation>内容日历：按日、周、月查看各群的计划发布，并提示打扰过度。</translation>
    </message>
    <message>
        <source>SOP playbooks of timed steps and scripts, applied to a group, a segment or a member.</source>
        <translation>SOP 剧本：按时间排好的步骤和话术，可用于一个社群、一个分层或一位成员。</translation>
    </message>
    <message>
        <source>Activity, growth, retention and conversion charts, each with its metric&apos;s definition.</source>
        <translation>活跃、增长、留存和转化图表，每个图表都附有指标定义。</translation>
    </message>
    <message>
        <source>Import chat exports, member lists and orders, previewed before anything is stored.</source>
        <translation>导入聊天记录、成员名单和订单，保存前先预览。</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>New-customer group</source>
        <translation>新客群</translation>
    </message>
    <message>
        <source>VIP group</source>
        <translation>VIP 群</translation>
    </message>
    <message>
        <source>Campaign group</source>
        <translation>活动群</translation>
    </message>
    <message>
        <source>Deals group</source>
        <translation>福利群</translation>
    </message>
    <message>
        <source>Interest group</source>
        <translation>兴趣群</translation>
    </message>
    <message>
        <source>Customer-service group</source>
        <translation>客服群</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>“%1” is not a recurrence rule QunDesk can read (%2).</source>
        <translation>“%1”不是 QunDesk 能读取的重复规则（%2）。</translation>
    </message>
</context>
<context>
    <name>RemoveOrderCommand</name>
    <message>
        <source>Delete order</source>
        <translation>删除订单</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Groups, members, messages, active members, joins, leaves, buyers, orders and revenue over a period.</source>
        <translation>一段时间内的社群、成员、消息、活跃成员、入群、退群、购买者、订单和营收。</translation>
    </message>
    <message>
        <source>There is no group named “%1” (see “qundesk-cli group list”).</source>
        <translation>没有名为“%1”的社群（参见“qundesk-cli group list”）。</translation>
    </message>
    <message>
        <source>The period is empty: --from %1 is after --to %2.</source>
        <translation>时间段为空：--from %1 晚于 --to %2。</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买者</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
</context>
<context>
    <name>ReportExportCommand</name>
    <message>
        <source>Export the weekly report (周报) as a PDF: each group&apos;s figures against the week before, activity charts, top contributors, new lurkers and members turning Declining. Default: the last full Monday–Sunday week in the workspace&apos;s time zone.</source>
        <translation>将周报导出为 PDF：各社群与上周对比的数据、活跃图表、发言最多的成员、新增潜水成员和转入衰退期的成员。默认：工作区时区内最近一个完整的周一至周日。</translation>
    </message>
    <message>
        <source>--week must be an ISO week such as 2026-W05, not “%1”.</source>
        <translation>--week 必须是 ISO 周，例如 2026-W05，而不是“%1”。</translation>
    </message>
    <message>
        <source>The report is a PDF: give a file name ending in .pdf.</source>
        <translation>周报是 PDF：请指定以 .pdf 结尾的文件名。</translation>
    </message>
    <message numerus="yes">
        <source>Weekly report %1 (%2 – %3), %n page(s), written to %4</source>
        <translation>
            <numerusform>周报 %1（%2 – %3），共 %n 页，已写入 %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
    <message>
        <source>KOL</source>
        <translation>KOL</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>RuleSummary</name>
    <message>
        <source>first</source>
        <translation>第一个</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二个</translation>
    </message>
    <message>
        <source>third</source>
        <translation>第三个</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>第四个</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>仅一次</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>每 %n 周</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>每 %n 周的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>每周的%1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>ordinal, weekday: the second Tuesday</comment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months on %1</source>
        <translation>
            <numerusform>每 %n 个月的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly on %1</source>
        <translation>每月%1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>每 %n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Custom rule: %1</source>
        <translation>自定义规则：%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>repeat, time: Weekly on Tue at 20:00</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1，共 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1，直到 %2</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>No migration to schema version %1.</source>
        <translation>没有到架构版本 %1 的迁移。</translation>
    </message>
</context>
<context>
    <name>ScopeQuestion</name>
    <message>
        <source>This item repeats. Which occurrences should change?</source>
        <translation>此条目会重复。要修改哪几次？</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>仅此一次</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>此次及以后</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>ScriptRenderer</name>
    <message>
        <source>The member&apos;s name</source>
        <translation>成员的名字</translation>
    </message>
    <message>
        <source>The group&apos;s name</source>
        <translation>社群的名称</translation>
    </message>
    <message>
        <source>The group&apos;s operator</source>
        <translation>社群的运营者</translation>
    </message>
    <message>
        <source>The day the task is due</source>
        <translation>任务的到期日</translation>
    </message>
    <message>
        <source>Days since the member joined the group</source>
        <translation>成员入群的天数</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>分层需要一个名称。</translation>
    </message>
    <message>
        <source>The segment “%1” cannot be saved. %2</source>
        <translation>分层“%1”无法保存。%2</translation>
    </message>
    <message>
        <source>A segment named “%1” already exists.</source>
        <translation>名为“%1”的分层已存在。</translation>
    </message>
    <message>
        <source>Cannot add the segment “%1”: %2</source>
        <translation>无法添加分层“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the segment “%1”: %2</source>
        <translation>无法保存分层“%1”：%2</translation>
    </message>
    <message>
        <source>The segment no longer exists.</source>
        <translation>该分层已不存在。</translation>
    </message>
</context>
<context>
    <name>SetMemberTagCommand</name>
    <message>
        <source>Add tag “%1”</source>
        <translation>添加标签“%1”</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
</context>
<context>
    <name>SetMembershipRoleCommand</name>
    <message>
        <source>Change role to %1</source>
        <translation>将角色改为%1</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>This is not a known time zone.</source>
        <translation>这不是已知的时区。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three letters such as CNY or USD.</source>
        <translation>“%1”不是货币代码：请使用 CNY 或 USD 这样的三个字母。</translation>
    </message>
</context>
<context>
    <name>SopAnchor</name>
    <message>
        <source>After joining</source>
        <translation>入群后</translation>
    </message>
    <message>
        <source>After the SOP starts</source>
        <translation>SOP 开始后</translation>
    </message>
</context>
<context>
    <name>SopCommands</name>
    <message>
        <source>List the SOPs with their scenario, target, steps and runs.</source>
        <translation>列出 SOP 及其场景、对象、步骤和执行。</translation>
    </message>
    <message>
        <source>Apply an SOP to a group, a saved segment or a member: plans its tasks (applying it again adds none twice).</source>
        <translation>将 SOP 应用于社群、已保存的分层或成员：为其安排任务（再次应用不会重复添加）。</translation>
    </message>
    <message>
        <source>Dry run: what a member who joins on that day receives, and when.</source>
        <translation>预演：在该日入群的成员会收到什么、在什么时候收到。</translation>
    </message>
    <message>
        <source>Write all SOPs, or the one named, to a JSON file for sharing.</source>
        <translation>将全部 SOP 或指定的 SOP 写入 JSON 文件，以便分享。</translation>
    </message>
    <message>
        <source>Import SOPs from a JSON file (an SOP already there by its uid is skipped; a taken name becomes “NAME (2)”).</source>
        <translation>从 JSON 文件导入 SOP（uid 已存在的 SOP 会跳过；名称已被占用时改为“名称 (2)”）。</translation>
    </message>
    <message>
        <source>There is no SOP named “%1” (see “qundesk-cli sop list”).</source>
        <translation>没有名为“%1”的 SOP（参见“qundesk-cli sop list”）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Active runs</source>
        <translation>进行中的执行</translation>
    </message>
    <message>
        <source>Give one of --group, --segment or --member.</source>
        <translation>请只指定 --group、--segment 或 --member 中的一个。</translation>
    </message>
    <message>
        <source>Say whom the SOP is for: --group, --segment or --member.</source>
        <translation>请指定 SOP 的对象：--group、--segment 或 --member。</translation>
    </message>
    <message>
        <source>There is no saved segment named “%1”.</source>
        <translation>没有名为“%1”的已保存分层。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” already runs on “%2”: %n new task(s).</source>
        <translation>
            <numerusform>“%1”已在“%2”上执行：新增 %n 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” applied to “%2”: %n task(s) planned.</source>
        <translation>
            <numerusform>“%1”已应用于“%2”：已安排 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the join day: --join YYYY-MM-DD.</source>
        <translation>请指定入群日期：--join YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>A member who joins on %1 receives:</source>
        <translation>在 %1 入群的成员将收到：</translation>
    </message>
    <message>
        <source>Choose a file name ending in .json.</source>
        <translation>请选择以 .json 结尾的文件名。</translation>
    </message>
    <message numerus="yes">
        <source>%n SOP(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个 SOP 写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n SOP(s) imported, %2 already there.</source>
        <translation>
            <numerusform>%1：已导入 %n 个 SOP，%2 个已存在。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SopEndRules</name>
    <message>
        <source>The early-exit condition of the SOP “%1” cannot be read: %2</source>
        <translation>无法读取 SOP“%1”的提前结束条件：%2</translation>
    </message>
    <message>
        <source>The end actions of the SOP “%1” are not a JSON list.</source>
        <translation>SOP“%1”的结束动作不是 JSON 列表。</translation>
    </message>
    <message>
        <source>The SOP “%1” has an unknown end action “%2”.</source>
        <translation>SOP“%1”有未知的结束动作“%2”。</translation>
    </message>
    <message>
        <source>An end action of the SOP “%1” names nothing.</source>
        <translation>SOP“%1”的某个结束动作没有指定任何内容。</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Start the SOP</source>
        <translation>启动 SOP</translation>
    </message>
</context>
<context>
    <name>SopJson</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>not a QunDesk SOP file (&quot;format&quot;: &quot;qundesk-sop&quot; is missing)</source>
        <translation>不是 QunDesk SOP 文件（缺少 &quot;format&quot;: &quot;qundesk-sop&quot;）</translation>
    </message>
    <message>
        <source>SOP file version %1 is not supported</source>
        <translation>不支持 SOP 文件版本 %1</translation>
    </message>
    <message>
        <source>SOP %1</source>
        <translation>第 %1 个 SOP</translation>
    </message>
    <message>
        <source>%1 has no name</source>
        <translation>%1 没有名称</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unknown scenario, target or anchor</source>
        <translation>%1（“%2”）的场景、对象或起算点未知</translation>
    </message>
    <message>
        <source>%1 (“%2”), step %3</source>
        <translation>%1（“%2”）第 %3 步</translation>
    </message>
    <message>
        <source>%1 has no title</source>
        <translation>%1 没有标题</translation>
    </message>
    <message>
        <source>%1 has an unknown timing “%2”</source>
        <translation>%1 的时间规则“%2”未知</translation>
    </message>
    <message>
        <source>%1 needs a date (YYYY-MM-DD or MM-DD)</source>
        <translation>%1 需要日期（YYYY-MM-DD 或 MM-DD）</translation>
    </message>
    <message>
        <source>%1 has an unknown channel “%2”</source>
        <translation>%1 的渠道“%2”未知</translation>
    </message>
    <message>
        <source>%1 needs a send window [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</source>
        <translation>%1 需要发送时段 [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
</context>
<context>
    <name>SopPreview</name>
    <message>
        <source>Held: the member asked not to be disturbed</source>
        <translation>暂缓：成员要求免打扰</translation>
    </message>
    <message>
        <source>Held: over the weekly private touch cap</source>
        <translation>暂缓：超出每周私聊触达上限</translation>
    </message>
    <message>
        <source>Moved out of quiet hours</source>
        <translation>已移出免打扰时段</translation>
    </message>
</context>
<context>
    <name>SopRunStatus</name>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>SopRunStore</name>
    <message>
        <source>Unknown SOP target “%1”.</source>
        <translation>未知的 SOP 对象“%1”。</translation>
    </message>
    <message>
        <source>Choose whom the SOP is for.</source>
        <translation>请选择 SOP 的对象。</translation>
    </message>
    <message>
        <source>An SOP run needs its start day.</source>
        <translation>SOP 执行需要开始日期。</translation>
    </message>
    <message>
        <source>Cannot start the SOP: %1</source>
        <translation>无法启动 SOP：%1</translation>
    </message>
    <message>
        <source>The SOP run no longer exists.</source>
        <translation>该 SOP 执行已不存在。</translation>
    </message>
    <message>
        <source>Unknown SOP run status “%1”.</source>
        <translation>未知的 SOP 执行状态“%1”。</translation>
    </message>
    <message>
        <source>Cannot add the SOP&apos;s tasks: %1</source>
        <translation>无法添加 SOP 任务：%1</translation>
    </message>
    <message>
        <source>An SOP task needs the time it is due.</source>
        <translation>SOP 任务需要到期时间。</translation>
    </message>
    <message>
        <source>Unknown task status “%1”.</source>
        <translation>未知的任务状态“%1”。</translation>
    </message>
    <message>
        <source>Say why the task is skipped.</source>
        <translation>请说明跳过该任务的原因。</translation>
    </message>
    <message>
        <source>Choose when the postponed task is due.</source>
        <translation>请选择延期任务的新到期时间。</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>没有任务 %1。</translation>
    </message>
</context>
<context>
    <name>SopScenario</name>
    <message>
        <source>New member</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>New group nurturing</source>
        <translation>新群培育</translation>
    </message>
    <message>
        <source>Periodic care</source>
        <translation>定期关怀</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>沉默唤醒</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
</context>
<context>
    <name>SopService</name>
    <message>
        <source>The %1 the SOP is for no longer exists.</source>
        <translation>该 SOP 所针对的%1已不存在。</translation>
    </message>
    <message>
        <source>Unknown SOP target “%1”.</source>
        <translation>未知的 SOP 对象“%1”。</translation>
    </message>
</context>
<context>
    <name>SopShareService</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is too large to be an SOP file.</source>
        <translation>文件过大，不可能是 SOP 文件。</translation>
    </message>
    <message>
        <source>There is no SOP named “%1”.</source>
        <translation>没有名为“%1”的 SOP。</translation>
    </message>
    <message>
        <source>The built-in SOP library is missing from this build.</source>
        <translation>此版本缺少内置 SOP 库。</translation>
    </message>
</context>
<context>
    <name>SopTarget</name>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>SopTargetStore</name>
    <message>
        <source>Unknown SOP target status “%1”.</source>
        <translation>未知的 SOP 对象状态“%1”。</translation>
    </message>
</context>
<context>
    <name>SopTargets</name>
    <message>
        <source>There is no member named “%1”.</source>
        <translation>没有名为“%1”的成员。</translation>
    </message>
    <message numerus="yes">
        <source>%n members are named “%1”; the SOP needs one.</source>
        <translation>
            <numerusform>有 %n 位成员名为“%1”；SOP 只能针对其中一位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SopTaskService</name>
    <message>
        <source>Task %1 is already %2.</source>
        <translation>任务 %1 的状态已是“%2”。</translation>
    </message>
    <message>
        <source>Say why the task is skipped.</source>
        <translation>请说明跳过该任务的原因。</translation>
    </message>
</context>
<context>
    <name>SopTaskStatus</name>
    <message>
        <source>Pending</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>已延期</translation>
    </message>
</context>
<context>
    <name>SopTemplateStore</name>
    <message>
        <source>An SOP needs a name.</source>
        <translation>SOP 需要一个名称。</translation>
    </message>
    <message>
        <source>Unknown SOP target “%1”.</source>
        <translation>未知的 SOP 对象“%1”。</translation>
    </message>
    <message>
        <source>Unknown SOP anchor “%1”.</source>
        <translation>未知的 SOP 起算点“%1”。</translation>
    </message>
    <message>
        <source>Step %1 needs a title.</source>
        <translation>第 %1 步需要标题。</translation>
    </message>
    <message>
        <source>Step %1 has an unknown timing “%2”.</source>
        <translation>第 %1 步的时间规则“%2”未知。</translation>
    </message>
    <message>
        <source>Step %1 needs its date.</source>
        <translation>第 %1 步需要日期。</translation>
    </message>
    <message>
        <source>Step %1 needs a weekday from Monday to Sunday.</source>
        <translation>第 %1 步需要周一到周日中的某一天。</translation>
    </message>
    <message>
        <source>Step %1 cannot happen before its anchor day.</source>
        <translation>第 %1 步不能早于起算日。</translation>
    </message>
    <message>
        <source>Step %1 has a send window that ends before it starts.</source>
        <translation>第 %1 步的发送时段结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>Step %1 has an unknown channel “%2”.</source>
        <translation>第 %1 步的渠道“%2”未知。</translation>
    </message>
    <message>
        <source>Cannot save step %1: %2</source>
        <translation>无法保存第 %1 步：%2</translation>
    </message>
    <message>
        <source>Cannot add the SOP “%1”: %2</source>
        <translation>无法添加 SOP“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the SOP “%1”: %2</source>
        <translation>无法保存 SOP“%1”：%2</translation>
    </message>
    <message>
        <source>The SOP no longer exists.</source>
        <translation>该 SOP 已不存在。</translation>
    </message>
    <message>
        <source>Unknown SOP scenario “%1”.</source>
        <translation>未知的 SOP 场景“%1”。</translation>
    </message>
    <message>
        <source>Step %1 cannot repeat every %2 days.</source>
        <translation>第 %1 步不能每 %2 天重复一次。</translation>
    </message>
</context>
<context>
    <name>SopTiming</name>
    <message>
        <source>Day after anchor</source>
        <translation>起算后第 N 天</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>每周某天</translation>
    </message>
</context>
<context>
    <name>SourceChannel</name>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Offline store</source>
        <translation>线下门店</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>老带新转介绍</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他渠道</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error in “%1…”: %2</source>
        <translation>数据库错误，位于“%1…”：%2</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>The summary query returned no row.</source>
        <translation>汇总查询没有返回任何行。</translation>
    </message>
</context>
<context>
    <name>TagCategory</name>
    <message>
        <source>Activity</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>Purchase intent</source>
        <translation>购买意向</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>TagOrigin</name>
    <message>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>Added by a rule</source>
        <translation>规则添加</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>TagRuleEngine</name>
    <message>
        <source>Tag rule “%1”: %2</source>
        <translation>标签规则“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要一个名称。</translation>
    </message>
    <message>
        <source>“%1” is not a colour of the form #rrggbb.</source>
        <translation>“%1”不是 #rrggbb 格式的颜色。</translation>
    </message>
    <message>
        <source>A tag named “%1” already exists.</source>
        <translation>名为“%1”的标签已存在。</translation>
    </message>
    <message>
        <source>Cannot add the tag “%1”: %2</source>
        <translation>无法添加标签“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the tag “%1”: %2</source>
        <translation>无法保存标签“%1”：%2</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>该标签已不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a tag origin.</source>
        <translation>“%1”不是标签来源。</translation>
    </message>
    <message>
        <source>Cannot tag the members: %1</source>
        <translation>无法为成员打标签：%1</translation>
    </message>
    <message>
        <source>Cannot tag the members with “%1”: %2</source>
        <translation>无法为成员打上标签“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>无法移除标签：%1</translation>
    </message>
    <message>
        <source>A tag rule needs a name.</source>
        <translation>标签规则需要一个名称。</translation>
    </message>
    <message>
        <source>The rule “%1” cannot be saved. %2</source>
        <translation>规则“%1”无法保存。%2</translation>
    </message>
    <message>
        <source>Cannot add the rule “%1”: %2</source>
        <translation>无法添加规则“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the rule “%1”: %2</source>
        <translation>无法保存规则“%1”：%2</translation>
    </message>
    <message>
        <source>The tag rule no longer exists.</source>
        <translation>该标签规则已不存在。</translation>
    </message>
</context>
<context>
    <name>TargetPath</name>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>This is a device, a pipe or a socket, not a regular file.</source>
        <translation>这是设备、管道或套接字，不是普通文件。</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <source>“-” (standard output) is not supported here; give a file name.</source>
        <translation>此处不支持“-”（标准输出）；请指定文件名。</translation>
    </message>
    <message>
        <source>This is a link to a file that does not exist; give the file&apos;s own name.</source>
        <translation>这是指向不存在文件的链接；请直接指定文件本身的名称。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>This is the open workspace; choose another file so it is not overwritten.</source>
        <translation>这是当前打开的工作区；请选择其他文件，以免将其覆盖。</translation>
    </message>
    <message>
        <source>This file belongs to the open workspace (its journal or lock file); choose another file.</source>
        <translation>此文件属于当前打开的工作区（是它的事务日志文件或锁文件）；请选择其他文件。</translation>
    </message>
    <message>
        <source>The file already exists; choose a new name so nothing is overwritten.</source>
        <translation>文件已存在；请换一个新文件名，以免覆盖任何内容。</translation>
    </message>
    <message>
        <source>The file is read-only; it was left unchanged.</source>
        <translation>文件为只读；未作任何改动。</translation>
    </message>
    <message>
        <source>“-” (standard input) is not supported here; give a file name.</source>
        <translation>此处不支持“-”（标准输入）；请指定文件名。</translation>
    </message>
    <message>
        <source>This is a link to a file that does not exist.</source>
        <translation>这是指向不存在文件的链接。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file cannot be read (no permission).</source>
        <translation>无法读取文件（没有权限）。</translation>
    </message>
</context>
<context>
    <name>TaskAgenda</name>
    <message>
        <source>There is no task %1.</source>
        <translation>没有任务 %1。</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>List the SOP tasks due on or before a day (default: today), overdue ones included, with their scripts filled in.</source>
        <translation>列出某日（默认：今天）及之前到期的 SOP 任务，包括已逾期的，并填好话术。</translation>
    </message>
    <message>
        <source>Mark a task done (records the touch).</source>
        <translation>将任务标记为已完成（记录触达）。</translation>
    </message>
    <message>
        <source>Skip a task, saying why.</source>
        <translation>跳过任务，并说明原因。</translation>
    </message>
    <message>
        <source>A task id is a whole number above 0, not “%1”.</source>
        <translation>任务 ID 必须是大于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>No task is due by %1.</source>
        <translation>截至 %1 没有到期的任务。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Task %1 done.</source>
        <translation>任务 %1 已完成。</translation>
    </message>
    <message>
        <source>Say why the task is skipped: --reason TEXT.</source>
        <translation>请说明跳过该任务的原因：--reason 文本。</translation>
    </message>
    <message>
        <source>Task %1 skipped.</source>
        <translation>任务 %1 已跳过。</translation>
    </message>
</context>
<context>
    <name>TelegramParser</name>
    <message>
        <source>A message without a valid date.</source>
        <translation>一条没有有效日期的消息。</translation>
    </message>
    <message>
        <source>A message of a kind QunDesk does not read (%1).</source>
        <translation>一条 QunDesk 无法读取的消息类型（%1）。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>A message is broken JSON (%1).</source>
        <translation>一条消息的 JSON 已损坏（%1）。</translation>
    </message>
    <message>
        <source>The file is a full Telegram export of many chats: choose one.</source>
        <translation>此文件是包含多个聊天的 Telegram 完整导出：请选择其中一个。</translation>
    </message>
    <message>
        <source>The export holds no chat named or numbered “%1”.</source>
        <translation>导出中没有名称或编号为“%1”的聊天。</translation>
    </message>
    <message>
        <source>The file holds no messages: this is no Telegram chat export.</source>
        <translation>文件中没有任何消息：这不是 Telegram 聊天记录。</translation>
    </message>
</context>
<context>
    <name>TelegramScanner</name>
    <message>
        <source>The file cannot be read to its end: %1</source>
        <translation>无法读取到文件末尾：%1</translation>
    </message>
    <message>
        <source>A message is longer than %1 MiB: this is no Telegram export.</source>
        <translation>有一条消息超过 %1 MiB：这不是 Telegram 导出文件。</translation>
    </message>
    <message>
        <source>The file is empty or is no Telegram export.</source>
        <translation>文件为空，或不是 Telegram 导出文件。</translation>
    </message>
    <message>
        <source>The file ends in the middle of the export: it is truncated.</source>
        <translation>文件在导出内容中途结束：文件不完整。</translation>
    </message>
    <message>
        <source>A value is too long: this is no Telegram export.</source>
        <translation>某个值过长：这不是 Telegram 导出文件。</translation>
    </message>
    <message>
        <source>This is not a Telegram Desktop export (result.json).</source>
        <translation>这不是 Telegram Desktop 导出文件（result.json）。</translation>
    </message>
    <message>
        <source>The export&apos;s JSON is broken here.</source>
        <translation>导出文件的 JSON 在此处损坏。</translation>
    </message>
    <message>
        <source>This is not a DiscordChatExporter JSON export.</source>
        <translation>这不是 DiscordChatExporter JSON 导出。</translation>
    </message>
    <message>
        <source>A value is too long: this is no Discord export.</source>
        <translation>有值过长：这不是 Discord 导出。</translation>
    </message>
    <message>
        <source>The file is empty or is no Discord export.</source>
        <translation>文件为空或不是 Discord 导出。</translation>
    </message>
</context>
<context>
    <name>TextEncodingDetector</name>
    <message>
        <source>This file is binary, not a text or CSV file.</source>
        <translation>此文件是二进制文件，不是文本或 CSV 文件。</translation>
    </message>
    <message>
        <source>The text encoding is not recognised (expected UTF-8 or GB18030). Save the file as “CSV UTF-8” and try again.</source>
        <translation>无法识别文本编码（应为 UTF-8 或 GB18030）。请将文件另存为“CSV UTF-8”后重试。</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Regular</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>白银会员</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黄金会员</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>铂金会员</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>钻石会员</translation>
    </message>
</context>
<context>
    <name>TimeZoneChange</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>“%1”不是已知的时区。</translation>
    </message>
</context>
<context>
    <name>TouchStore</name>
    <message>
        <source>A touch needs the member who was contacted.</source>
        <translation>触达记录需要指定被联系的成员。</translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>未知渠道“%1”。</translation>
    </message>
    <message>
        <source>Cannot log the touch: %1</source>
        <translation>无法记录触达：%1</translation>
    </message>
    <message>
        <source>The touch no longer exists.</source>
        <translation>该触达记录已不存在。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>No transaction is active.</source>
        <translation>当前没有进行中的事务。</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
<context>
    <name>UnlinkMemberCommand</name>
    <message>
        <source>Unlink member</source>
        <translation>取消关联成员</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>No command given; run “qundesk-cli --help” for the list of commands.</source>
        <translation>未指定命令；运行“qundesk-cli --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Wrong arguments; usage: qundesk-cli %1</source>
        <translation>参数错误；用法：qundesk-cli %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>the workspace file (default: %1)</source>
        <translation>工作区文件（默认：%1）</translation>
    </message>
    <message>
        <source>print exactly one JSON object on stdout</source>
        <translation>在标准输出上只打印一个 JSON 对象</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>显示此帮助</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the command fails, 2 when the command line is wrong; the reason is one line on stderr.</source>
        <translation>退出状态：成功为 0，命令失败为 1，命令行有误为 2；原因会在标准错误上输出一行。</translation>
    </message>
    <message>
        <source>Unknown command “%1”; run “qundesk-cli --help” for the list of commands.</source>
        <translation>未知命令“%1”；运行“qundesk-cli --help”查看命令列表。</translation>
    </message>
    <message>
        <source>Unknown time zone “%1” for --tz; give an IANA id such as Asia/Shanghai or America/New_York.</source>
        <translation>--tz 的时区“%1”未知；请指定 IANA 时区 ID，例如 Asia/Shanghai 或 America/New_York。</translation>
    </message>
    <message>
        <source>--tz only changes how reports read days; “%1” works in the workspace&apos;s own time zone (change it in QunDesk&apos;s Preferences).</source>
        <translation>--tz 只改变报表按哪个时区划分日期；“%1”使用工作区自身的时区（可在 QunDesk 的偏好设置中更改）。</translation>
    </message>
    <message>
        <source>Usage: qundesk-cli [--db PATH] [--json] [--tz ZONE] COMMAND …</source>
        <translation>用法：qundesk-cli [--db PATH] [--json] [--tz ZONE] COMMAND …</translation>
    </message>
    <message>
        <source>read days in this IANA time zone (e.g. America/New_York) for this run only: reports, stages and exports; the workspace keeps its own zone. Given before the command.</source>
        <translation>仅本次运行按此 IANA 时区（例如 America/New_York）划分日期，用于报表、生命周期阶段和导出；工作区保留自己的时区。须写在命令之前。</translation>
    </message>
    <message>
        <source>qundesk-cli [--db PATH] [--json] [--tz ZONE] COMMAND …</source>
        <translation>qundesk-cli [--db PATH] [--json] [--tz ZONE] COMMAND …</translation>
    </message>
</context>
<context>
    <name>WeChatCsvParser</name>
    <message>
        <source>This is not a WeChat CSV export of MemoTrace or PyWxDump: its header is “%1”.</source>
        <translation>这不是 MemoTrace 或 PyWxDump 的微信 CSV 导出：其表头为“%1”。</translation>
    </message>
    <message>
        <source>The row has %1 columns; the header has %2.</source>
        <translation>该行有 %1 列；表头有 %2 列。</translation>
    </message>
    <message>
        <source>The time “%1” is not a date and time.</source>
        <translation>时间“%1”不是有效的日期和时间。</translation>
    </message>
</context>
<context>
    <name>WeeklyReportAction</name>
    <message>
        <source>Weekly report %1.pdf</source>
        <translation>周报 %1.pdf</translation>
    </message>
    <message>
        <source>Export weekly report %1 (%2 – %3)</source>
        <translation>导出周报 %1（%2 – %3）</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the weekly report</source>
        <translation>无法导出周报</translation>
    </message>
    <message>
        <source>The report %1 was not written.</source>
        <translation>周报 %1 未写入。</translation>
    </message>
    <message>
        <source>Weekly report written</source>
        <translation>周报已写入</translation>
    </message>
    <message numerus="yes">
        <source>The weekly report %1 (%n page(s)) was saved to %2.</source>
        <translation>
            <numerusform>周报 %1（共 %n 页）已保存到 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReportExport</name>
    <message>
        <source>Choose a file name ending in .pdf.</source>
        <translation>请选择以 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Exporting the weekly report</source>
        <translation>正在导出周报</translation>
    </message>
</context>
<context>
    <name>WeeklyReportPdf</name>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation>周报 %1</translation>
    </message>
    <message>
        <source>Cannot paint the report.</source>
        <translation>无法绘制周报。</translation>
    </message>
    <message>
        <source>%1 – %2 (Monday to Sunday, time zone %3) · generated %4</source>
        <translation>%1 – %2（周一至周日，时区 %3）· 生成于 %4</translation>
    </message>
    <message>
        <source>Key figures per group</source>
        <translation>各社群关键指标</translation>
    </message>
    <message>
        <source>The workspace has no active group.</source>
        <translation>工作区没有运营中的社群。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Members at the end of the week</source>
        <translation>本周结束时的成员数</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买者</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Activity per day</source>
        <translation>每日活跃</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>每日消息数</translation>
    </message>
    <message>
        <source>Daily active members</source>
        <translation>日活成员</translation>
    </message>
    <message>
        <source>Top contributors</source>
        <translation>发言最多的成员</translation>
    </message>
    <message>
        <source>Nobody posted this week.</source>
        <translation>本周无人发言。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>New lurkers (joined this week, never posted)</source>
        <translation>新增潜水成员（本周入群，从未发言）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……还有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Members turning Declining</source>
        <translation>转入衰退期的成员</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Silent since</source>
        <translation>沉默起始</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Days are days in the workspace&apos;s time zone. Active members: members with at least one message in the group that week; active rate: active members / members present at the end of the week. Daily active members: distinct members who posted that day. Buyers and revenue: orders attributed to the group, revenue in %1 (other currencies are not added). New lurkers: members whose stay began this week and who have not posted in that group. Turning Declining: Declining on Sunday (silent for the configured number of days and no order in the configured window) but not on the Sunday before.</source>
        <translation>天数按工作区时区计算。活跃成员：该周在社群内至少发过一条消息的成员；活跃率：活跃成员 ÷ 本周结束时的成员数。日活成员：当天发过言的不同成员数。购买者和营收：归属该社群的订单，营收以 %1 计（其他币种不计入）。新增潜水成员：本周入群且尚未在该社群发言的成员。转入衰退期：周日处于衰退期（沉默达到设定天数且在设定窗口内无订单），但上周日不在衰退期。</translation>
    </message>
    <message>
        <source>Cannot write the report.</source>
        <translation>无法写入周报。</translation>
    </message>
</context>
<context>
    <name>WhatsAppParser</name>
    <message>
        <source>This is not a WhatsApp chat export: line %1 does not start with a date and time.</source>
        <translation>这不是 WhatsApp 聊天记录：第 %1 行不是以日期和时间开头。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The file cannot be read to its end.</source>
        <translation>无法读取到文件末尾。</translation>
    </message>
    <message>
        <source>Line %1: the date is not valid in the order %2; choose another date order.</source>
        <translation>第 %1 行：按 %2 顺序日期无效；请选择其他日期顺序。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>the workspace is busy — another program is writing to it; try again when it has finished</source>
        <translation>工作区正忙 — 其他程序正在写入；请等其完成后再试</translation>
    </message>
    <message>
        <source>the workspace is read-only: QunDesk cannot write to the file or to its folder</source>
        <translation>工作区为只读：QunDesk 无法写入该文件或其所在文件夹</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again (nothing was changed)</source>
        <translation>磁盘已满；请释放一些空间后重试（未做任何更改）</translation>
    </message>
    <message>
        <source>the workspace is damaged; run a check (qundesk-cli check) and restore the latest backup</source>
        <translation>工作区已损坏；请运行检查（qundesk-cli check）并恢复最近的备份</translation>
    </message>
    <message>
        <source>the workspace cannot be read or written (a disk or file system error)</source>
        <translation>无法读写工作区（磁盘或文件系统错误）</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>QunDesk workspaces (*.qundesk);;All files (*)</source>
        <translation>QunDesk 工作区 (*.qundesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>QunDesk cannot open %1.</source>
        <translation>QunDesk 无法打开 %1。</translation>
    </message>
    <message>
        <source>Open another workspace?</source>
        <translation>要打开其他工作区吗？</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File ▸ Open workspace….</source>
        <translation>%1 已存在。请换一个新文件名，或通过“文件 ▸ 打开工作区…”打开它。</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>QunDesk backups (*.qundesk-backup)</source>
        <translation>QunDesk 备份 (*.qundesk-backup)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The backup %1 was not written.</source>
        <translation>备份 %1 未能写入。</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The workspace was saved to %1.</source>
        <translation>工作区已保存到 %1。</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>恢复工作区</translation>
    </message>
    <message>
        <source>QunDesk backups (*.qundesk-backup *.qundesk);;All files (*)</source>
        <translation>QunDesk 备份 (*.qundesk-backup *.qundesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?</source>
        <translation>要用备份 %2 替换 %1 吗？</translation>
    </message>
    <message>
        <source>The current file is kept next to it as a copy.</source>
        <translation>当前文件会作为副本保留在旁边。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>%1 was not restored; the workspace is unchanged.</source>
        <translation>%1 未能恢复；工作区保持不变。</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <source>QunDesk found damage in %1. %2</source>
        <translation>QunDesk 在 %1 中发现损坏。%2</translation>
    </message>
    <message>
        <source>No backup of it was found beside it or in Documents. Restore it from a backup file? Until then, changes may fail or be incomplete.</source>
        <translation>在其旁边或“文档”中未找到备份。要从备份文件恢复吗？在此之前，更改可能失败或不完整。</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2). Restore it? The damaged file is kept next to it as a copy.</source>
        <translation>最近的备份是 %1（%2）。要恢复吗？已损坏的文件会作为副本保留在旁边。</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>选择备份…</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
</context>
<context>
    <name>WorkspaceJobs</name>
    <message>
        <source>Backing up the workspace to %1</source>
        <translation>正在将工作区备份到 %1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在写入备份…</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>正在恢复 %1</translation>
    </message>
    <message>
        <source>Replacing the workspace…</source>
        <translation>正在替换工作区…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n member(s) to %1</source>
        <translation>
            <numerusform>正在将 %n 位成员导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Bringing stages, fan levels and automatic tags up to today</source>
        <translation>正在将生命周期阶段、粉丝等级和自动标签更新到今天</translation>
    </message>
    <message>
        <source>Creating the demo workspace</source>
        <translation>正在创建演示工作区</translation>
    </message>
    <message>
        <source>The file already exists; it was left unchanged.</source>
        <translation>文件已存在；未作任何改动。</translation>
    </message>
    <message>
        <source>Computing group health</source>
        <translation>正在计算社群健康分</translation>
    </message>
    <message>
        <source>Checking the workspace</source>
        <translation>正在检查工作区</translation>
    </message>
    <message>
        <source>Checking the workspace for damage…</source>
        <translation>正在检查工作区是否损坏…</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>The workspace is in use by another program (%1, process %2); close it there and try again.</source>
        <translation>工作区正被其他程序使用（%1，进程 %2）；请在该程序中关闭后重试。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Cannot write the lock file %1 beside the workspace (is the folder read-only?).</source>
        <translation>无法在工作区旁写入锁文件 %1（文件夹是否为只读？）。</translation>
    </message>
</context>
<context>
    <name>XlsxTable</name>
    <message>
        <source>Cannot write the file.</source>
        <translation>无法写入文件。</translation>
    </message>
    <message>
        <source>This build of QunDesk cannot write .xlsx files; export as .csv instead.</source>
        <translation>此版本的 QunDesk 无法写入 .xlsx 文件，请改为导出 .csv。</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Cannot write the file: no room for temporary files (%1).</source>
        <translation>无法写入文件：没有空间存放临时文件（%1）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop workbench for chat-group operators</source>
        <translation>社群运营桌面工作台</translation>
    </message>
    <message>
        <source>Open the workspace at PATH.</source>
        <translation>打开位于 PATH 的工作区。</translation>
    </message>
    <message>
        <source>Open the demo workspace (created when missing).</source>
        <translation>打开演示工作区（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN or zh_TW.</source>
        <translation>界面语言：en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>Start on a page: today, groups, members, calendar, sop, analytics or import.</source>
        <translation>启动时打开的页面：today、groups、members、calendar、sop、analytics 或 import。</translation>
    </message>
    <message>
        <source>Save the window to a PNG FILE and quit.</source>
        <translation>将窗口保存为 PNG 文件 FILE 后退出。</translation>
    </message>
</context>
<context>
    <name>qundesk::AgendaView</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Content line</source>
        <translation>内容线</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>qundesk::AnalyticsFilterBar</name>
    <message>
        <source>&amp;Group:</source>
        <translation>社群(&amp;G)：</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>qundesk::AnalyticsPage</name>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Metric definitions…</source>
        <translation>指标定义…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Daily active (avg.)</source>
        <translation>日活（平均）</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Net growth</source>
        <translation>净增长</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买者</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Top-20% share</source>
        <translation>前 20% 贡献占比</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>每日消息数</translation>
    </message>
    <message>
        <source>Active members (DAU, WAU, MAU)</source>
        <translation>活跃成员（日活、周活、月活）</translation>
    </message>
    <message>
        <source>Joins, leaves and net growth</source>
        <translation>入群、退群和净增长</translation>
    </message>
    <message>
        <source>Members over time</source>
        <translation>成员数变化</translation>
    </message>
    <message>
        <source>Best posting hours (weekday × hour)</source>
        <translation>最佳发布时段（星期 × 小时）</translation>
    </message>
    <message>
        <source>Retention by join week</source>
        <translation>按入群周的留存</translation>
    </message>
    <message>
        <source>Retention by source channel</source>
        <translation>按来源渠道的留存</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>转化漏斗</translation>
    </message>
    <message>
        <source>Funnel by source channel</source>
        <translation>按来源渠道的漏斗</translation>
    </message>
    <message>
        <source>Funnel by group</source>
        <translation>按社群的漏斗</translation>
    </message>
    <message>
        <source>Revenue per group</source>
        <translation>各社群营收</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>推荐排行</translation>
    </message>
    <message>
        <source>Nothing to show for this group and period yet.</source>
        <translation>此社群和时间段暂无可显示的数据。</translation>
    </message>
</context>
<context>
    <name>qundesk::CalendarPage</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>转到今天（Home）</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>新建条目…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All content lines</source>
        <translation>全部内容线</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Content mix of the week: %1</source>
        <translation>本周内容构成：%1</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>暂无计划</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Marketing above %1% in: %2</source>
        <translation>营销内容超过 %1% 的社群：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Cannot add the item</source>
        <translation>无法添加条目</translation>
    </message>
    <message>
        <source>Cannot open the item</source>
        <translation>无法打开条目</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Cannot change the item</source>
        <translation>无法修改条目</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <source>Cannot move the item</source>
        <translation>无法移动条目</translation>
    </message>
    <message>
        <source>Change the length of “%1”</source>
        <translation>修改“%1”的时长</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出内容日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>无法导出内容日历</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>内容日历已导出</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个条目写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>导入内容日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>无法导入内容日历</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>内容日历已导入</translation>
    </message>
    <message>
        <source>Imported: %1 · already there: %2 · skipped: %3</source>
        <translation>已导入：%1 · 已存在：%2 · 已跳过：%3</translation>
    </message>
</context>
<context>
    <name>qundesk::ChartPanel</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Could not write the image “%1”. Check that the folder exists and is writable.</source>
        <translation>无法写入图片“%1”。请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>What this chart shows: the metric&apos;s definition</source>
        <translation>此图表显示的内容：指标定义</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation>将图表导出为 PNG 图片</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
</context>
<context>
    <name>qundesk::ChatCsvColumnsEditor</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Time column:</source>
        <translation>时间列：</translation>
    </message>
    <message>
        <source>Author column:</source>
        <translation>作者列：</translation>
    </message>
    <message>
        <source>Text column:</source>
        <translation>内容列：</translation>
    </message>
    <message>
        <source>Author id column (optional):</source>
        <translation>作者 ID 列（可选）：</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>选择列…</translation>
    </message>
</context>
<context>
    <name>qundesk::ChatImportDialog</name>
    <message>
        <source>%1 (member #%2)</source>
        <translation>%1（成员 #%2）</translation>
    </message>
    <message>
        <source>A new member</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Several members have this name: choose…</source>
        <translation>多位成员同名：请选择…</translation>
    </message>
    <message>
        <source>This is a full Telegram export: choose the chat to import.</source>
        <translation>这是 Telegram 完整导出：请选择要导入的聊天。</translation>
    </message>
    <message>
        <source>Choose the chat to import.</source>
        <translation>请选择要导入的聊天。</translation>
    </message>
    <message>
        <source>Name the group the messages go to.</source>
        <translation>请填写消息要导入到的社群名称。</translation>
    </message>
    <message>
        <source>Several members are called “%1”: choose who wrote in this chat.</source>
        <translation>有多位成员叫“%1”：请选择在此聊天中发言的是哪一位。</translation>
    </message>
    <message>
        <source>Choose the time zone the export&apos;s times are in.</source>
        <translation>请选择导出文件中时间所用的时区。</translation>
    </message>
    <message>
        <source>Import chat — %1</source>
        <translation>导入聊天 — %1</translation>
    </message>
    <message>
        <source>Detected format: %1</source>
        <translation>识别到的格式：%1</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>聊天：</translation>
    </message>
    <message>
        <source>Into group (created when missing):</source>
        <translation>导入到社群（不存在时自动创建）：</translation>
    </message>
    <message>
        <source>Dates are written as:</source>
        <translation>日期书写顺序：</translation>
    </message>
    <message>
        <source>read from the file</source>
        <translation>从文件中读取</translation>
    </message>
    <message>
        <source>a guess: check the preview</source>
        <translation>推测所得：请检查预览</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>年/月/日</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Times without a zone are in:</source>
        <translation>未标时区的时间所在时区：</translation>
    </message>
    <message>
        <source>First messages:</source>
        <translation>前几条消息：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>发送者</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Authors and the members they become:</source>
        <translation>发送者及其对应的成员：</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the columns that hold the time, the author and the text.</source>
        <translation>请选择包含时间、作者和内容的列。</translation>
    </message>
    <message>
        <source>The file&apos;s columns: choose which hold the time, the author and the text.</source>
        <translation>文件的列：请选择哪些列包含时间、作者和内容。</translation>
    </message>
</context>
<context>
    <name>qundesk::ConditionRow</name>
    <message>
        <source>Silent days</source>
        <translation>沉默天数</translation>
    </message>
    <message>
        <source>Messages in N days</source>
        <translation>近 N 天发言数</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Joined within N days</source>
        <translation>近 N 天内入群</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>生日月份</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Fan level</source>
        <translation>粉丝等级</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>In group</source>
        <translation>所在社群</translation>
    </message>
    <message>
        <source>Has tag</source>
        <translation>拥有标签</translation>
    </message>
    <message>
        <source>Never posted</source>
        <translation>从未发言</translation>
    </message>
    <message>
        <source>In any group</source>
        <translation>在任一社群中</translation>
    </message>
    <message>
        <source>Top quarter by activity</source>
        <translation>活跃度前 25%</translation>
    </message>
    <message>
        <source>within</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>属于</translation>
    </message>
    <message>
        <source>is not in</source>
        <translation>不属于</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>excludes</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Not: %1</source>
        <translation>非：%1</translation>
    </message>
    <message numerus="yes">
        <source>(last %n day(s))</source>
        <translation>
            <numerusform>（近 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>删除此条件</translation>
    </message>
</context>
<context>
    <name>qundesk::ContentItemDialog</name>
    <message>
        <source>Edit calendar item</source>
        <translation>编辑日历条目</translation>
    </message>
    <message>
        <source>New calendar item</source>
        <translation>新建日历条目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Content line</source>
        <translation>内容线</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>A calendar item needs a title.</source>
        <translation>日历条目需要标题。</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupDialog</name>
    <message>
        <source>Give the group a name.</source>
        <translation>请为社群起一个名称。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>A group named “%1” already exists. Choose another name.</source>
        <translation>名为“%1”的社群已存在。请换一个名称。</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>编辑社群</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>定位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Rules and announcement:</source>
        <translation>群规与公告(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Welcome script:</source>
        <translation>欢迎话术(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>运营者(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>运营中</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>The name members see in the chat</source>
        <translation>成员在聊天中看到的群名称</translation>
    </message>
    <message>
        <source>Who runs this group</source>
        <translation>负责运营此群的人</translation>
    </message>
    <message>
        <source>Placeholders filled in when the script is copied: {nickname} the new member, {group} this group, {operator} you.</source>
        <translation>复制话术时会自动填入占位符：{nickname} 为新成员，{group} 为本群，{operator} 为你。</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupSwitcher</name>
    <message numerus="yes">
        <source>You run %n active group(s).</source>
        <translation>
            <numerusform>你正在运营 %n 个活跃社群。</numerusform>
        </translation>
    </message>
    <message>
        <source>A comfortable load.</source>
        <translation>负担适中。</translation>
    </message>
    <message>
        <source>Near the limit: more than seven groups lowers conversion.</source>
        <translation>接近上限：超过七个群会降低转化。</translation>
    </message>
    <message>
        <source>Too many groups for one operator: conversion drops above seven.</source>
        <translation>一个人运营的群太多了：超过七个群转化会下降。</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>The group the pages show</source>
        <translation>各页面显示的社群</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupTableModel</name>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>已用 %1 / %2 个名额</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>运营中</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群名称</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation>未设置容量</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s) sent a message in the last 7 days</source>
        <translation>
            <numerusform>近 7 天 %n 位成员中有 %1 位发过言</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 30 days: %1 joined, %2 left</source>
        <translation>近 30 天：入群 %1 人，退群 %2 人</translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s) in the last 30 days, revenue %1</source>
        <translation>
            <numerusform>近 30 天有 %n 位购买者，营收 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Health score 0–100: 40% weekly active rate (target 40%), 20% net growth in 30 days, 25% conversion (target 10%), 15% room left in the group.</source>
        <translation>健康分 0–100：周活跃率占 40%（目标 40%），30 天净增长占 20%，转化率占 25%（目标 10%），群剩余容量占 15%。</translation>
    </message>
    <message>
        <source>Members who sent at least one message in the last 7 days, as a share of the members present today</source>
        <translation>近 7 天至少发过一条消息的成员占今日在群成员的比例</translation>
    </message>
    <message>
        <source>Joins minus leaves in the last 30 days</source>
        <translation>近 30 天入群人数减去退群人数</translation>
    </message>
    <message>
        <source>Members with an order in this group in the last 30 days, as a share of the members present today</source>
        <translation>近 30 天在本群下过单的成员占今日在群成员的比例</translation>
    </message>
    <message>
        <source>Capacity
used</source>
        <translation>容量
占用</translation>
    </message>
    <message>
        <source>Active
7 days</source>
        <translation>7 天
活跃</translation>
    </message>
    <message>
        <source>Growth
30 days</source>
        <translation>30 天
增长</translation>
    </message>
    <message>
        <source>Conversion
30 days</source>
        <translation>30 天
转化</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Not enough data yet: a group is scored once it has members and 7 days of history.</source>
        <translation>数据尚不足：社群有成员且有 7 天的历史数据后才会评分。</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupsPage</name>
    <message>
        <source>Search groups, platforms, operators…</source>
        <translation>搜索社群、平台、运营者…</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>还没有社群</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个社群</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s)</source>
        <translation>
            <numerusform>%1 / %n 个社群</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at %2% of its capacity (%3/%4).</source>
        <translation>%1 已用容量 %2%（%3/%4）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %n active group(s): beyond seven groups conversion drops. Hand some over or archive the quiet ones.</source>
        <translation>
            <numerusform>%1 正在运营 %n 个活跃社群：超过七个群转化会下降。请移交一部分，或归档冷清的群。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %n active group(s): close to the limit of seven.</source>
        <translation>
            <numerusform>%1 正在运营 %n 个活跃社群：已接近七个群的上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the group</source>
        <translation>无法修改社群</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>新建社群…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Create a group with “New group…”, import a chat export, or open the demo workspace (File ▸ Open workspace…).</source>
        <translation>通过“新建社群…”创建社群、导入聊天记录，或打开演示工作区（文件 ▸ 打开工作区…）。</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
</context>
<context>
    <name>qundesk::ImportHistoryView</name>
    <message>
        <source>Member list</source>
        <translation>成员名单</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Chat export</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace yet.</source>
        <translation>此工作区还没有导入过任何内容。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>qundesk::ImportPage</name>
    <message>
        <source>Import member list</source>
        <translation>导入成员名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Importing members</source>
        <translation>正在导入成员</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>%1 的导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Bring in what you already have. Every import is previewed first, runs all or nothing, and can be repeated: rows already imported are recognised and not added twice.</source>
        <translation>把已有的数据导进来。每次导入都会先预览，要么全部导入、要么全不导入，并且可以重复导入：已导入过的行会被识别出来，不会重复添加。</translation>
    </message>
    <message>
        <source>Member list (CSV)</source>
        <translation>成员名单（CSV）</translation>
    </message>
    <message>
        <source>A table of people exported from Excel, WPS or another tool, in UTF-8 or GB18030. Columns understood: name, handle, platform, group, role, joined, gender, birthday, city, source, referrer, tags (separated by , or ;), notes and phone. You map the columns in a preview before anything is stored.</source>
        <translation>从 Excel、WPS 或其他工具导出的人员表格，编码为 UTF-8 或 GB18030。可识别的列：姓名、账号、平台、社群、角色、入群时间、性别、生日、城市、来源渠道、推荐人、标签（以 , 或 ; 分隔）、备注和手机。保存任何数据之前，你会先在预览中对应好各列。</translation>
    </message>
    <message>
        <source>Import member list…</source>
        <translation>导入成员名单…</translation>
    </message>
    <message>
        <source>Chat exports</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <source>Last import: %1 — %2 imported, %3 duplicates, %4 skipped.</source>
        <translation>上次导入：%1 — 导入 %2 行，重复 %3 行，跳过 %4 行。</translation>
    </message>
    <message>
        <source>Import chat export</source>
        <translation>导入聊天记录</translation>
    </message>
    <message>
        <source>Importing a chat</source>
        <translation>正在导入聊天记录</translation>
    </message>
    <message>
        <source>Import chat export…</source>
        <translation>导入聊天记录…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation>跳过无效行</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of %1 are invalid and will be skipped — continue? Nothing has been imported yet.</source>
        <translation>
            <numerusform>%1 行中有 %n 行无效，将被跳过——是否继续？目前尚未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import order list</source>
        <translation>导入订单列表</translation>
    </message>
    <message>
        <source>Importing orders</source>
        <translation>正在导入订单</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.txt *.zip *.csv);;All files (*)</source>
        <translation>聊天导出 (*.json *.txt *.zip *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Order list (CSV)</source>
        <translation>订单列表（CSV）</translation>
    </message>
    <message>
        <source>Orders from your shop or a spreadsheet, in UTF-8 or GB18030: order number, date, the buyer&apos;s name, handle or phone, amount, currency, product and group. Buyers are matched to members; orders already imported are recognised by their number (or by date, buyer, amount and product). Stages and tags follow the new orders.</source>
        <translation>来自店铺或表格的订单，UTF-8 或 GB18030 编码：订单号、日期、购买者的名称、账号或手机、金额、币种、商品和社群。购买者会与成员匹配；已导入的订单按订单号识别（或按日期、购买者、金额和商品）。生命周期阶段和标签会随新订单更新。</translation>
    </message>
    <message>
        <source>Import order list…</source>
        <translation>导入订单列表…</translation>
    </message>
    <message>
        <source>A Telegram Desktop export (result.json, one chat or a full export), a WhatsApp “Export chat” (.txt or .zip), a WeChat chat saved as CSV by MemoTrace or PyWxDump, a DiscordChatExporter CSV or JSON, or any CSV with time, author and text columns. Messages become member activity; joins and leaves update the groups. You see the first messages and who each author is before anything is stored; importing the same export again adds nothing. You can also drop a file on this page.</source>
        <translation>Telegram Desktop 导出（result.json，单个聊天或完整导出）、WhatsApp“导出聊天”（.txt 或 .zip）、由 MemoTrace 或 PyWxDump 保存为 CSV 的微信聊天、DiscordChatExporter CSV 或 JSON，或任意含时间、作者和内容列的 CSV。消息会成为成员的活跃记录；入群和退群会更新社群。在存储任何内容之前，你会看到前几条消息以及每位作者对应的成员；再次导入同一导出不会新增任何内容。也可以将文件拖放到此页面。</translation>
    </message>
</context>
<context>
    <name>qundesk::ImportReportDialog</name>
    <message>
        <source>Import report — %1</source>
        <translation>导入报告 — %1</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>已导入行数</translation>
    </message>
    <message>
        <source>Already known (duplicates)</source>
        <translation>已存在（重复）</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>跳过行数</translation>
    </message>
    <message>
        <source>Members created</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <source>Groups created</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <source>Tags created</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>No row had a problem.</source>
        <translation>所有行均无问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n row problem(s), by line of the file:</source>
        <translation>
            <numerusform>共 %n 个问题，按文件行号列出：</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>复制问题(&amp;C)</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>入群</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>退群</translation>
    </message>
</context>
<context>
    <name>qundesk::JobIndicator</name>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (editing waits until this ends)</source>
        <translation>%1（完成前暂不能编辑）</translation>
    </message>
</context>
<context>
    <name>qundesk::JobRunner</name>
    <message>
        <source>Cancelled before it started; nothing was changed.</source>
        <translation>在开始前已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>qundesk::KpiTile</name>
    <message>
        <source>– vs previous period</source>
        <translation>– 与上一时间段相比</translation>
    </message>
    <message>
        <source>%1 %2% vs previous period</source>
        <translation>%1 %2% 与上一时间段相比</translation>
    </message>
</context>
<context>
    <name>qundesk::LinkMemberDialog</name>
    <message>
        <source>Link with another member</source>
        <translation>与其他成员关联</translation>
    </message>
    <message>
        <source>Choose the record of the same person on another platform. Their accounts are then shown together; this can be undone.</source>
        <translation>选择同一个人在其他平台上的记录。关联后，其账号会合并显示；此操作可以撤销。</translation>
    </message>
    <message>
        <source>Type a name to search…</source>
        <translation>输入名称进行搜索…</translation>
    </message>
</context>
<context>
    <name>qundesk::MainMenus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>恢复(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Metric &amp;glossary</source>
        <translation>指标释义(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About QunDesk</source>
        <translation>关于 QunDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tags and rules…</source>
        <translation>标签与规则(&amp;T)…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>导出内容日历(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import calendar…</source>
        <translation>导入内容日历(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Trainer mode…</source>
        <translation>培训模式(&amp;T)…</translation>
    </message>
    <message>
        <source>Plays SOPs forward on a separate copy of the demo workspace, with a simulated clock and large type for a projector</source>
        <translation>在演示工作区的独立副本上快进播放 SOP，使用模拟时钟和大字体，适合投影演示</translation>
    </message>
    <message>
        <source>Export &amp;weekly report…</source>
        <translation>导出周报(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>qundesk::MainWindow</name>
    <message>
        <source>%1 — QunDesk</source>
        <translation>%1 — QunDesk</translation>
    </message>
    <message>
        <source>QunDesk</source>
        <translation>QunDesk</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>A desktop workbench for chat-group operators: groups, members, content calendar, SOP scripts and conversion charts, kept in one file on your own computer.</source>
        <translation>社群运营的桌面工作台：社群、成员、内容日历、SOP 话术和转化图表，全部保存在你自己电脑上的一个文件里。</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>以 GNU 通用公共许可证第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <source>About QunDesk</source>
        <translation>关于 QunDesk</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>No program could show the folder %1.</source>
        <translation>没有程序能够显示文件夹 %1。</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>时区：%1</translation>
    </message>
    <message>
        <source>Days, “today” and reports of this workspace follow this time zone (Edit ▸ Preferences…). Schema version %1.</source>
        <translation>本工作区的日期、“今天”和报表都按这个时区计算（编辑 ▸ 偏好设置…）。架构版本 %1。</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberDetailDialog</name>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>账号身份</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐关系</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>抹除个人数据…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>该成员已不存在。</translation>
    </message>
    <message>
        <source>Member — %1</source>
        <translation>成员 — %1</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>从未活跃</translation>
    </message>
    <message numerus="yes">
        <source>silent for %n day(s)</source>
        <translation>
            <numerusform>已沉默 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>抹除个人数据</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1” for good?</source>
        <translation>要永久抹除“%1”的个人数据吗？</translation>
    </message>
    <message>
        <source>The name is replaced, every profile field, note and platform account is removed and the text of their messages is cleared. Counts of messages and orders stay, anonymous. This cannot be undone, and the undo history of this window is cleared too.</source>
        <translation>姓名将被替换，所有资料字段、备注和平台账号都会被删除，其消息内容也会被清空。消息数和订单数会以匿名方式保留。此操作无法撤销，此窗口的撤销历史也会一并清空。</translation>
    </message>
    <message>
        <source>active today</source>
        <translation>今天活跃</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberFilterBar</name>
    <message>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <source>Any silence</source>
        <translation>不限沉默天数</translation>
    </message>
    <message>
        <source>Silent ≥ </source>
        <translation>沉默 ≥ </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Only members silent for at least this many days (0 = any)</source>
        <translation>只显示沉默天数不少于此值的成员（0 = 不限）</translation>
    </message>
    <message>
        <source>Never posted</source>
        <translation>从未发言</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>保存为分层…</translation>
    </message>
    <message>
        <source>Save these filters as a segment for SOPs and the calendar</source>
        <translation>将当前筛选条件保存为分层，供 SOP 和内容日历使用</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberGroupsTab</name>
    <message>
        <source>Mark as left</source>
        <translation>标记为已退群</translation>
    </message>
    <message>
        <source>Record that the member left “%1” now?</source>
        <translation>要记录该成员现在已退出“%1”吗？</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>可通过“编辑 ▸ 撤销”撤回此操作。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>主动退群</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>标记为已退群…</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberIdentitiesTab</name>
    <message>
        <source>Platform accounts</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账号 ID</translation>
    </message>
    <message>
        <source>Same person on other records</source>
        <translation>同一人的其他记录</translation>
    </message>
    <message>
        <source>Link with another member…</source>
        <translation>与其他成员关联…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Takes the selected member (or this one) out of the person.</source>
        <translation>将所选成员（或当前成员）从此人的关联记录中移出。</translation>
    </message>
    <message>
        <source>No other record is linked to this member.</source>
        <translation>没有其他记录与该成员关联。</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <source>Import member list — %1</source>
        <translation>导入成员名单 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Check how the columns are read. The first %n row(s) of the file are shown; choose in the top row what each column holds.</source>
        <translation>
            <numerusform>请检查各列的识别结果。下方显示文件的前 %n 行；请在最上面一行为每一列选择对应的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1 · column mapping remembered from an earlier import</source>
        <translation>编码：%1 · 已沿用上次导入时的列映射</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>Year-month-day (2024-05-03)</source>
        <translation>年-月-日（2024-05-03）</translation>
    </message>
    <message>
        <source>Day-month-year (03/05/2024)</source>
        <translation>日/月/年（03/05/2024）</translation>
    </message>
    <message>
        <source>Month-day-year (05/03/2024)</source>
        <translation>月/日/年（05/03/2024）</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>日期格式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Group for rows without one:</source>
        <translation>未填社群的行归入(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Platform for rows without one:</source>
        <translation>未填平台的行使用(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberOrdersTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Add order…</source>
        <translation>添加订单…</translation>
    </message>
    <message>
        <source>Delete order…</source>
        <translation>删除订单…</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>还没有订单。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), %1 in all</source>
        <translation>
            <numerusform>%n 笔订单，共计 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>删除订单</translation>
    </message>
    <message>
        <source>Delete the order of %1 from %2?</source>
        <translation>要删除 %2 金额为 %1 的订单吗？</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>可通过“编辑 ▸ 撤销”撤回此操作。</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberProfileForm</name>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>生日：</translation>
    </message>
    <message>
        <source>Age band:</source>
        <translation>年龄段：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Source channel:</source>
        <translation>来源渠道：</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>推荐人：</translation>
    </message>
    <message>
        <source>Member tier:</source>
        <translation>会员等级：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Do not disturb:</source>
        <translation>免打扰：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>无结束日期</translation>
    </message>
    <message>
        <source>e.g. 25-34</source>
        <translation>例如 25-34</translation>
    </message>
    <message>
        <source>Type a name to search…</source>
        <translation>输入名称进行搜索…</translation>
    </message>
    <message>
        <source>until</source>
        <translation>直到</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>A member needs a display name.</source>
        <translation>成员需要一个显示名称。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTab</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTableModel</name>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Fan level</source>
        <translation>粉丝等级</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最后发言</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>最近触达</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTagsTab</name>
    <message>
        <source>Checked tags belong to this member. Rule tags come back when their rule still matches at the next evaluation.</source>
        <translation>勾选的标签属于该成员。规则添加的标签如果在下次评估时仍符合规则，会被重新打上。</translation>
    </message>
    <message>
        <source>No tags yet: create them on the Tags page.</source>
        <translation>还没有标签：请在标签页面中创建。</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTimelineView</name>
    <message>
        <source>Nothing has happened with this member yet.</source>
        <translation>该成员还没有任何动态。</translation>
    </message>
    <message>
        <source>What was it about? (optional)</source>
        <translation>聊了什么？（可选）</translation>
    </message>
    <message>
        <source>Log a touch</source>
        <translation>记录触达</translation>
    </message>
    <message>
        <source>Records that you contacted this member now; it counts against the weekly touch cap on the private channel.</source>
        <translation>记录你刚刚联系过该成员；计入私聊渠道的每周触达上限。</translation>
    </message>
</context>
<context>
    <name>qundesk::MembersPage</name>
    <message numerus="yes">
        <source>%1 of %n member(s)</source>
        <translation>
            <numerusform>%1 / %n 位成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Search names, handles, notes…</source>
        <translation>搜索姓名、账号、备注…</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>新建成员…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>打标签…</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <source>Add to group…</source>
        <translation>加入社群…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the members listed now to CSV or Excel</source>
        <translation>将当前列出的成员导出为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>还没有成员</translation>
    </message>
    <message>
        <source>Import a member list or add one.</source>
        <translation>导入成员名单，或手动添加成员。</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>No member matches these filters</source>
        <translation>没有符合筛选条件的成员</translation>
    </message>
    <message>
        <source>Try another search or fewer filters.</source>
        <translation>请换个关键词，或减少筛选条件。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation>删除成员</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s)?</source>
        <translation>
            <numerusform>要删除 %n 位成员吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Their accounts, group stays, tags, activity and touches are deleted with them; messages and orders stay without a member. Edit ▸ Undo brings everything back.</source>
        <translation>其账号、入群记录、标签、活跃数据和触达记录将一并删除；消息和订单会保留，但不再关联成员。通过“编辑 ▸ 撤销”可全部恢复。</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>加入社群</translation>
    </message>
    <message>
        <source>Tag members</source>
        <translation>为成员打标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n member(s) — choose one or type a new one:</source>
        <translation>
            <numerusform>为 %n 位成员打标签——选择已有标签或输入新标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>Untag members</source>
        <translation>移除成员标签</translation>
    </message>
    <message>
        <source>There are no tags yet.</source>
        <translation>还没有标签。</translation>
    </message>
    <message numerus="yes">
        <source>Tag to take away from %n member(s):</source>
        <translation>
            <numerusform>要从 %n 位成员移除的标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>还没有社群。</translation>
    </message>
    <message numerus="yes">
        <source>Group for %n member(s):</source>
        <translation>
            <numerusform>将 %n 位成员加入社群：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>导出成员</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 位成员导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Could not save the segment</source>
        <translation>无法保存分层</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>保存为分层</translation>
    </message>
    <message>
        <source>Name of the new segment:</source>
        <translation>新分层的名称：</translation>
    </message>
</context>
<context>
    <name>qundesk::MetricGlossaryDialog</name>
    <message>
        <source>Active member</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>A member is active in a group on a day when they sent at least one message there that day.</source>
        <translation>成员在某天于某群内发送了至少一条消息，即为该群当天的活跃成员。</translation>
    </message>
    <message>
        <source>DAU and active rate</source>
        <translation>日活与活跃率</translation>
    </message>
    <message>
        <source>DAU is the number of distinct active members of a group on a day; the active rate is DAU divided by the members present that day (joined on or before it, not yet left). WAU and MAU use 7- and 30-day windows.</source>
        <translation>日活（DAU）是某群某天不重复的活跃成员数；活跃率 = 日活 ÷ 当天在群成员数（当天或之前入群、尚未退群）。周活（WAU）和月活（MAU）分别按 7 天和 30 天窗口计算。</translation>
    </message>
    <message>
        <source>Silent days</source>
        <translation>沉默天数</translation>
    </message>
    <message>
        <source>Days since the member&apos;s last message in the group, or since joining when they never posted. A member is silent from 30 silent days on (configurable).</source>
        <translation>距成员在群内最后一次发言的天数；从未发言的按入群起计算。沉默天数达到 30 天（可配置）即视为沉默成员。</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Joins, leaves and net change per day, and the member count over time.</source>
        <translation>每天的入群、退群和净增人数，以及成员数随时间的变化。</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Of the members who joined in week w, the share that is active in week w+k.</source>
        <translation>第 w 周入群的成员中，在第 w+k 周仍然活跃的比例。</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>转化漏斗</translation>
    </message>
    <message>
        <source>Members → engaged (active at least once in the period) → buyers (an order in the period) → repeat buyers (two or more orders in all, one in the period). The conversion rate is buyers divided by members.</source>
        <translation>成员 → 互动成员（期间至少活跃一次）→ 购买者（期间有订单）→ 复购者（累计两单及以上，且期间有一单）。转化率 = 购买者 ÷ 成员数。</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>The first rule that matches wins: Declining when silent 30 days or more and no order in 90 days; Extending with 2 or more orders or at least one referral; Mature with 1 order or more; New when joined less than 14 days ago; otherwise Growing. All thresholds are configurable.</source>
        <translation>按顺序取第一条符合的规则：沉默 30 天及以上且 90 天内无订单为衰退期；2 单及以上或至少推荐过一人为延展期；1 单及以上为成熟期；入群不满 14 天为初培期；其余为成长期。所有阈值均可配置。</translation>
    </message>
    <message>
        <source>Top-20% share</source>
        <translation>前 20% 贡献占比</translation>
    </message>
    <message>
        <source>The revenue of the top fifth of buyers divided by all revenue.</source>
        <translation>消费最高的前五分之一购买者的营收 ÷ 全部营收。</translation>
    </message>
    <message>
        <source>Operator load</source>
        <translation>运营负荷</translation>
    </message>
    <message>
        <source>Active groups run by one operator: up to 5 is green, 6 to 7 amber, more is red.</source>
        <translation>一位运营者负责的活跃群数：不超过 5 个为绿灯，6–7 个为黄灯，更多为红灯。</translation>
    </message>
    <message>
        <source>Fatigue limits</source>
        <translation>防打扰上限</translation>
    </message>
    <message>
        <source>By default at most 3 private touches per member per 7 days, at most 4 planned posts per group per day, quiet hours from 22:00 to 08:00, and a marketing line of at most 40% of a group&apos;s week.</source>
        <translation>默认每位成员每 7 天最多私聊触达 3 次，每群每天最多计划发布 4 条，22:00 至 08:00 为免打扰时段，营销内容最多占群内一周内容的 40%。</translation>
    </message>
    <message>
        <source>Metric glossary</source>
        <translation>指标释义</translation>
    </message>
    <message>
        <source>Every chart, report and command uses these definitions.</source>
        <translation>所有图表、报表和命令都使用这些定义。</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>每日消息数</translation>
    </message>
    <message>
        <source>Messages sent in a group on each day, counted on the day they were sent in the workspace&apos;s time zone; days without messages count zero.</source>
        <translation>每天在社群中发送的消息数，按工作区时区的发送日期计算；没有消息的天计为零。</translation>
    </message>
    <message>
        <source>Best posting hours</source>
        <translation>最佳发布时段</translation>
    </message>
    <message>
        <source>Messages per weekday and hour of the day over the period, in the workspace&apos;s time zone: the darker the cell, the more the group talks then.</source>
        <translation>时间段内按星期和小时统计的消息数（工作区时区）：格子颜色越深，该时段群内讨论越多。</translation>
    </message>
    <message>
        <source>Revenue per group</source>
        <translation>各社群营收</translation>
    </message>
    <message>
        <source>The amount of the orders of the period attributed to each group, in the workspace currency; amounts in other currencies are shown apart, never added.</source>
        <translation>时间段内归属各社群的订单金额，以工作区币种计；其他币种的金额单独显示，不会相加。</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>推荐排行</translation>
    </message>
    <message>
        <source>Members ranked by the members they invited who joined in the period, with how many of those have bought.</source>
        <translation>按时间段内所邀请并入群的成员数对成员排名，并显示其中已购买的人数。</translation>
    </message>
</context>
<context>
    <name>qundesk::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::NewMemberDialog</name>
    <message>
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <source>Display name, e.g. 小红</source>
        <translation>显示名称，例如 小红</translation>
    </message>
    <message>
        <source>Account name or ID on the platform (optional)</source>
        <translation>平台上的账号名或 ID（可选）</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>不加入社群</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>账号(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>社群(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源渠道(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>qundesk::OrderEntryDialog</name>
    <message>
        <source>Add order</source>
        <translation>添加订单</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（无社群）</translation>
    </message>
    <message>
        <source>e.g. green tea gift box</source>
        <translation>例如 绿茶礼盒</translation>
    </message>
</context>
<context>
    <name>qundesk::OrderImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <source>Import orders — %1</source>
        <translation>导入订单 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Check how the columns are read. The first %n row(s) of the file are shown; choose in the top row what each column holds. Each order needs a date, an amount and its buyer (a member&apos;s name, handle or phone).</source>
        <translation>
            <numerusform>请检查列的读取方式。下面显示文件的前 %n 行；请在顶行选择每列的内容。每个订单都需要日期、金额和购买者（成员名称、账号或手机）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>Year-month-day (2024-05-03)</source>
        <translation>年-月-日（2024-05-03）</translation>
    </message>
    <message>
        <source>Day-month-year (03/05/2024)</source>
        <translation>日/月/年（03/05/2024）</translation>
    </message>
    <message>
        <source>Month-day-year (05/03/2024)</source>
        <translation>月/日/年（05/03/2024）</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>日期格式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown cannot be read as orders (marked; point at a row for the reason). The import will ask before skipping them.</source>
        <translation>
            <numerusform>显示的行中有 %n 行无法读取为订单（已标记；将鼠标指向该行可查看原因）。导入前会询问是否跳过这些行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::PlaceholderPage</name>
    <message>
        <source>This page arrives in a coming version of QunDesk.</source>
        <translation>此页面将在 QunDesk 后续版本中推出。</translation>
    </message>
</context>
<context>
    <name>qundesk::RecurrenceEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>自定义规则</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>不结束</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>直到</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Every N (days, weeks, months or years)</source>
        <translation>每 N（天、周、月或年）</translation>
    </message>
</context>
<context>
    <name>qundesk::ReferralView</name>
    <message>
        <source>Invited by</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Nobody known: the member came on their own.</source>
        <translation>没有已知的邀请人：该成员是自己加入的。</translation>
    </message>
    <message numerus="yes">
        <source>Invited %n member(s) in all</source>
        <translation>
            <numerusform>共邀请了 %n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <source>… and more</source>
        <translation>… 以及更多</translation>
    </message>
</context>
<context>
    <name>qundesk::SettingsDialog</name>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>The workspace settings could not be saved.</source>
        <translation>工作区设置无法保存。</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>当前工作区</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Silent after (days):</source>
        <translation>沉默判定（天）：</translation>
    </message>
    <message>
        <source>New member for (days):</source>
        <translation>新成员期（天）：</translation>
    </message>
    <message>
        <source>Declining without order for (days):</source>
        <translation>无订单判为衰退（天）：</translation>
    </message>
    <message>
        <source>Extending from (orders):</source>
        <translation>延展期起点（订单数）：</translation>
    </message>
    <message>
        <source>Private touches per member per week:</source>
        <translation>每位成员每周私聊触达上限：</translation>
    </message>
    <message>
        <source>Posts per group per day:</source>
        <translation>每群每天发布上限：</translation>
    </message>
    <message>
        <source>Quiet hours start:</source>
        <translation>免打扰开始：</translation>
    </message>
    <message>
        <source>Quiet hours end:</source>
        <translation>免打扰结束：</translation>
    </message>
    <message>
        <source>Marketing share of a group&apos;s week at most:</source>
        <translation>营销内容占群内一周的上限：</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list.</source>
        <translation>“%1”不是时区；请从列表中选择一个。</translation>
    </message>
    <message>
        <source>Updating the members&apos; stages…</source>
        <translation>正在更新成员的生命周期阶段…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stages not updated</source>
        <translation>生命周期阶段未更新</translation>
    </message>
    <message>
        <source>The settings are saved, but the members&apos; stages could not be updated; they are brought up to date tomorrow.</source>
        <translation>设置已保存，但成员的生命周期阶段未能更新；它们将在明天更新。</translation>
    </message>
    <message>
        <source>Days, “today”, silence, stages and reports of this workspace follow this zone on every computer. Changing it rebuilds them; calendar and SOP times keep their clock time.</source>
        <translation>此工作区的日期、“今天”、沉默天数、生命周期阶段和报表在任何电脑上都按此时区计算。更改时区会重新计算这些数据；内容日历和 SOP 的时间保持原来的钟点不变。</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Revenue is added up in this currency; orders in other currencies are shown apart, never added to it.</source>
        <translation>营收按此币种汇总；其他币种的订单单独显示，不会计入其中。</translation>
    </message>
</context>
<context>
    <name>qundesk::SopApplyDialog</name>
    <message>
        <source>Apply “%1”</source>
        <translation>应用“%1”</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply to a</source>
        <translation>应用于</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>具体对象</translation>
    </message>
    <message>
        <source>Starting on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Choose whom the SOP is for.</source>
        <translation>请选择 SOP 的对象。</translation>
    </message>
    <message numerus="yes">
        <source>Group-wide tasks for a group of %n member(s).</source>
        <translation>
            <numerusform>为 %n 人的社群安排全群任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) now; members who arrive later get theirs too.</source>
        <translation>
            <numerusform>目前 %n 位成员；之后加入的成员也会收到各自的任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::SopDryRunView</name>
    <message>
        <source>Day %1 · %2</source>
        <translation>第 %1 天 · %2</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Member joins on</source>
        <translation>成员入群日期</translation>
    </message>
    <message numerus="yes">
        <source>Started on %1, a member receives %n message(s):</source>
        <translation>
            <numerusform>从 %1 开始，成员将收到 %n 条消息：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A member who joins on %1 receives %n message(s):</source>
        <translation>
            <numerusform>在 %1 入群的成员将收到 %n 条消息：</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
</context>
<context>
    <name>qundesk::SopEditor</name>
    <message>
        <source>every %1</source>
        <translation>每%1</translation>
    </message>
    <message>
        <source>day %1, then every %2 days</source>
        <translation>第 %1 天，之后每 %2 天</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>(no other SOP)</source>
        <translation>（无其他 SOP）</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Add a step to see its script for a real member.</source>
        <translation>添加步骤后，可查看其话术套用到真实成员后的效果。</translation>
    </message>
    <message>
        <source>Save SOP</source>
        <translation>保存 SOP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>for a</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>counting days</source>
        <translation>起算</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>then tag</source>
        <translation>然后打标签</translation>
    </message>
    <message>
        <source>and start</source>
        <translation>并启动</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Ends early when the member buys</source>
        <translation>成员购买后提前结束</translation>
    </message>
    <message>
        <source>tag (optional)</source>
        <translation>标签（可选）</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Window · channel</source>
        <translation>时段 · 渠道</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
</context>
<context>
    <name>qundesk::SopPage</name>
    <message>
        <source>New SOP</source>
        <translation>新建 SOP</translation>
    </message>
    <message>
        <source>Built-in SOPs</source>
        <translation>内置 SOP</translation>
    </message>
    <message numerus="yes">
        <source>%n SOP(s) added; %1 were there already.</source>
        <translation>
            <numerusform>已添加 %n 个 SOP；%1 个已存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import SOPs</source>
        <translation>导入 SOP</translation>
    </message>
    <message>
        <source>SOP files (*.json)</source>
        <translation>SOP 文件 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n SOP(s) imported; %1 were there already.</source>
        <translation>
            <numerusform>已导入 %n 个 SOP；%1 个已存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SOP</source>
        <translation>导出 SOP</translation>
    </message>
    <message>
        <source>Delete SOP</source>
        <translation>删除 SOP</translation>
    </message>
    <message>
        <source>Delete “%1” with its runs and tasks?</source>
        <translation>删除“%1”及其执行和任务？</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Add the built-in library</source>
        <translation>添加内置 SOP 库</translation>
    </message>
    <message>
        <source>Onboarding, reactivation, birthday, big-sale, referral, new-group and VIP playbooks, in the interface language</source>
        <translation>新人欢迎、沉默唤醒、生日、大促、转介绍、新群和 VIP 剧本，使用界面语言</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>应用…</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>预演</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>执行记录</translation>
    </message>
</context>
<context>
    <name>qundesk::SopRunsView</name>
    <message>
        <source>whole group</source>
        <translation>全群</translation>
    </message>
    <message>
        <source>%1 of %2 settled (%3 done)</source>
        <translation>已处理 %1/%2（完成 %3）</translation>
    </message>
    <message>
        <source>no task yet</source>
        <translation>暂无任务</translation>
    </message>
    <message numerus="yes">
        <source>Completion: %1 of the %n task(s) due so far are done (%2).</source>
        <translation>
            <numerusform>完成率：截至目前到期的 %n 个任务中已完成 %1 个（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>  Step %1 “%2”: %3 of %4 (%5)</source>
        <translation>  第 %1 步“%2”：%3/%4（%5）</translation>
    </message>
    <message>
        <source>Conversion: %1 of %2 members it cared for bought (%3); comparable members of the same groups and join months: %4 of %5 (%6).</source>
        <translation>转化：其关怀的 %2 位成员中有 %1 位购买（%3）；同社群、同入群月份的可比成员：%5 位中有 %4 位（%6）。</translation>
    </message>
    <message>
        <source>Stop run</source>
        <translation>停止执行</translation>
    </message>
    <message>
        <source>Stop this run? Its open tasks are removed; what was done stays.</source>
        <translation>停止此次执行？未完成的任务将被移除；已完成的保留。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>qundesk::SopStepForm</name>
    <message>
        <source>day </source>
        <translation>天数 </translation>
    </message>
    <message>
        <source>once</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>repeat every</source>
        <translation>重复间隔</translation>
    </message>
    <message>
        <source>Send between</source>
        <translation>发送时段</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>One item a line (optional)</source>
        <translation>每行一项（可选）</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>插入占位符</translation>
    </message>
</context>
<context>
    <name>qundesk::TagManagerDialog</name>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Cannot add the tag</source>
        <translation>无法添加标签</translation>
    </message>
    <message>
        <source>Tag “%1” added.</source>
        <translation>已添加标签“%1”。</translation>
    </message>
    <message>
        <source>Cannot change the tag</source>
        <translation>无法修改标签</translation>
    </message>
    <message>
        <source>Tag “%1” saved.</source>
        <translation>已保存标签“%1”。</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? %n member(s) carry it; it is taken from them and its automatic rules are deleted too.</source>
        <translation>
            <numerusform>要删除标签“%1”吗？有 %n 位成员带有此标签；删除后会从这些成员身上移除，其自动规则也会一并删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the tag</source>
        <translation>无法删除标签</translation>
    </message>
    <message>
        <source>Tag “%1” deleted.</source>
        <translation>已删除标签“%1”。</translation>
    </message>
    <message>
        <source>Rule saved: %1, %2.</source>
        <translation>规则已保存：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>新增 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>移除 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? Tags it gave stay until the rules run again.</source>
        <translation>要删除规则“%1”吗？它打上的标签会保留到下次运行规则时。</translation>
    </message>
    <message>
        <source>Cannot delete the rule</source>
        <translation>无法删除规则</translation>
    </message>
    <message>
        <source>Rule “%1” deleted.</source>
        <translation>已删除规则“%1”。</translation>
    </message>
    <message>
        <source>Cannot change the rule</source>
        <translation>无法修改规则</translation>
    </message>
    <message>
        <source>Rule “%1” enabled.</source>
        <translation>已启用规则“%1”。</translation>
    </message>
    <message>
        <source>Rule “%1” disabled.</source>
        <translation>已停用规则“%1”。</translation>
    </message>
    <message>
        <source>Cannot run the rules</source>
        <translation>无法运行规则</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1，%2。</translation>
    </message>
    <message>
        <source>Rules run</source>
        <translation>规则运行完成</translation>
    </message>
    <message>
        <source>Tags and rules</source>
        <translation>标签与规则</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Automatic rules</source>
        <translation>自动规则</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>规则添加</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>颜色(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>分类(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Add as new tag</source>
        <translation>添加为新标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>新建规则(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Run rules now</source>
        <translation>立即运行规则(&amp;R)</translation>
    </message>
</context>
<context>
    <name>qundesk::TagRuleEditor</name>
    <message>
        <source>Add at least one condition.</source>
        <translation>请至少添加一个条件。</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>请为规则命名。</translation>
    </message>
    <message>
        <source>Choose or type the tag it gives.</source>
        <translation>请选择或输入规则要打上的标签。</translation>
    </message>
    <message>
        <source>Cannot save the rule</source>
        <translation>无法保存规则</translation>
    </message>
    <message>
        <source>Edit tag rule</source>
        <translation>编辑标签规则</translation>
    </message>
    <message>
        <source>New tag rule</source>
        <translation>新建标签规则</translation>
    </message>
    <message>
        <source>Rule &amp;name:</source>
        <translation>规则名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Gives the &amp;tag:</source>
        <translation>打上标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Members who match:</source>
        <translation>成员需符合(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. Bought twice</source>
        <translation>例如 复购两次</translation>
    </message>
    <message>
        <source>all of the conditions (AND)</source>
        <translation>全部条件（AND）</translation>
    </message>
    <message>
        <source>any of the conditions (OR)</source>
        <translation>任一条件（OR）</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>添加条件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save and apply</source>
        <translation>保存并应用(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match</source>
        <translation>
            <numerusform>%n 位成员符合</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::TimeZonePicker</name>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Moving days, activity, stages and tags to %1…</source>
        <translation>正在将日期、活跃数据、生命周期阶段和标签切换到 %1…</translation>
    </message>
    <message>
        <source>The time zone was not changed.</source>
        <translation>时区未更改。</translation>
    </message>
    <message>
        <source>The time zone could not be changed; the workspace is as it was.</source>
        <translation>无法更改时区；工作区保持原样。</translation>
    </message>
</context>
<context>
    <name>qundesk::TodayPage</name>
    <message numerus="yes">
        <source>%1 runs %n groups: above seven, conversion drops.</source>
        <translation>
            <numerusform>%1 运营着 %n 个社群：超过七个，转化会下降。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) not welcomed yet: %1</source>
        <translation>
            <numerusform>%n 位新成员尚未欢迎：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s) turning Declining: %1</source>
        <translation>
            <numerusform>%n 位购买者正转入衰退期：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday today: %1</source>
        <translation>今日生日：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) held by do-not-disturb or the touch cap.</source>
        <translation>
            <numerusform>%n 个任务因免打扰或触达上限而暂缓。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No group</source>
        <translation>无社群</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全体成员</translation>
    </message>
    <message>
        <source>Copy script</source>
        <translation>复制话术</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Type why the task is skipped, then press Skip again.</source>
        <translation>请输入跳过该任务的原因，然后再次点击“跳过”。</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>跳过任务</translation>
    </message>
    <message>
        <source>Postpone task</source>
        <translation>延期任务</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due, %1 overdue</source>
        <translation>
            <numerusform>%n 个任务到期，%1 个已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due</source>
        <translation>
            <numerusform>%n 个任务到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Nothing is due today. Apply an SOP on the SOP page to plan tasks.</source>
        <translation>今天没有到期的任务。在 SOP 页面应用 SOP 即可安排任务。</translation>
    </message>
    <message>
        <source>Open a workspace to see today&apos;s tasks.</source>
        <translation>打开工作区即可查看今日任务。</translation>
    </message>
    <message numerus="yes">
        <source>Calendar today (%n)</source>
        <translation>
            <numerusform>今日内容日历（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
</context>
<context>
    <name>qundesk::TodayTaskPanel</name>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Why skip it? (required to skip)</source>
        <translation>为什么跳过？（跳过时必填）</translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation>复制话术(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the script to the clipboard and records the touch (Ctrl+Shift+C)</source>
        <translation>将话术复制到剪贴板并记录触达（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Marks the task done; records the touch unless Copy did (Ctrl+D)</source>
        <translation>将任务标记为已完成；若未通过“复制”记录过触达，则同时记录触达（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>Skips the task with the reason typed beside it (Ctrl+K)</source>
        <translation>按旁边填写的原因跳过该任务（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;Postpone a day</source>
        <translation>延期一天(&amp;P)</translation>
    </message>
    <message>
        <source>Moves the task to the same time tomorrow (Ctrl+P)</source>
        <translation>将任务移到明天同一时间（Ctrl+P）</translation>
    </message>
    <message>
        <source>Choose a task to see its script.</source>
        <translation>选择一个任务即可查看其话术。</translation>
    </message>
    <message>
        <source>Everyone in the group</source>
        <translation>群内所有人</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · due %4</source>
        <translation>%1 · %2 · %3 · %4 到期</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>无社群</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>暂缓：%1</translation>
    </message>
</context>
<context>
    <name>qundesk::TrainerWindow</name>
    <message>
        <source>QunDesk trainer mode (demo copy)</source>
        <translation>QunDesk 培训模式（演示副本）</translation>
    </message>
    <message>
        <source>Simulated time: %1 %2</source>
        <translation>模拟时间：%1 %2</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>下一个任务</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 天</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message numerus="yes">
        <source>1 day every %n second(s)</source>
        <translation>
            <numerusform>每 %n 秒 1 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::WorkspaceController</name>
    <message>
        <source>Stages and fan levels could not be brought up to today: %1</source>
        <translation>生命周期阶段和粉丝等级未能更新到今天：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
</TS>
