<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ActivityStore</name>
    <message>
        <source>Cannot store messages: %1</source>
        <translation>無法儲存訊息：%1</translation>
    </message>
    <message>
        <source>Cannot update daily activity: %1</source>
        <translation>無法更新每日活躍資料：%1</translation>
    </message>
    <message>
        <source>Unknown kind of import “%1”.</source>
        <translation>未知的匯入型別“%1”。</translation>
    </message>
    <message>
        <source>Cannot log the import of “%1”: %2</source>
        <translation>無法記錄“%1”的匯入：%2</translation>
    </message>
    <message>
        <source>The import no longer exists.</source>
        <translation>該匯入記錄已不存在。</translation>
    </message>
    <message>
        <source>Message %1 of the batch lacks its source id or time.</source>
        <translation>該批次中的第 %1 則訊息缺少來源 ID 或時間。</translation>
    </message>
</context>
<context>
    <name>AddMemberCommand</name>
    <message>
        <source>Add member “%1”</source>
        <translation>新增成員“%1”</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未開啟工作區。</translation>
    </message>
    <message>
        <source>Could not add the member</source>
        <translation>無法新增成員</translation>
    </message>
    <message>
        <source>Could not undo adding the member</source>
        <translation>無法撤銷新增成員</translation>
    </message>
</context>
<context>
    <name>AddOrderCommand</name>
    <message>
        <source>Add order</source>
        <translation>新增訂單</translation>
    </message>
</context>
<context>
    <name>AddToGroupCommand</name>
    <message numerus="yes">
        <source>Add %n member(s) to “%1”</source>
        <translation>
            <numerusform>將 %n 位成員加入“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the members to the group</source>
        <translation>無法將成員加入社群</translation>
    </message>
    <message>
        <source>Could not undo adding the members to the group</source>
        <translation>無法撤銷將成員加入社群</translation>
    </message>
</context>
<context>
    <name>AnalyticsCommands</name>
    <message>
        <source>Messages, active members, joins, leaves and members of a group, day by day (every day of the period, zeros included).</source>
        <translation>社群每天的訊息數、活躍成員數、入群、退群和成員數（時間段內的每一天，包括為零的天）。</translation>
    </message>
    <message>
        <source>The conversion funnel of a period (members, engaged, buyers, repeat buyers), in all and by source channel.</source>
        <translation>某時間段的轉化漏斗（成員、互動成員、購買者、回購者），包括總體和按來源管道。</translation>
    </message>
    <message>
        <source>Retention by join week: of the members who joined in each week of the period, the share active in each week after.</source>
        <translation>按入群週的留存：時間段內每週入群的成員中，之後每週活躍的比例。</translation>
    </message>
    <message>
        <source>The period is empty: --from %1 is after --to %2.</source>
        <translation>時間段為空：--from %1 晚於 --to %2。</translation>
    </message>
    <message>
        <source>report activity needs --group NAME.</source>
        <translation>report activity 需要 --group NAME。</translation>
    </message>
    <message>
        <source>No days in this period.</source>
        <translation>此時間段內沒有任何一天。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活躍</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>活躍率</translation>
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
        <translation>成員</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <source>Of members</source>
        <translation>佔成員比例</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源管道</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>互動成員</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>購買者</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>回購者</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉化</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Nobody joined in this period.</source>
        <translation>此時間段內沒有人入群。</translation>
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
        <translation>正在計算圖表</translation>
    </message>
</context>
<context>
    <name>AnalyticsKpis</name>
    <message>
        <source>The key figures need a period with a first and a last day.</source>
        <translation>關鍵指標需要一個有起止日期的時間段。</translation>
    </message>
</context>
<context>
    <name>ArchiveGroupCommand</name>
    <message>
        <source>Archive group “%1”</source>
        <translation>歸檔社群“%1”</translation>
    </message>
    <message>
        <source>Unarchive group “%1”</source>
        <translation>取消歸檔社群“%1”</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup file is empty.</source>
        <translation>備份檔案是空的。</translation>
    </message>
    <message>
        <source>Cannot read the backup: %1</source>
        <translation>無法讀取備份：%1</translation>
    </message>
    <message>
        <source>This file is not a QunDesk workspace backup.</source>
        <translation>此檔案不是 QunDesk 工作區備份。</translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be restored.</source>
        <translation>備份已損壞，無法還原。</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>未指定備份檔案。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot write the backup: %1</source>
        <translation>無法寫入備份：%1</translation>
    </message>
    <message>
        <source>Cannot write the backup (the file could not be put in place).</source>
        <translation>無法寫入備份（檔案無法放到目標位置）。</translation>
    </message>
    <message>
        <source>The backup is the workspace itself; nothing to restore.</source>
        <translation>備份就是工作區本身，無需還原。</translation>
    </message>
    <message>
        <source>At least one automatic backup must be kept.</source>
        <translation>至少需要保留一份自動備份。</translation>
    </message>
    <message>
        <source>Cannot remove the old backup.</source>
        <translation>無法刪除舊備份。</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current workspace: %1</source>
        <translation>無法保留目前工作區的副本：%1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current workspace.</source>
        <translation>無法保留目前工作區的副本。</translation>
    </message>
    <message>
        <source>Cannot restore into the workspace: %1</source>
        <translation>無法還原到工作區：%1</translation>
    </message>
    <message>
        <source>The workspace is in use by another program (it stayed busy for %1 seconds); nothing was restored.</source>
        <translation>工作區正被其他程式使用（已持續佔用 %1 秒）；未還原任何內容。</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>無法開啟工作區：%1</translation>
    </message>
    <message>
        <source>Cannot restore into the workspace; it was left as it was: %1</source>
        <translation>無法還原到工作區，工作區保持原樣：%1</translation>
    </message>
</context>
<context>
    <name>BuiltinSegments</name>
    <message>
        <source>Never posted</source>
        <translation>從未發言</translation>
    </message>
    <message>
        <source>Members in a group who have never sent a message (lurkers).</source>
        <translation>在群裡但從未發過言的成員（潛水成員）。</translation>
    </message>
    <message numerus="yes">
        <source>Silent %n day(s)</source>
        <translation>
            <numerusform>沉默 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No message for the silent threshold, counted from joining for members who never posted.</source>
        <translation>達到沉默天數仍未發言；從未發言的成員從入群算起。</translation>
    </message>
    <message>
        <source>Recently inactive</source>
        <translation>近期轉冷</translation>
    </message>
    <message>
        <source>Were in the top quarter by activity over 90 days, silent for 7 to 28 days.</source>
        <translation>近 90 天活躍度位於前 25%，但已沉默 7 到 28 天。</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <source>Members whose birthday falls in the current month.</source>
        <translation>生日在本月的成員。</translation>
    </message>
    <message>
        <source>Declining buyers</source>
        <translation>衰退期老客戶</translation>
    </message>
    <message>
        <source>Members who bought before and are now in the Declining stage.</source>
        <translation>曾經購買、現處於衰退期的成員。</translation>
    </message>
</context>
<context>
    <name>BulkTagCommand</name>
    <message numerus="yes">
        <source>Tag %n member(s) “%1”</source>
        <translation>
            <numerusform>為 %n 位成員打上標籤“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n member(s) “%1”</source>
        <translation>
            <numerusform>移除 %n 位成員的標籤“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未開啟工作區。</translation>
    </message>
    <message>
        <source>Could not tag the members</source>
        <translation>無法為成員貼標籤</translation>
    </message>
    <message>
        <source>Could not untag the members</source>
        <translation>無法移除成員的標籤</translation>
    </message>
    <message>
        <source>Could not undo the tagging</source>
        <translation>無法撤銷貼標籤</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>No workspace is open.</source>
        <translation>未開啟工作區。</translation>
    </message>
    <message>
        <source>Cannot redo “%1”</source>
        <translation>無法重做“%1”</translation>
    </message>
    <message>
        <source>Cannot undo “%1”</source>
        <translation>無法撤銷“%1”</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>Export the content calendar as iCalendar (.ics): series with their rules and exceptions, in the workspace&apos;s time zone.</source>
        <translation>將內容日曆匯出為 iCalendar（.ics）：包含系列及其重複規則和例外，使用工作區的時區。</translation>
    </message>
    <message>
        <source>Add the events of an .ics file (QunDesk&apos;s or a calendar program&apos;s) as calendar items; events already imported (same UID) are counted as duplicates.</source>
        <translation>將 .ics 檔案（QunDesk 或其他日曆程式匯出的）中的事件新增為日曆條目；已匯入過的事件（UID 相同）計為重複。</translation>
    </message>
    <message>
        <source>The calendar is exported as .ics; name a file ending in .ics.</source>
        <translation>內容日曆匯出為 .ics 格式；請指定以 .ics 結尾的檔名。</translation>
    </message>
    <message>
        <source>The period is empty: --from %1 is after --to %2.</source>
        <translation>時間段為空：--from %1 晚於 --to %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar item(s) written to %1</source>
        <translation>
            <numerusform>已將 %n 個日曆條目寫入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported events</source>
        <translation>已匯入事件</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳過</translation>
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
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB; it is not a calendar QunDesk can read.</source>
        <translation>檔案大於 64 MB，不是 QunDesk 能讀取的日曆。</translation>
    </message>
    <message>
        <source>There is no group “%1”; “group list” shows the groups.</source>
        <translation>沒有社群“%1”；“group list”可列出所有社群。</translation>
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
        <translation>“%1”在 %2 沒有這一次重複。</translation>
    </message>
    <message>
        <source>A calendar item needs a start time.</source>
        <translation>日曆條目需要開始時間。</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Group message</source>
        <translation>群訊息</translation>
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
        <translation>已刪除帳號 %1</translation>
    </message>
</context>
<context>
    <name>ChatCommands</name>
    <message>
        <source>--format must be telegram, whatsapp, wechat-csv, discord-csv, discord-json or csv, not “%1”.</source>
        <translation>--format 必須是 telegram、whatsapp、wechat-csv、discord-csv、discord-json 或 csv，而不是“%1”。</translation>
    </message>
    <message>
        <source>--date-order must be dmy, mdy or ymd, not “%1”.</source>
        <translation>--date-order 必須是 dmy、mdy 或 ymd，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown time zone “%1” for --tz; give an IANA id such as Asia/Shanghai or America/New_York.</source>
        <translation>--tz 的時區“%1”未知；請指定 IANA 時區 ID，例如 Asia/Shanghai 或 America/New_York。</translation>
    </message>
    <message>
        <source>--ambiguous must be fail or new, not “%1”.</source>
        <translation>--ambiguous 必須是 fail 或 new，而不是“%1”。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message numerus="yes">
        <source>The file is a full Telegram export of %n chat(s); choose one with --chat NAME or --chat ID.</source>
        <translation>
            <numerusform>此檔案是包含 %n 個聊天的 Telegram 完整匯出；請用 --chat 名稱 或 --chat ID 選擇其中一個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Imported messages</source>
        <translation>已匯入訊息</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳過</translation>
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
        <translation>新成員</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Import a chat export (Telegram Desktop JSON, WhatsApp .txt or .zip, WeChat CSV of MemoTrace or PyWxDump, DiscordChatExporter CSV or JSON, or any CSV with --map time=COL,author=COL,text=COL[,author_id=COL]) into a group, all or nothing; messages already imported are counted as duplicates; an invalid row refuses the file unless --skip-invalid.</source>
        <translation>將聊天匯出（Telegram Desktop JSON、WhatsApp .txt 或 .zip、MemoTrace 或 PyWxDump 的微信 CSV、DiscordChatExporter CSV 或 JSON，或任意 CSV 配合 --map time=COL,author=COL,text=COL[,author_id=COL]）匯入到社群，要麼全部匯入，要麼全不匯入；已匯入過的訊息計為重複；有無效行時拒絕整個檔案，除非使用 --skip-invalid。</translation>
    </message>
    <message>
        <source>--map applies to --format csv only.</source>
        <translation>--map 僅適用於 --format csv。</translation>
    </message>
    <message>
        <source>--skip-invalid imports the rest</source>
        <translation>--skip-invalid 可匯入其餘行</translation>
    </message>
</context>
<context>
    <name>ChatCsvMappingReader</name>
    <message>
        <source>--map: “%1” names no column; write KEY=COLUMN.</source>
        <translation>--map：“%1”未指定列；請寫成 KEY=COLUMN。</translation>
    </message>
    <message>
        <source>--map: unknown key “%1”; the keys are time, author, text and author_id.</source>
        <translation>--map：未知的鍵“%1”；可用的鍵為 time、author、text 和 author_id。</translation>
    </message>
    <message>
        <source>--map needs KEY=COLUMN pairs, e.g. time=Date,author=Name,text=Message.</source>
        <translation>--map 需要 KEY=COLUMN 鍵值對，例如 time=Date,author=Name,text=Message。</translation>
    </message>
    <message>
        <source>The file has no column “%1” (its columns: %2).</source>
        <translation>檔案中沒有“%1”列（現有列：%2）。</translation>
    </message>
    <message>
        <source>Cannot tell which columns hold the time, the author and the text (the columns: %1); choose them in the import window or with --map time=COLUMN,author=COLUMN,text=COLUMN.</source>
        <translation>無法判斷哪些列是時間、作者和內容（現有列：%1）；請在匯入視窗中選擇，或使用 --map time=COLUMN,author=COLUMN,text=COLUMN。</translation>
    </message>
</context>
<context>
    <name>ChatImport</name>
    <message>
        <source>The file does not start with a CSV header.</source>
        <translation>檔案開頭不是 CSV 標題列。</translation>
    </message>
    <message>
        <source>Telegram Desktop export (JSON)</source>
        <translation>Telegram Desktop 匯出（JSON）</translation>
    </message>
    <message>
        <source>WhatsApp chat export</source>
        <translation>WhatsApp 聊天匯出</translation>
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
        <translation>含時間、作者和內容列的 CSV</translation>
    </message>
    <message>
        <source>The file is no chat export QunDesk reads (Telegram Desktop JSON, WhatsApp text or .zip, WeChat or Discord CSV, Discord JSON, or a CSV with time, author and text columns: for other columns use --format csv --map).</source>
        <translation>此檔案不是 QunDesk 能讀取的聊天匯出（Telegram Desktop JSON、WhatsApp 文字或 .zip、微信或 Discord CSV、Discord JSON，或含時間、作者和內容列的 CSV：其他列請使用 --format csv --map）。</translation>
    </message>
</context>
<context>
    <name>ChatImportService</name>
    <message>
        <source>Imported chat</source>
        <translation>匯入的聊天</translation>
    </message>
    <message>
        <source>A message without an author.</source>
        <translation>一則沒有傳送者的訊息。</translation>
    </message>
    <message>
        <source>The exporting account joined.</source>
        <translation>匯出聊天記錄的帳號入群了。</translation>
    </message>
    <message>
        <source>The exporting account left.</source>
        <translation>匯出聊天記錄的帳號退群了。</translation>
    </message>
    <message>
        <source>Check name</source>
        <translation>核對名字</translation>
    </message>
    <message>
        <source>Several members carry these names; choose who is who in the window, or import with --ambiguous new: %1</source>
        <translation>有多位成員使用這些名字；請在視窗中逐一指定，或使用 --ambiguous new 匯入：%1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>匯入已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>無法讀取壓縮檔：%1</translation>
    </message>
    <message>
        <source>The archive holds no chat export (_chat.txt, or one .txt, .json or .csv file).</source>
        <translation>壓縮檔中沒有聊天記錄（_chat.txt，或唯一的 .txt、.json 或 .csv 檔案）。</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>選項 %1 需要一個值。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知選項 %1。</translation>
    </message>
    <message>
        <source>The option %1 needs a date written YYYY-MM-DD, not “%2”.</source>
        <translation>選項 %1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>The option %1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>選項 %1 需要 %2 到 %3 之間的整數，而不是“%4”。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>There is no workspace here yet; create one with “qundesk-cli demo” or by starting QunDesk.</source>
        <translation>這裡還沒有工作區；請用“qundesk-cli demo”或啟動 QunDesk 來建立一個。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first or correct --db.</source>
        <translation>資料夾 %1 不存在；請先建立該資料夾，或更正 --db。</translation>
    </message>
    <message>
        <source>This is a folder, not a QunDesk workspace file.</source>
        <translation>這是一個資料夾，不是 QunDesk 工作區檔案。</translation>
    </message>
    <message>
        <source>This is a device, a pipe or a socket, not a QunDesk workspace file.</source>
        <translation>這是裝置、管線或通訊端，不是 QunDesk 工作區檔案。</translation>
    </message>
    <message>
        <source>Cannot read the workspace in the time zone %1: %2</source>
        <translation>無法按時區 %1 讀取工作區：%2</translation>
    </message>
</context>
<context>
    <name>ContentLine</name>
    <message>
        <source>Persona</source>
        <translation>人設/IP</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <source>User feedback</source>
        <translation>使用者反饋</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Daily content</source>
        <translation>日常內容</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>話題</translation>
    </message>
</context>
<context>
    <name>ContentStatus</name>
    <message>
        <source>Idea</source>
        <translation>點子</translation>
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
        <translation>已發布</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳過</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>A calendar item needs a title.</source>
        <translation>日曆條目需要標題。</translation>
    </message>
    <message>
        <source>A calendar item needs a start time.</source>
        <translation>日曆條目需要開始時間。</translation>
    </message>
    <message>
        <source>A calendar item lasts from 0 minutes to one week.</source>
        <translation>日曆條目的時長鬚在 0 分鐘到一週之間。</translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>未知管道“%1”。</translation>
    </message>
    <message>
        <source>Unknown content line “%1”.</source>
        <translation>未知內容線“%1”。</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>未知狀態“%1”。</translation>
    </message>
    <message>
        <source>Cannot add “%1” to the calendar: %2</source>
        <translation>無法將“%1”加入內容日曆：%2</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>無法儲存“%1”：%2</translation>
    </message>
    <message>
        <source>The calendar item no longer exists.</source>
        <translation>該日曆條目已不存在。</translation>
    </message>
    <message>
        <source>Which occurrence to change is missing.</source>
        <translation>缺少要修改的是哪一次重複。</translation>
    </message>
    <message>
        <source>Cannot change the occurrence: %1</source>
        <translation>無法修改這次重複：%1</translation>
    </message>
    <message>
        <source>That occurrence has no change to undo.</source>
        <translation>這次重複沒有可撤銷的修改。</translation>
    </message>
</context>
<context>
    <name>CreateGroupCommand</name>
    <message>
        <source>Create group “%1”</source>
        <translation>建立社群“%1”</translation>
    </message>
</context>
<context>
    <name>CsvChatReader</name>
    <message>
        <source>The file is empty: it holds no chat.</source>
        <translation>檔案是空的：不包含任何聊天。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>匯入已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>有一個帶引號的欄位直到檔案末尾都沒有閉合。</translation>
    </message>
    <message numerus="yes">
        <source>This line is longer than %n character(s); is it really a CSV file?</source>
        <translation>
            <numerusform>這一行超過了 %n 個字元；它真的是 CSV 檔案嗎？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>無法寫入檔案：%1</translation>
    </message>
</context>
<context>
    <name>DamageCheck</name>
    <message>
        <source>%1 Nothing was changed; run a check (qundesk-cli check) and restore the latest backup.</source>
        <translation>%1 未做任何更改；請執行檢查（qundesk-cli check）並還原最近的備份。</translation>
    </message>
    <message>
        <source>The workspace is intact.</source>
        <translation>工作區完好。</translation>
    </message>
    <message>
        <source>The workspace is damaged.</source>
        <translation>工作區已損壞。</translation>
    </message>
    <message>
        <source>The workspace is damaged in the tables %1.</source>
        <translation>工作區的以下表已損壞：%1。</translation>
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
        <translation>（無）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>DAU</source>
        <translation>日活</translation>
    </message>
    <message>
        <source>WAU</source>
        <translation>週活</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>月活</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>活躍率</translation>
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
        <translation>淨增</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Join week</source>
        <translation>入群週</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1（%n 名成員）</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源管道</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>營收（%1）</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（無社群）</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>推薦人</translation>
    </message>
    <message>
        <source>Members referred</source>
        <translation>推薦的成員</translation>
    </message>
    <message>
        <source>Of whom buyers</source>
        <translation>其中購買者</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>無法讀取工作區：%1</translation>
    </message>
    <message>
        <source>This file is not a QunDesk workspace (it is not a readable SQLite database).</source>
        <translation>此檔案不是 QunDesk 工作區（不是可讀取的 SQLite 資料庫）。</translation>
    </message>
    <message>
        <source>This is a folder, not a QunDesk workspace file.</source>
        <translation>這是一個資料夾，不是 QunDesk 工作區檔案。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>This file is not a QunDesk workspace (it is not an SQLite database).</source>
        <translation>此檔案不是 QunDesk 工作區（不是 SQLite 資料庫）。</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not QunDesk; it was left unchanged.</source>
        <translation>此 SQLite 檔案屬於其他程式，而非 QunDesk；檔案未作任何改動。</translation>
    </message>
    <message>
        <source>This workspace was written by a newer QunDesk (schema version %1; this program reads up to %2). Update QunDesk to open it; the file was left unchanged.</source>
        <translation>此工作區由更新版本的 QunDesk 寫入（結構描述版本 %1；本程式最高支援 %2）。請升級 QunDesk 後再開啟；檔案未作任何改動。</translation>
    </message>
    <message>
        <source>An in-memory workspace cannot be shared between connections.</source>
        <translation>記憶體中的工作區不能在多個連線之間共享。</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>無法開啟工作區：%1</translation>
    </message>
    <message>
        <source>Cannot write to the workspace (is the disk read-only?): %1</source>
        <translation>無法寫入工作區（磁碟是否為唯讀？）：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace: %1</source>
        <translation>無法準備工作區：%1</translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2 (to %3).</source>
        <translation>表 %1 第 %2 行的引用已損壞（指向 %3）。</translation>
    </message>
    <message>
        <source>There is no workspace here yet.</source>
        <translation>這裡還沒有工作區。</translation>
    </message>
    <message>
        <source>This file is empty: it is not a QunDesk workspace yet, and it was left unchanged.</source>
        <translation>此檔案是空的：它還不是 QunDesk 工作區，檔案未作任何改動。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>This workspace was written by an older QunDesk (schema version %1) and must be brought up to date before it can be read; open it once in QunDesk or with a command that writes. It was left unchanged.</source>
        <translation>此工作區由舊版本的 QunDesk 寫入（結構描述版本 %1），需要先升級才能讀取；請在 QunDesk 中開啟一次，或使用一個會寫入的命令。檔案未作任何改動。</translation>
    </message>
    <message>
        <source>The workspace file no longer exists.</source>
        <translation>工作區檔案已不存在。</translation>
    </message>
    <message>
        <source>This SQLite file is not a QunDesk workspace yet; it was left unchanged.</source>
        <translation>此 SQLite 檔案還不是 QunDesk 工作區；檔案未作任何改動。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未開啟工作區。</translation>
    </message>
</context>
<context>
    <name>Definition</name>
    <message>
        <source>The definition is not valid JSON: %1 (at character %2).</source>
        <translation>定義不是有效的 JSON：%1（第 %2 個字元處）。</translation>
    </message>
    <message>
        <source>The definition must be a JSON object ({…}).</source>
        <translation>定義必須是一個 JSON 物件（{…}）。</translation>
    </message>
</context>
<context>
    <name>DeleteMembersCommand</name>
    <message numerus="yes">
        <source>Delete %n member(s)</source>
        <translation>
            <numerusform>刪除 %n 位成員</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete the members</source>
        <translation>無法刪除成員</translation>
    </message>
    <message>
        <source>Could not restore the members</source>
        <translation>無法還原成員</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill an empty workspace with the demo (N multiplies members and messages; the same seed gives the same demo).</source>
        <translation>用示範資料填充空工作區（N 為成員和訊息的倍數；相同的種子生成相同的示範資料）。</translation>
    </message>
    <message>
        <source>This workspace already has groups; the demo is only created in an empty workspace (choose another file with --db).</source>
        <translation>此工作區已有社群；示範資料只能在空工作區中建立（請用 --db 選擇其他檔案）。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作區</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Planned content</source>
        <translation>計劃內容</translation>
    </message>
    <message>
        <source>SOP runs</source>
        <translation>SOP 執行</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot write the demo (%1): %2</source>
        <translation>無法寫入示範資料（%1）：%2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The demo can only be created in an empty workspace; this one already has groups.</source>
        <translation>示範資料只能在空工作區中建立；此工作區已有社群。</translation>
    </message>
</context>
<context>
    <name>DiscordCsvParser</name>
    <message>
        <source>This is not a DiscordChatExporter CSV: its header is “%1”.</source>
        <translation>這不是 DiscordChatExporter CSV：其標題列為“%1”。</translation>
    </message>
    <message>
        <source>The row has %1 columns; a DiscordChatExporter row has at least %2.</source>
        <translation>該行有 %1 列；DiscordChatExporter 的行至少有 %2 列。</translation>
    </message>
    <message>
        <source>The date “%1” is not a date and time.</source>
        <translation>日期“%1”不是有效的日期和時間。</translation>
    </message>
</context>
<context>
    <name>DiscordJsonParser</name>
    <message>
        <source>The time “%1” is not a date and time.</source>
        <translation>時間“%1”不是有效的日期和時間。</translation>
    </message>
    <message>
        <source>A bot&apos;s message (%1).</source>
        <translation>機器人的訊息（%1）。</translation>
    </message>
    <message>
        <source>A message is broken JSON (%1).</source>
        <translation>一條訊息的 JSON 已損壞（%1）。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>匯入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The file holds no channel and messages: this is no DiscordChatExporter JSON export.</source>
        <translation>檔案中沒有頻道和訊息：這不是 DiscordChatExporter JSON 匯出。</translation>
    </message>
</context>
<context>
    <name>EditGroupCommand</name>
    <message>
        <source>Edit group “%1”</source>
        <translation>編輯社群“%1”</translation>
    </message>
</context>
<context>
    <name>EditMemberCommand</name>
    <message>
        <source>Edit member “%1”</source>
        <translation>編輯成員“%1”</translation>
    </message>
</context>
<context>
    <name>FanLevel</name>
    <message>
        <source>Observer</source>
        <translation>圍觀者</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>參與者</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>貢獻者</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>推薦官</translation>
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
        <translation>每日發布數</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>免打擾時段</translation>
    </message>
    <message>
        <source>Marketing share</source>
        <translation>行銷佔比</translation>
    </message>
    <message>
        <source>Private touches</source>
        <translation>私聊觸達</translation>
    </message>
    <message>
        <source>%1: %2 posts planned on %3 (at most %4 a day).</source>
        <translation>%1：%3 計劃發布 %2 則（每天最多 %4 則）。</translation>
    </message>
    <message>
        <source>%1: “%2” at %3 on %4 falls in the quiet hours.</source>
        <translation>%1：%4 %3 的“%2”處於免打擾時段。</translation>
    </message>
    <message>
        <source>%1: marketing is %2% of the week from %3 (%4 of %5 items; at most %6%).</source>
        <translation>%1：自 %3 起的一週內行銷內容佔 %2%（%5 則中有 %4 則；上限 %6%）。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) would get %1 private touches in the 7 days from %2 (at most %3).</source>
        <translation>
            <numerusform>自 %2 起的 7 天內，有 %n 位成員將收到 %1 次私聊觸達（上限 %3 次）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FatigueGuard</name>
    <message>
        <source>Do not disturb</source>
        <translation>免打擾</translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>免打擾至 %1</translation>
    </message>
    <message numerus="yes">
        <source>Over the touch cap: %n private touch(es) in 7 days</source>
        <translation>
            <numerusform>超出觸達上限：7 天內私聊觸達 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileSave</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>無法寫入檔案：%1</translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>互動成員</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>購買者</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>回購者</translation>
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
        <translation>該行有 %1 列；對對的列需要 %2 列。</translation>
    </message>
    <message>
        <source>The time “%1” is not a date and time.</source>
        <translation>時間“%1”不是有效的日期和時間。</translation>
    </message>
    <message>
        <source>The author is empty.</source>
        <translation>作者為空。</translation>
    </message>
</context>
<context>
    <name>GroupCommand</name>
    <message>
        <source>No workspace is open.</source>
        <translation>未開啟工作區。</translation>
    </message>
    <message>
        <source>Cannot redo “%1”</source>
        <translation>無法重做“%1”</translation>
    </message>
    <message>
        <source>Cannot undo “%1”</source>
        <translation>無法撤銷“%1”</translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <source>List the groups with their platform, purpose and member count.</source>
        <translation>列出社群及其平臺、定位和成員數。</translation>
    </message>
    <message>
        <source>No groups yet.</source>
        <translation>還沒有社群。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平臺</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員數</translation>
    </message>
    <message>
        <source>Register a group (the workspace is created when missing).</source>
        <translation>新增社群（工作區不存在時自動建立）。</translation>
    </message>
    <message>
        <source>Archive a group (with --undo: make it active again).</source>
        <translation>歸檔社群（加 --undo：恢復為經營中）。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 必須是以下之一：%2。</translation>
    </message>
    <message>
        <source>--capacity must be a whole number above 0.</source>
        <translation>--capacity 必須是大於 0 的整數。</translation>
    </message>
    <message>
        <source>Group “%1” added.</source>
        <translation>已新增社群“%1”。</translation>
    </message>
    <message>
        <source>There is no group named “%1” (see “qundesk-cli group list”).</source>
        <translation>沒有名為“%1”的社群（參見“qundesk-cli group list”）。</translation>
    </message>
    <message>
        <source>Group “%1” archived.</source>
        <translation>已歸檔社群“%1”。</translation>
    </message>
    <message>
        <source>Group “%1” is active again.</source>
        <translation>社群“%1”已恢復為經營中。</translation>
    </message>
</context>
<context>
    <name>GroupService</name>
    <message>
        <source>“%1” has members now: archive it instead of removing it.</source>
        <translation>“%1”現在已有成員：請將其歸檔，而不是刪除。</translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>A group needs a name.</source>
        <translation>社群需要一個名稱。</translation>
    </message>
    <message>
        <source>Cannot add the group “%1”: %2</source>
        <translation>無法新增社群“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the group “%1”: %2</source>
        <translation>無法儲存社群“%1”：%2</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>該社群已不存在。</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>QunDesk content calendar</source>
        <translation>QunDesk 內容日曆</translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>The event has no start time it can read.</source>
        <translation>該事件沒有可讀取的開始時間。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無標題）</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (it does not begin with BEGIN:VCALENDAR).</source>
        <translation>這不是 iCalendar 檔案（開頭不是 BEGIN:VCALENDAR）。</translation>
    </message>
    <message>
        <source>libical cannot read this iCalendar file.</source>
        <translation>libical 無法讀取此 iCalendar 檔案。</translation>
    </message>
    <message>
        <source>A second event with the UID “%1”.</source>
        <translation>UID 為“%1”的事件出現了第二次。</translation>
    </message>
    <message>
        <source>A changed occurrence of a series that is not in the file (UID “%1”).</source>
        <translation>某個系列的一次修改過的重複項，但該系列不在檔案中（UID“%1”）。</translation>
    </message>
    <message>
        <source>The changed occurrence has no RECURRENCE-ID it can read.</source>
        <translation>修改過的重複項沒有可讀取的 RECURRENCE-ID。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>first: line %1, %2</source>
        <translation>第一處：第 %1 行，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows (%1); nothing imported</source>
        <translation>
            <numerusform>%n 行無效（%1）；未匯入任何內容</numerusform>
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
        <translation>沒有需要執行的任務。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未開啟工作區。</translation>
    </message>
</context>
<context>
    <name>LeaveGroupCommand</name>
    <message>
        <source>Mark as left</source>
        <translation>標記為已退群</translation>
    </message>
</context>
<context>
    <name>LeaveKind</name>
    <message>
        <source>Left</source>
        <translation>主動退群</translation>
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
        <translation>成長期</translation>
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
        <translation>關聯成員</translation>
    </message>
</context>
<context>
    <name>LogTouchCommand</name>
    <message>
        <source>Log a touch</source>
        <translation>記錄觸達</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>Check the workspace&apos;s integrity and schema version.</source>
        <translation>檢查工作區的完整性和結構描述版本。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace to FILE (a new file).</source>
        <translation>將工作區的一致副本寫入 FILE（新檔案）。</translation>
    </message>
    <message>
        <source>Replace the workspace with the backup FILE; the current workspace is kept next to it as “….before-restore-&lt;time&gt;”. Close QunDesk first.</source>
        <translation>用備份 FILE 替換工作區；目前工作區會以“….before-restore-&lt;時間&gt;”保留在旁邊。請先關閉 QunDesk。</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作區</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>結構描述版本</translation>
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
        <translation>工作區存在問題：%1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation>已將 %1 備份到 %2（%3 位元組）。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已從 %2 還原 %1。</translation>
    </message>
    <message>
        <source>Damaged tables</source>
        <translation>已損壞的表</translation>
    </message>
    <message>
        <source>The workspace is damaged in the tables %1; restore the latest backup (qundesk-cli restore FILE).</source>
        <translation>工作區的以下表已損壞：%1；請還原最近的備份（qundesk-cli restore FILE）。</translation>
    </message>
</context>
<context>
    <name>MemberCommand</name>
    <message>
        <source>Cannot change the member</source>
        <translation>無法修改成員</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>Export members (all, one group&apos;s, or a segment&apos;s) to .csv or .xlsx, chosen by the file&apos;s extension.</source>
        <translation>匯出成員（全部、某個社群或某個分層）為 .csv 或 .xlsx，格式由副檔名決定。</translation>
    </message>
    <message>
        <source>Every member of a group, posters or not: messages, last message, lifecycle stage, fan level and tags.</source>
        <translation>某個社群的全部成員（無論是否發言）：發言數、最後發言、生命週期階段、粉絲等級和標籤。</translation>
    </message>
    <message>
        <source>Members per lifecycle stage, of one group or of all members.</source>
        <translation>按生命週期階段統計成員數，可針對單個社群或全部成員。</translation>
    </message>
    <message>
        <source>--date-order must be dmy, mdy or ymd, not “%1”.</source>
        <translation>--date-order 必須是 dmy、mdy 或 ymd，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown platform “%1”; use one of: %2.</source>
        <translation>未知平臺“%1”；請使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>已匯入行數</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成員</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳過</translation>
    </message>
    <message>
        <source>Groups created</source>
        <translation>新增社群</translation>
    </message>
    <message>
        <source>Tags created</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>There is no segment “%1”; use a saved segment&apos;s name or one of: %2.</source>
        <translation>沒有分層“%1”；請使用已儲存分層的名稱，或以下之一：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) written to %1</source>
        <translation>
            <numerusform>已將 %n 位成員寫入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>report members needs --group NAME.</source>
        <translation>report members 需要 --group NAME。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>No members in this group.</source>
        <translation>此社群沒有成員。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最後發言</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <source>Fan level</source>
        <translation>粉絲等級</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Import a member list (CSV, UTF-8 or GB18030) in one go: all or nothing (an invalid row refuses the file unless --skip-invalid); rows already known are counted as duplicates.</source>
        <translation>一次性匯入成員名單（CSV，UTF-8 或 GB18030）：要麼全部匯入，要麼全不匯入（有無效行時整個檔案都不匯入，除非使用 --skip-invalid）；已存在的行計為重複。</translation>
    </message>
    <message>
        <source>--skip-invalid imports the rest</source>
        <translation>--skip-invalid 可匯入其餘行</translation>
    </message>
</context>
<context>
    <name>MemberCsvImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <source>No name or handle.</source>
        <translation>缺少姓名或帳號。</translation>
    </message>
    <message>
        <source>The join date “%1” is not a date.</source>
        <translation>入群時間“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>The birthday “%1” is not a date.</source>
        <translation>生日“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>匯入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Referrer “%1” is not a known member.</source>
        <translation>推薦人“%1”不是已知成員。</translation>
    </message>
    <message numerus="yes">
        <source>Referrer “%1” is ambiguous: %n members have that name.</source>
        <translation>
            <numerusform>推薦人“%1”有歧義：有 %n 位成員叫這個名字。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberCsvMapping</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平臺</translation>
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
        <translation>入群時間</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
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
        <translation>來源管道</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>推薦人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>No column holds the member&apos;s name or handle. Name a column “name”, “姓名” or “昵称” (or “handle”, “微信号”), or map one in the import dialog.</source>
        <translation>沒有一列包含成員的姓名或帳號。請把某一列命名為“name”“姓名”或“暱稱”（或“handle”“微訊號”），或在匯入對話方塊中指定對映。</translation>
    </message>
</context>
<context>
    <name>MemberExport</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>所在社群</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <source>Fan level</source>
        <translation>粉絲等級</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>來源管道</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>推薦人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最後發言</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>最近觸達</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>請選擇以 .csv 或 .xlsx 結尾的檔名。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>群成員</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>匯出已取消。</translation>
    </message>
</context>
<context>
    <name>MemberFilterCompiler</name>
    <message>
        <source>The rule definition is not valid JSON: %1</source>
        <translation>規則定義不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Condition %1: unknown operator “%2”.</source>
        <translation>條件 %1：未知的運算子“%2”。</translation>
    </message>
    <message>
        <source>Condition %1: unknown field “%2”.</source>
        <translation>條件 %1：未知的欄位“%2”。</translation>
    </message>
    <message>
        <source>The rule definition nests groups too deeply.</source>
        <translation>規則定義的條件組巢狀過深。</translation>
    </message>
</context>
<context>
    <name>MemberSnapshot</name>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>無法還原 %1：%2</translation>
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
        <translation>無法更新群成員狀態：%1</translation>
    </message>
</context>
<context>
    <name>MemberStore</name>
    <message>
        <source>A member needs a display name.</source>
        <translation>成員需要一個顯示名稱。</translation>
    </message>
    <message>
        <source>Cannot add the member “%1”: %2</source>
        <translation>無法新增成員“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be their own referrer, directly or through others.</source>
        <translation>“%1”不能直接或間接成為自己的推薦人。</translation>
    </message>
    <message>
        <source>Cannot save the member “%1”: %2</source>
        <translation>無法儲存成員“%1”：%2</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>該成員已不存在。</translation>
    </message>
    <message>
        <source>An identity needs a platform.</source>
        <translation>帳號身分需要指定平臺。</translation>
    </message>
    <message>
        <source>An identity needs a user id, a handle or a nickname.</source>
        <translation>帳號身分需要使用者 ID、帳號名或暱稱。</translation>
    </message>
    <message>
        <source>Cannot add the account to the member: %1</source>
        <translation>無法為成員新增帳號：%1</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>該帳號已不存在。</translation>
    </message>
    <message>
        <source>A member cannot be linked to themselves.</source>
        <translation>成員不能與自己關聯。</translation>
    </message>
    <message>
        <source>Cannot link the members: %1</source>
        <translation>無法關聯成員：%1</translation>
    </message>
    <message>
        <source>Erased member #%1</source>
        <translation>已抹除的成員 #%1</translation>
    </message>
    <message>
        <source>Cannot erase the member’s personal data: %1</source>
        <translation>無法抹除該成員的個人資料：%1</translation>
    </message>
</context>
<context>
    <name>MemberTagService</name>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>沒有標籤“%1”。</translation>
    </message>
</context>
<context>
    <name>MemberTimeline</name>
    <message>
        <source>Joined</source>
        <translation>入群時間</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>主動退群</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>觸達</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>a deleted group</source>
        <translation>已刪除的社群</translation>
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
            <numerusform>%2 年第 %1 周發言 %n 條</numerusform>
        </translation>
    </message>
    <message>
        <source>Touch: %1</source>
        <translation>觸達：%1</translation>
    </message>
    <message>
        <source>Touch: %1 — %2</source>
        <translation>觸達：%1 — %2</translation>
    </message>
    <message>
        <source>Order of %1</source>
        <translation>訂單 %1</translation>
    </message>
    <message>
        <source>Order of %1: %2</source>
        <translation>訂單 %1：%2</translation>
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
        <translation>該成員已在此群中。</translation>
    </message>
    <message>
        <source>Cannot add the member to the group: %1</source>
        <translation>無法將成員加入社群：%1</translation>
    </message>
    <message>
        <source>“%1” is not a way of leaving a group.</source>
        <translation>“%1”不是退群方式。</translation>
    </message>
    <message>
        <source>The member has already left this group.</source>
        <translation>該成員已退出此群。</translation>
    </message>
    <message>
        <source>A member cannot leave before joining (joined %1).</source>
        <translation>成員不能在入群之前退群（入群於 %1）。</translation>
    </message>
    <message>
        <source>The membership no longer exists.</source>
        <translation>該群成員關係已不存在。</translation>
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
        <translation>一次性匯入訂單列表（CSV，UTF-8 或 GB18030：訂單編號、日期、成員、帳號或手機、金額、幣別、商品、社群）：要麼全部匯入，要麼全不匯入（有無效行時拒絕整個檔案，除非使用 --skip-invalid）；已存在的訂單計為重複。</translation>
    </message>
    <message>
        <source>--date-order must be dmy, mdy or ymd, not “%1”.</source>
        <translation>--date-order 必須是 dmy、mdy 或 ymd，而不是“%1”。</translation>
    </message>
    <message>
        <source>--skip-invalid imports the rest</source>
        <translation>--skip-invalid 可匯入其餘行</translation>
    </message>
    <message>
        <source>Imported orders</source>
        <translation>已匯入訂單</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳過</translation>
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
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>匯入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>There is no group “%1”; the order is stored without a group.</source>
        <translation>沒有社群“%1”；該訂單不關聯社群。</translation>
    </message>
</context>
<context>
    <name>OrderCsvMapping</name>
    <message>
        <source>Order number</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>成員名稱</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
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
        <translation>金額（“amount”或“金額”）</translation>
    </message>
    <message>
        <source>the buyer (“member”/“成员”, “handle”/“账号” or “phone”/“手机”)</source>
        <translation>購買者（“member”/“成員”、“handle”/“帳號”或“phone”/“手機”）</translation>
    </message>
    <message>
        <source>No column holds %1. Name the columns so, or map them in the import dialog.</source>
        <translation>沒有列包含%1。請按此命名列，或在匯入對話方塊中對對。</translation>
    </message>
</context>
<context>
    <name>OrderImportWriter</name>
    <message>
        <source>No member is “%1”; import the member list first.</source>
        <translation>沒有名為“%1”的成員；請先匯入成員列表。</translation>
    </message>
    <message numerus="yes">
        <source>%n members match “%1”; add a handle or phone column to tell them apart.</source>
        <translation>
            <numerusform>有 %n 名成員與“%1”匹配；請新增帳號或手機列以區分他們。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderRowParser</name>
    <message>
        <source>No buyer: the member, handle and phone cells are empty.</source>
        <translation>沒有購買者：成員、帳號和手機儲存格均為空。</translation>
    </message>
    <message>
        <source>The date cell is empty.</source>
        <translation>日期儲存格為空。</translation>
    </message>
    <message>
        <source>The date “%1” is not a date.</source>
        <translation>日期“%1”不是有效的日期。</translation>
    </message>
    <message>
        <source>The amount cell is empty.</source>
        <translation>金額儲存格為空。</translation>
    </message>
    <message>
        <source>The amount “%1” is not an amount.</source>
        <translation>金額“%1”不是有效的金額。</translation>
    </message>
    <message>
        <source>The currency “%1” is not a currency such as CNY.</source>
        <translation>幣別“%1”不是有效的幣別（例如 CNY）。</translation>
    </message>
    <message>
        <source>The amount “%1” is in another currency than “%2”.</source>
        <translation>金額“%1”的幣別不是“%2”。</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>An order needs the time it was placed.</source>
        <translation>訂單需要下單時間。</translation>
    </message>
    <message>
        <source>An order&apos;s amount cannot be negative.</source>
        <translation>訂單金額不能為負數。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as CNY.</source>
        <translation>“%1”不是 CNY 這樣的貨幣代碼。</translation>
    </message>
    <message>
        <source>An order with the number “%1” is already stored.</source>
        <translation>訂單號為“%1”的訂單已存在。</translation>
    </message>
    <message>
        <source>Cannot add the order: %1</source>
        <translation>無法新增訂單：%1</translation>
    </message>
    <message>
        <source>Cannot save the order: %1</source>
        <translation>無法儲存訂單：%1</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>該訂單已不存在。</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Today</source>
        <translation>今日待辦</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>內容日曆</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>資料分析</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Today&apos;s to-do list: the SOP steps and planned posts due now, with their scripts ready to copy.</source>
        <translation>今日待辦：現在到期的 SOP 步驟和計劃發布的內容，話術可一鍵複製。</translation>
    </message>
    <message>
        <source>Every group you run, with its platform, purpose, head count and capacity.</source>
        <translation>你經營的每個社群，以及平臺、定位、人數和容量。</translation>
    </message>
    <message>
        <source>Members across your groups, with tags, lifecycle stage, silent days and who invited them.</source>
        <translation>各社群的成員，附帶標籤、生命週期階段、沉默天數和邀請人。</translation>
    </message>
    <message>
        <source>The content calendar: planned posts per group by day, week and month, with fatigue warnings.</source>
        <translation>內容日曆：按日、周、月檢視各群的計劃發布，並提示打擾過度。</translation>
    </message>
    <message>
        <source>SOP playbooks of timed steps and scripts, applied to a group, a segment or a member.</source>
        <translation>SOP 劇本：按時間排好的步驟和話術，可用於一個社群、一個分層或一位成員。</translation>
    </message>
    <message>
        <source>Activity, growth, retention and conversion charts, each with its metric&apos;s definition.</source>
        <translation>活躍、成長、留存和轉化圖表，每個圖表都附有指標定義。</translation>
    </message>
    <message>
        <source>Import chat exports, member lists and orders, previewed before anything is stored.</source>
        <translation>匯入聊天記錄、成員名單和訂單，儲存前先預覽。</translation>
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
        <translation>企業微信</translation>
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
        <translation>活動群</translation>
    </message>
    <message>
        <source>Deals group</source>
        <translation>福利群</translation>
    </message>
    <message>
        <source>Interest group</source>
        <translation>興趣群</translation>
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
        <translation>“%1”不是 QunDesk 能讀取的重複規則（%2）。</translation>
    </message>
</context>
<context>
    <name>RemoveOrderCommand</name>
    <message>
        <source>Delete order</source>
        <translation>刪除訂單</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Groups, members, messages, active members, joins, leaves, buyers, orders and revenue over a period.</source>
        <translation>一段時間內的社群、成員、訊息、活躍成員、入群、退群、購買者、訂單和營收。</translation>
    </message>
    <message>
        <source>There is no group named “%1” (see “qundesk-cli group list”).</source>
        <translation>沒有名為“%1”的社群（參見“qundesk-cli group list”）。</translation>
    </message>
    <message>
        <source>The period is empty: --from %1 is after --to %2.</source>
        <translation>時間段為空：--from %1 晚於 --to %2。</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活躍成員</translation>
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
        <translation>購買者</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
</context>
<context>
    <name>ReportExportCommand</name>
    <message>
        <source>Export the weekly report (周报) as a PDF: each group&apos;s figures against the week before, activity charts, top contributors, new lurkers and members turning Declining. Default: the last full Monday–Sunday week in the workspace&apos;s time zone.</source>
        <translation>將週報匯出為 PDF：各社群與上週對比的資料、活躍圖表、發言最多的成員、新增潛水成員和轉入衰退期的成員。預設：工作區時區內最近一個完整的週一至週日。</translation>
    </message>
    <message>
        <source>--week must be an ISO week such as 2026-W05, not “%1”.</source>
        <translation>--week 必須是 ISO 週，例如 2026-W05，而不是“%1”。</translation>
    </message>
    <message>
        <source>The report is a PDF: give a file name ending in .pdf.</source>
        <translation>週報是 PDF：請指定以 .pdf 結尾的檔案名。</translation>
    </message>
    <message numerus="yes">
        <source>Weekly report %1 (%2 – %3), %n page(s), written to %4</source>
        <translation>
            <numerusform>週報 %1（%2 – %3），共 %n 頁，已寫入 %4</numerusform>
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
        <translation>管理員</translation>
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
        <translation>成員</translation>
    </message>
</context>
<context>
    <name>RuleSummary</name>
    <message>
        <source>first</source>
        <translation>第一個</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二個</translation>
    </message>
    <message>
        <source>third</source>
        <translation>第三個</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>第四個</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最後一個</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>僅一次</translation>
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
            <numerusform>每 %n 週</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每週</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>每 %n 週的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>每週的%1</translation>
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
            <numerusform>每 %n 個月的%1</numerusform>
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
        <translation>週一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <source>Custom rule: %1</source>
        <translation>自訂規則：%1</translation>
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
        <translation>沒有到結構描述版本 %1 的遷移。</translation>
    </message>
</context>
<context>
    <name>ScopeQuestion</name>
    <message>
        <source>This item repeats. Which occurrences should change?</source>
        <translation>此條目會重複。要修改哪幾次？</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>僅此一次</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>此次及以後</translation>
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
        <translation>成員的名字</translation>
    </message>
    <message>
        <source>The group&apos;s name</source>
        <translation>社群的名稱</translation>
    </message>
    <message>
        <source>The group&apos;s operator</source>
        <translation>社群的經營者</translation>
    </message>
    <message>
        <source>The day the task is due</source>
        <translation>任務的到期日</translation>
    </message>
    <message>
        <source>Days since the member joined the group</source>
        <translation>成員入群的天數</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>分層需要一個名稱。</translation>
    </message>
    <message>
        <source>The segment “%1” cannot be saved. %2</source>
        <translation>分層“%1”無法儲存。%2</translation>
    </message>
    <message>
        <source>A segment named “%1” already exists.</source>
        <translation>名為“%1”的分層已存在。</translation>
    </message>
    <message>
        <source>Cannot add the segment “%1”: %2</source>
        <translation>無法新增分層“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the segment “%1”: %2</source>
        <translation>無法儲存分層“%1”：%2</translation>
    </message>
    <message>
        <source>The segment no longer exists.</source>
        <translation>該分層已不存在。</translation>
    </message>
</context>
<context>
    <name>SetMemberTagCommand</name>
    <message>
        <source>Add tag “%1”</source>
        <translation>新增標籤“%1”</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>移除標籤“%1”</translation>
    </message>
</context>
<context>
    <name>SetMembershipRoleCommand</name>
    <message>
        <source>Change role to %1</source>
        <translation>將角色改為%1</translation>
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
        <translation>這不是已知的時區。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three letters such as CNY or USD.</source>
        <translation>“%1”不是貨幣代碼：請使用 CNY 或 USD 這樣的三個字母。</translation>
    </message>
</context>
<context>
    <name>SopAnchor</name>
    <message>
        <source>After joining</source>
        <translation>入群後</translation>
    </message>
    <message>
        <source>After the SOP starts</source>
        <translation>SOP 開始後</translation>
    </message>
</context>
<context>
    <name>SopCommands</name>
    <message>
        <source>List the SOPs with their scenario, target, steps and runs.</source>
        <translation>列出 SOP 及其場景、對象、步驟和執行。</translation>
    </message>
    <message>
        <source>Apply an SOP to a group, a saved segment or a member: plans its tasks (applying it again adds none twice).</source>
        <translation>將 SOP 套用於社群、已儲存的分層或成員：為其安排任務（再次套用不會重複新增）。</translation>
    </message>
    <message>
        <source>Dry run: what a member who joins on that day receives, and when.</source>
        <translation>預演：在該日入群的成員會收到什麼、在什麼時候收到。</translation>
    </message>
    <message>
        <source>Write all SOPs, or the one named, to a JSON file for sharing.</source>
        <translation>將全部 SOP 或指定的 SOP 寫入 JSON 檔案，以便分享。</translation>
    </message>
    <message>
        <source>Import SOPs from a JSON file (an SOP already there by its uid is skipped; a taken name becomes “NAME (2)”).</source>
        <translation>從 JSON 檔案匯入 SOP（uid 已存在的 SOP 會跳過；名稱已被佔用時改為“名稱 (2)”）。</translation>
    </message>
    <message>
        <source>There is no SOP named “%1” (see “qundesk-cli sop list”).</source>
        <translation>沒有名為“%1”的 SOP（參見“qundesk-cli sop list”）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>場景</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Active runs</source>
        <translation>進行中的執行</translation>
    </message>
    <message>
        <source>Give one of --group, --segment or --member.</source>
        <translation>請只指定 --group、--segment 或 --member 中的一個。</translation>
    </message>
    <message>
        <source>Say whom the SOP is for: --group, --segment or --member.</source>
        <translation>請指定 SOP 的對象：--group、--segment 或 --member。</translation>
    </message>
    <message>
        <source>There is no saved segment named “%1”.</source>
        <translation>沒有名為“%1”的已儲存分層。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” already runs on “%2”: %n new task(s).</source>
        <translation>
            <numerusform>“%1”已在“%2”上執行：新增 %n 個任務。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” applied to “%2”: %n task(s) planned.</source>
        <translation>
            <numerusform>“%1”已套用於“%2”：已安排 %n 個任務。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the join day: --join YYYY-MM-DD.</source>
        <translation>請指定入群日期：--join YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>A member who joins on %1 receives:</source>
        <translation>在 %1 入群的成員將收到：</translation>
    </message>
    <message>
        <source>Choose a file name ending in .json.</source>
        <translation>請選擇以 .json 結尾的檔名。</translation>
    </message>
    <message numerus="yes">
        <source>%n SOP(s) written to %1.</source>
        <translation>
            <numerusform>已將 %n 個 SOP 寫入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n SOP(s) imported, %2 already there.</source>
        <translation>
            <numerusform>%1：已匯入 %n 個 SOP，%2 個已存在。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SopEndRules</name>
    <message>
        <source>The early-exit condition of the SOP “%1” cannot be read: %2</source>
        <translation>無法讀取 SOP“%1”的提前結束條件：%2</translation>
    </message>
    <message>
        <source>The end actions of the SOP “%1” are not a JSON list.</source>
        <translation>SOP“%1”的結束動作不是 JSON 列表。</translation>
    </message>
    <message>
        <source>The SOP “%1” has an unknown end action “%2”.</source>
        <translation>SOP“%1”有未知的結束動作“%2”。</translation>
    </message>
    <message>
        <source>An end action of the SOP “%1” names nothing.</source>
        <translation>SOP“%1”的某個結束動作沒有指定任何內容。</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Start the SOP</source>
        <translation>啟動 SOP</translation>
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
        <translation>不是 QunDesk SOP 檔案（缺少 &quot;format&quot;: &quot;qundesk-sop&quot;）</translation>
    </message>
    <message>
        <source>SOP file version %1 is not supported</source>
        <translation>不支援 SOP 檔案版本 %1</translation>
    </message>
    <message>
        <source>SOP %1</source>
        <translation>第 %1 個 SOP</translation>
    </message>
    <message>
        <source>%1 has no name</source>
        <translation>%1 沒有名稱</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unknown scenario, target or anchor</source>
        <translation>%1（“%2”）的場景、對象或起算點未知</translation>
    </message>
    <message>
        <source>%1 (“%2”), step %3</source>
        <translation>%1（“%2”）第 %3 步</translation>
    </message>
    <message>
        <source>%1 has no title</source>
        <translation>%1 沒有標題</translation>
    </message>
    <message>
        <source>%1 has an unknown timing “%2”</source>
        <translation>%1 的時間規則“%2”未知</translation>
    </message>
    <message>
        <source>%1 needs a date (YYYY-MM-DD or MM-DD)</source>
        <translation>%1 需要日期（YYYY-MM-DD 或 MM-DD）</translation>
    </message>
    <message>
        <source>%1 has an unknown channel “%2”</source>
        <translation>%1 的管道“%2”未知</translation>
    </message>
    <message>
        <source>%1 needs a send window [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</source>
        <translation>%1 需要傳送時段 [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
</context>
<context>
    <name>SopPreview</name>
    <message>
        <source>Held: the member asked not to be disturbed</source>
        <translation>暫緩：成員要求免打擾</translation>
    </message>
    <message>
        <source>Held: over the weekly private touch cap</source>
        <translation>暫緩：超出每週私聊觸達上限</translation>
    </message>
    <message>
        <source>Moved out of quiet hours</source>
        <translation>已移出免打擾時段</translation>
    </message>
</context>
<context>
    <name>SopRunStatus</name>
    <message>
        <source>Active</source>
        <translation>進行中</translation>
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
        <translation>未知的 SOP 對象“%1”。</translation>
    </message>
    <message>
        <source>Choose whom the SOP is for.</source>
        <translation>請選擇 SOP 的物件。</translation>
    </message>
    <message>
        <source>An SOP run needs its start day.</source>
        <translation>SOP 執行需要開始日期。</translation>
    </message>
    <message>
        <source>Cannot start the SOP: %1</source>
        <translation>無法啟動 SOP：%1</translation>
    </message>
    <message>
        <source>The SOP run no longer exists.</source>
        <translation>該 SOP 執行已不存在。</translation>
    </message>
    <message>
        <source>Unknown SOP run status “%1”.</source>
        <translation>未知的 SOP 執行狀態“%1”。</translation>
    </message>
    <message>
        <source>Cannot add the SOP&apos;s tasks: %1</source>
        <translation>無法新增 SOP 任務：%1</translation>
    </message>
    <message>
        <source>An SOP task needs the time it is due.</source>
        <translation>SOP 任務需要到期時間。</translation>
    </message>
    <message>
        <source>Unknown task status “%1”.</source>
        <translation>未知的任務狀態“%1”。</translation>
    </message>
    <message>
        <source>Say why the task is skipped.</source>
        <translation>請說明跳過該任務的原因。</translation>
    </message>
    <message>
        <source>Choose when the postponed task is due.</source>
        <translation>請選擇延期任務的新到期時間。</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>該任務已不存在。</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>沒有任務 %1。</translation>
    </message>
</context>
<context>
    <name>SopScenario</name>
    <message>
        <source>New member</source>
        <translation>新成員</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>節日</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉化</translation>
    </message>
    <message>
        <source>New group nurturing</source>
        <translation>新群培育</translation>
    </message>
    <message>
        <source>Periodic care</source>
        <translation>定期關懷</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>沉默喚醒</translation>
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
        <translation>該 SOP 所針對的%1已不存在。</translation>
    </message>
    <message>
        <source>Unknown SOP target “%1”.</source>
        <translation>未知的 SOP 對象“%1”。</translation>
    </message>
</context>
<context>
    <name>SopShareService</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>The file is too large to be an SOP file.</source>
        <translation>檔案過大，不可能是 SOP 檔案。</translation>
    </message>
    <message>
        <source>There is no SOP named “%1”.</source>
        <translation>沒有名為“%1”的 SOP。</translation>
    </message>
    <message>
        <source>The built-in SOP library is missing from this build.</source>
        <translation>此版本缺少內建 SOP 庫。</translation>
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
        <translation>分層</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
</context>
<context>
    <name>SopTargetStore</name>
    <message>
        <source>Unknown SOP target status “%1”.</source>
        <translation>未知的 SOP 對象狀態“%1”。</translation>
    </message>
</context>
<context>
    <name>SopTargets</name>
    <message>
        <source>There is no member named “%1”.</source>
        <translation>沒有名為“%1”的成員。</translation>
    </message>
    <message numerus="yes">
        <source>%n members are named “%1”; the SOP needs one.</source>
        <translation>
            <numerusform>有 %n 位成員名為“%1”；SOP 只能針對其中一位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SopTaskService</name>
    <message>
        <source>Task %1 is already %2.</source>
        <translation>任務 %1 的狀態已是“%2”。</translation>
    </message>
    <message>
        <source>Say why the task is skipped.</source>
        <translation>請說明跳過該任務的原因。</translation>
    </message>
</context>
<context>
    <name>SopTaskStatus</name>
    <message>
        <source>Pending</source>
        <translation>待執行</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳過</translation>
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
        <translation>SOP 需要一個名稱。</translation>
    </message>
    <message>
        <source>Unknown SOP target “%1”.</source>
        <translation>未知的 SOP 對象“%1”。</translation>
    </message>
    <message>
        <source>Unknown SOP anchor “%1”.</source>
        <translation>未知的 SOP 起算點“%1”。</translation>
    </message>
    <message>
        <source>Step %1 needs a title.</source>
        <translation>第 %1 步需要標題。</translation>
    </message>
    <message>
        <source>Step %1 has an unknown timing “%2”.</source>
        <translation>第 %1 步的時間規則“%2”未知。</translation>
    </message>
    <message>
        <source>Step %1 needs its date.</source>
        <translation>第 %1 步需要日期。</translation>
    </message>
    <message>
        <source>Step %1 needs a weekday from Monday to Sunday.</source>
        <translation>第 %1 步需要週一到週日中的某一天。</translation>
    </message>
    <message>
        <source>Step %1 cannot happen before its anchor day.</source>
        <translation>第 %1 步不能早於起算日。</translation>
    </message>
    <message>
        <source>Step %1 has a send window that ends before it starts.</source>
        <translation>第 %1 步的傳送時段結束時間早於開始時間。</translation>
    </message>
    <message>
        <source>Step %1 has an unknown channel “%2”.</source>
        <translation>第 %1 步的管道“%2”未知。</translation>
    </message>
    <message>
        <source>Cannot save step %1: %2</source>
        <translation>無法儲存第 %1 步：%2</translation>
    </message>
    <message>
        <source>Cannot add the SOP “%1”: %2</source>
        <translation>無法新增 SOP“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the SOP “%1”: %2</source>
        <translation>無法儲存 SOP“%1”：%2</translation>
    </message>
    <message>
        <source>The SOP no longer exists.</source>
        <translation>該 SOP 已不存在。</translation>
    </message>
    <message>
        <source>Unknown SOP scenario “%1”.</source>
        <translation>未知的 SOP 場景“%1”。</translation>
    </message>
    <message>
        <source>Step %1 cannot repeat every %2 days.</source>
        <translation>第 %1 步不能每 %2 天重複一次。</translation>
    </message>
</context>
<context>
    <name>SopTiming</name>
    <message>
        <source>Day after anchor</source>
        <translation>起算後第 N 天</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>每週某天</translation>
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
        <translation>淘寶</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小紅書</translation>
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
        <translation>線下門店</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>老帶新轉介紹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他管道</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>官網</translation>
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
        <translation>資料庫錯誤，位於“%1…”：%2</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>The summary query returned no row.</source>
        <translation>彙總查詢沒有返回任何行。</translation>
    </message>
</context>
<context>
    <name>TagCategory</name>
    <message>
        <source>Activity</source>
        <translation>活躍度</translation>
    </message>
    <message>
        <source>Purchase intent</source>
        <translation>購買意向</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>客戶價值</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
</context>
<context>
    <name>TagOrigin</name>
    <message>
        <source>Added by hand</source>
        <translation>手動新增</translation>
    </message>
    <message>
        <source>Added by a rule</source>
        <translation>規則新增</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>TagRuleEngine</name>
    <message>
        <source>Tag rule “%1”: %2</source>
        <translation>標籤規則“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>標籤需要一個名稱。</translation>
    </message>
    <message>
        <source>“%1” is not a colour of the form #rrggbb.</source>
        <translation>“%1”不是 #rrggbb 格式的顏色。</translation>
    </message>
    <message>
        <source>A tag named “%1” already exists.</source>
        <translation>名為“%1”的標籤已存在。</translation>
    </message>
    <message>
        <source>Cannot add the tag “%1”: %2</source>
        <translation>無法新增標籤“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the tag “%1”: %2</source>
        <translation>無法儲存標籤“%1”：%2</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>該標籤已不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a tag origin.</source>
        <translation>“%1”不是標籤來源。</translation>
    </message>
    <message>
        <source>Cannot tag the members: %1</source>
        <translation>無法為成員貼標籤：%1</translation>
    </message>
    <message>
        <source>Cannot tag the members with “%1”: %2</source>
        <translation>無法為成員打上標籤“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>無法移除標籤：%1</translation>
    </message>
    <message>
        <source>A tag rule needs a name.</source>
        <translation>標籤規則需要一個名稱。</translation>
    </message>
    <message>
        <source>The rule “%1” cannot be saved. %2</source>
        <translation>規則“%1”無法儲存。%2</translation>
    </message>
    <message>
        <source>Cannot add the rule “%1”: %2</source>
        <translation>無法新增規則“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the rule “%1”: %2</source>
        <translation>無法儲存規則“%1”：%2</translation>
    </message>
    <message>
        <source>The tag rule no longer exists.</source>
        <translation>該標籤規則已不存在。</translation>
    </message>
</context>
<context>
    <name>TargetPath</name>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>這是一個資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>This is a device, a pipe or a socket, not a regular file.</source>
        <translation>這是裝置、管線或通訊端，不是一般檔案。</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>未指定檔名。</translation>
    </message>
    <message>
        <source>“-” (standard output) is not supported here; give a file name.</source>
        <translation>此處不支援“-”（標準輸出）；請指定檔名。</translation>
    </message>
    <message>
        <source>This is a link to a file that does not exist; give the file&apos;s own name.</source>
        <translation>這是指向不存在檔案的連結；請直接指定檔案本身的名稱。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>This is the open workspace; choose another file so it is not overwritten.</source>
        <translation>這是目前開啟的工作區；請選擇其他檔案，以免將其覆蓋。</translation>
    </message>
    <message>
        <source>This file belongs to the open workspace (its journal or lock file); choose another file.</source>
        <translation>此檔案屬於目前開啟的工作區（是它的交易日誌檔或鎖定檔）；請選擇其他檔案。</translation>
    </message>
    <message>
        <source>The file already exists; choose a new name so nothing is overwritten.</source>
        <translation>檔案已存在；請換一個新檔名，以免覆蓋任何內容。</translation>
    </message>
    <message>
        <source>The file is read-only; it was left unchanged.</source>
        <translation>檔案為唯讀；未作任何改動。</translation>
    </message>
    <message>
        <source>“-” (standard input) is not supported here; give a file name.</source>
        <translation>此處不支援“-”（標準輸入）；請指定檔名。</translation>
    </message>
    <message>
        <source>This is a link to a file that does not exist.</source>
        <translation>這是指向不存在檔案的連結。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>檔案不存在。</translation>
    </message>
    <message>
        <source>The file cannot be read (no permission).</source>
        <translation>無法讀取檔案（沒有權限）。</translation>
    </message>
</context>
<context>
    <name>TaskAgenda</name>
    <message>
        <source>There is no task %1.</source>
        <translation>沒有任務 %1。</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>List the SOP tasks due on or before a day (default: today), overdue ones included, with their scripts filled in.</source>
        <translation>列出某日（預設：今天）及之前到期的 SOP 任務，包括已逾期的，並填好話術。</translation>
    </message>
    <message>
        <source>Mark a task done (records the touch).</source>
        <translation>將任務標記為已完成（記錄觸達）。</translation>
    </message>
    <message>
        <source>Skip a task, saying why.</source>
        <translation>跳過任務，並說明原因。</translation>
    </message>
    <message>
        <source>A task id is a whole number above 0, not “%1”.</source>
        <translation>任務 ID 必須是大於 0 的整數，而不是“%1”。</translation>
    </message>
    <message>
        <source>No task is due by %1.</source>
        <translation>截至 %1 沒有到期的任務。</translation>
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
        <translation>成員</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>話術</translation>
    </message>
    <message>
        <source>Task %1 done.</source>
        <translation>任務 %1 已完成。</translation>
    </message>
    <message>
        <source>Say why the task is skipped: --reason TEXT.</source>
        <translation>請說明跳過該任務的原因：--reason 文字。</translation>
    </message>
    <message>
        <source>Task %1 skipped.</source>
        <translation>任務 %1 已跳過。</translation>
    </message>
</context>
<context>
    <name>TelegramParser</name>
    <message>
        <source>A message without a valid date.</source>
        <translation>一則沒有有效日期的訊息。</translation>
    </message>
    <message>
        <source>A message of a kind QunDesk does not read (%1).</source>
        <translation>一則 QunDesk 無法讀取的訊息類型（%1）。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>匯入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>A message is broken JSON (%1).</source>
        <translation>一則訊息的 JSON 已損壞（%1）。</translation>
    </message>
    <message>
        <source>The file is a full Telegram export of many chats: choose one.</source>
        <translation>此檔案是包含多個聊天的 Telegram 完整匯出：請選擇其中一個。</translation>
    </message>
    <message>
        <source>The export holds no chat named or numbered “%1”.</source>
        <translation>匯出中沒有名稱或編號為“%1”的聊天。</translation>
    </message>
    <message>
        <source>The file holds no messages: this is no Telegram chat export.</source>
        <translation>檔案中沒有任何訊息：這不是 Telegram 聊天記錄。</translation>
    </message>
</context>
<context>
    <name>TelegramScanner</name>
    <message>
        <source>The file cannot be read to its end: %1</source>
        <translation>無法讀取到檔案結尾：%1</translation>
    </message>
    <message>
        <source>A message is longer than %1 MiB: this is no Telegram export.</source>
        <translation>有一則訊息超過 %1 MiB：這不是 Telegram 匯出檔案。</translation>
    </message>
    <message>
        <source>The file is empty or is no Telegram export.</source>
        <translation>檔案為空，或不是 Telegram 匯出檔案。</translation>
    </message>
    <message>
        <source>The file ends in the middle of the export: it is truncated.</source>
        <translation>檔案在匯出內容中途結束：檔案不完整。</translation>
    </message>
    <message>
        <source>A value is too long: this is no Telegram export.</source>
        <translation>某個值過長：這不是 Telegram 匯出檔案。</translation>
    </message>
    <message>
        <source>This is not a Telegram Desktop export (result.json).</source>
        <translation>這不是 Telegram Desktop 匯出檔案（result.json）。</translation>
    </message>
    <message>
        <source>The export&apos;s JSON is broken here.</source>
        <translation>匯出檔案的 JSON 在此處損壞。</translation>
    </message>
    <message>
        <source>This is not a DiscordChatExporter JSON export.</source>
        <translation>這不是 DiscordChatExporter JSON 匯出。</translation>
    </message>
    <message>
        <source>A value is too long: this is no Discord export.</source>
        <translation>有值過長：這不是 Discord 匯出。</translation>
    </message>
    <message>
        <source>The file is empty or is no Discord export.</source>
        <translation>檔案為空或不是 Discord 匯出。</translation>
    </message>
</context>
<context>
    <name>TextEncodingDetector</name>
    <message>
        <source>This file is binary, not a text or CSV file.</source>
        <translation>此檔案是二進位檔案，不是文字或 CSV 檔案。</translation>
    </message>
    <message>
        <source>The text encoding is not recognised (expected UTF-8 or GB18030). Save the file as “CSV UTF-8” and try again.</source>
        <translation>無法識別文字編碼（應為 UTF-8 或 GB18030）。請將檔案另存為“CSV UTF-8”後重試。</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Regular</source>
        <translation>普通會員</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>白銀會員</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黃金會員</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>白金會員</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>鑽石會員</translation>
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
        <translation>“%1”不是已知的時區。</translation>
    </message>
</context>
<context>
    <name>TouchStore</name>
    <message>
        <source>A touch needs the member who was contacted.</source>
        <translation>觸達記錄需要指定被聯絡的成員。</translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>未知管道“%1”。</translation>
    </message>
    <message>
        <source>Cannot log the touch: %1</source>
        <translation>無法記錄觸達：%1</translation>
    </message>
    <message>
        <source>The touch no longer exists.</source>
        <translation>該觸達記錄已不存在。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>無法開始交易：%1</translation>
    </message>
    <message>
        <source>No transaction is active.</source>
        <translation>目前沒有進行中的交易。</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>無法儲存更改：%1</translation>
    </message>
</context>
<context>
    <name>UnlinkMemberCommand</name>
    <message>
        <source>Unlink member</source>
        <translation>取消關聯成員</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>No command given; run “qundesk-cli --help” for the list of commands.</source>
        <translation>未指定命令；執行“qundesk-cli --help”檢視命令列表。</translation>
    </message>
    <message>
        <source>Wrong arguments; usage: qundesk-cli %1</source>
        <translation>參數錯誤；用法：qundesk-cli %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>選項：</translation>
    </message>
    <message>
        <source>the workspace file (default: %1)</source>
        <translation>工作區檔案（預設：%1）</translation>
    </message>
    <message>
        <source>print exactly one JSON object on stdout</source>
        <translation>在標準輸出上只輸出一個 JSON 物件</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>顯示版本</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>顯示此說明</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the command fails, 2 when the command line is wrong; the reason is one line on stderr.</source>
        <translation>退出狀態：成功為 0，命令失敗為 1，命令列有誤為 2；原因會在標準錯誤上輸出一行。</translation>
    </message>
    <message>
        <source>Unknown command “%1”; run “qundesk-cli --help” for the list of commands.</source>
        <translation>未知命令“%1”；執行“qundesk-cli --help”檢視命令列表。</translation>
    </message>
    <message>
        <source>Unknown time zone “%1” for --tz; give an IANA id such as Asia/Shanghai or America/New_York.</source>
        <translation>--tz 的時區“%1”未知；請指定 IANA 時區 ID，例如 Asia/Shanghai 或 America/New_York。</translation>
    </message>
    <message>
        <source>--tz only changes how reports read days; “%1” works in the workspace&apos;s own time zone (change it in QunDesk&apos;s Preferences).</source>
        <translation>--tz 只改變報表按哪個時區劃分日期；“%1”使用工作區本身的時區（可在 QunDesk 的偏好設定中變更）。</translation>
    </message>
    <message>
        <source>Usage: qundesk-cli [--db PATH] [--json] [--tz ZONE] COMMAND …</source>
        <translation>用法：qundesk-cli [--db PATH] [--json] [--tz ZONE] COMMAND …</translation>
    </message>
    <message>
        <source>read days in this IANA time zone (e.g. America/New_York) for this run only: reports, stages and exports; the workspace keeps its own zone. Given before the command.</source>
        <translation>僅本次執行按此 IANA 時區（例如 America/New_York）劃分日期，用於報表、生命週期階段和匯出；工作區保留自己的時區。須寫在命令之前。</translation>
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
        <translation>這不是 MemoTrace 或 PyWxDump 的微信 CSV 匯出：其標題列為“%1”。</translation>
    </message>
    <message>
        <source>The row has %1 columns; the header has %2.</source>
        <translation>該行有 %1 列；標題列有 %2 列。</translation>
    </message>
    <message>
        <source>The time “%1” is not a date and time.</source>
        <translation>時間“%1”不是有效的日期和時間。</translation>
    </message>
</context>
<context>
    <name>WeeklyReportAction</name>
    <message>
        <source>Weekly report %1.pdf</source>
        <translation>週報 %1.pdf</translation>
    </message>
    <message>
        <source>Export weekly report %1 (%2 – %3)</source>
        <translation>匯出週報 %1（%2 – %3）</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the weekly report</source>
        <translation>無法匯出週報</translation>
    </message>
    <message>
        <source>The report %1 was not written.</source>
        <translation>週報 %1 未寫入。</translation>
    </message>
    <message>
        <source>Weekly report written</source>
        <translation>週報已寫入</translation>
    </message>
    <message numerus="yes">
        <source>The weekly report %1 (%n page(s)) was saved to %2.</source>
        <translation>
            <numerusform>週報 %1（共 %n 頁）已儲存到 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReportExport</name>
    <message>
        <source>Choose a file name ending in .pdf.</source>
        <translation>請選擇以 .pdf 結尾的檔案名。</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>無法寫入檔案：%1</translation>
    </message>
    <message>
        <source>Exporting the weekly report</source>
        <translation>正在匯出週報</translation>
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
        <translation>週報 %1</translation>
    </message>
    <message>
        <source>Cannot paint the report.</source>
        <translation>無法繪製週報。</translation>
    </message>
    <message>
        <source>%1 – %2 (Monday to Sunday, time zone %3) · generated %4</source>
        <translation>%1 – %2（週一至週日，時區 %3）· 產生於 %4</translation>
    </message>
    <message>
        <source>Key figures per group</source>
        <translation>各社群關鍵指標</translation>
    </message>
    <message>
        <source>The workspace has no active group.</source>
        <translation>工作區沒有經營中的社群。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活躍成員</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>活躍率</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 個百分點</translation>
    </message>
    <message>
        <source>Members at the end of the week</source>
        <translation>本週結束時的成員數</translation>
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
        <translation>購買者</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>上週</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Activity per day</source>
        <translation>每日活躍</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>每日訊息數</translation>
    </message>
    <message>
        <source>Daily active members</source>
        <translation>日活成員</translation>
    </message>
    <message>
        <source>Top contributors</source>
        <translation>發言最多的成員</translation>
    </message>
    <message>
        <source>Nobody posted this week.</source>
        <translation>本週無人發言。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>New lurkers (joined this week, never posted)</source>
        <translation>新增潛水成員（本週入群，從未發言）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群時間</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……還有 %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Members turning Declining</source>
        <translation>轉入衰退期的成員</translation>
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
        <translation>定義</translation>
    </message>
    <message>
        <source>Days are days in the workspace&apos;s time zone. Active members: members with at least one message in the group that week; active rate: active members / members present at the end of the week. Daily active members: distinct members who posted that day. Buyers and revenue: orders attributed to the group, revenue in %1 (other currencies are not added). New lurkers: members whose stay began this week and who have not posted in that group. Turning Declining: Declining on Sunday (silent for the configured number of days and no order in the configured window) but not on the Sunday before.</source>
        <translation>天數按工作區時區計算。活躍成員：該週在社群內至少發過一條訊息的成員；活躍率：活躍成員 ÷ 本週結束時的成員數。日活成員：當天發過言的不同成員數。購買者和營收：歸屬該社群的訂單，營收以 %1 計（其他幣別不計入）。新增潛水成員：本週入群且尚未在該社群發言的成員。轉入衰退期：週日處於衰退期（沉默達到設定天數且在設定視窗內無訂單），但上週日不在衰退期。</translation>
    </message>
    <message>
        <source>Cannot write the report.</source>
        <translation>無法寫入週報。</translation>
    </message>
</context>
<context>
    <name>WhatsAppParser</name>
    <message>
        <source>This is not a WhatsApp chat export: line %1 does not start with a date and time.</source>
        <translation>這不是 WhatsApp 聊天記錄：第 %1 行不是以日期和時間開頭。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>匯入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The file cannot be read to its end.</source>
        <translation>無法讀取到檔案結尾。</translation>
    </message>
    <message>
        <source>Line %1: the date is not valid in the order %2; choose another date order.</source>
        <translation>第 %1 行：按 %2 順序日期無效；請選擇其他日期順序。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>the workspace is busy — another program is writing to it; try again when it has finished</source>
        <translation>工作區忙碌中 — 其他程式正在寫入；請等其完成後再試</translation>
    </message>
    <message>
        <source>the workspace is read-only: QunDesk cannot write to the file or to its folder</source>
        <translation>工作區為唯讀：QunDesk 無法寫入該檔案或其所在資料夾</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again (nothing was changed)</source>
        <translation>磁碟已滿；請釋放一些空間後重試（未做任何更改）</translation>
    </message>
    <message>
        <source>the workspace is damaged; run a check (qundesk-cli check) and restore the latest backup</source>
        <translation>工作區已損壞；請執行檢查（qundesk-cli check）並還原最近的備份</translation>
    </message>
    <message>
        <source>the workspace cannot be read or written (a disk or file system error)</source>
        <translation>無法讀寫工作區（磁碟或檔案系統錯誤）</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>QunDesk workspaces (*.qundesk);;All files (*)</source>
        <translation>QunDesk 工作區 (*.qundesk);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>無法開啟工作區</translation>
    </message>
    <message>
        <source>QunDesk cannot open %1.</source>
        <translation>QunDesk 無法開啟 %1。</translation>
    </message>
    <message>
        <source>Open another workspace?</source>
        <translation>要開啟其他工作區嗎？</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新增工作區</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File ▸ Open workspace….</source>
        <translation>%1 已存在。請換一個新檔名，或透過“檔案 ▸ 開啟工作區…”開啟它。</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>備份工作區</translation>
    </message>
    <message>
        <source>QunDesk backups (*.qundesk-backup)</source>
        <translation>QunDesk 備份 (*.qundesk-backup)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <source>The backup %1 was not written.</source>
        <translation>備份 %1 未能寫入。</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>備份完成</translation>
    </message>
    <message>
        <source>The workspace was saved to %1.</source>
        <translation>工作區已儲存到 %1。</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>還原工作區</translation>
    </message>
    <message>
        <source>QunDesk backups (*.qundesk-backup *.qundesk);;All files (*)</source>
        <translation>QunDesk 備份 (*.qundesk-backup *.qundesk);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?</source>
        <translation>要用備份 %2 替換 %1 嗎？</translation>
    </message>
    <message>
        <source>The current file is kept next to it as a copy.</source>
        <translation>目前檔案會作為副本保留在旁邊。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>還原失敗</translation>
    </message>
    <message>
        <source>%1 was not restored; the workspace is unchanged.</source>
        <translation>%1 未能還原；工作區保持不變。</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>工作區已損壞</translation>
    </message>
    <message>
        <source>QunDesk found damage in %1. %2</source>
        <translation>QunDesk 在 %1 中發現損壞。%2</translation>
    </message>
    <message>
        <source>No backup of it was found beside it or in Documents. Restore it from a backup file? Until then, changes may fail or be incomplete.</source>
        <translation>在其旁邊或“文件”中未找到備份。要從備份檔案還原嗎？在此之前，更改可能失敗或不完整。</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2). Restore it? The damaged file is kept next to it as a copy.</source>
        <translation>最近的備份是 %1（%2）。要還原嗎？已損壞的檔案會作為副本保留在旁邊。</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>選擇備份…</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>還原備份</translation>
    </message>
</context>
<context>
    <name>WorkspaceJobs</name>
    <message>
        <source>Backing up the workspace to %1</source>
        <translation>正在將工作區備份到 %1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>正在寫入備份…</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>正在還原 %1</translation>
    </message>
    <message>
        <source>Replacing the workspace…</source>
        <translation>正在替換工作區…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n member(s) to %1</source>
        <translation>
            <numerusform>正在將 %n 位成員匯出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在匯入 %1</translation>
    </message>
    <message>
        <source>Bringing stages, fan levels and automatic tags up to today</source>
        <translation>正在將生命週期階段、粉絲等級和自動標籤更新到今天</translation>
    </message>
    <message>
        <source>Creating the demo workspace</source>
        <translation>正在建立示範工作區</translation>
    </message>
    <message>
        <source>The file already exists; it was left unchanged.</source>
        <translation>檔案已存在；未作任何改動。</translation>
    </message>
    <message>
        <source>Computing group health</source>
        <translation>正在計算社群健康分</translation>
    </message>
    <message>
        <source>Checking the workspace</source>
        <translation>正在檢查工作區</translation>
    </message>
    <message>
        <source>Checking the workspace for damage…</source>
        <translation>正在檢查工作區是否損壞…</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>The workspace is in use by another program (%1, process %2); close it there and try again.</source>
        <translation>工作區正被其他程式使用（%1，處理程序 %2）；請在該程式中關閉後重試。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Cannot write the lock file %1 beside the workspace (is the folder read-only?).</source>
        <translation>無法在工作區旁寫入鎖定檔 %1（資料夾是否為唯讀？）。</translation>
    </message>
</context>
<context>
    <name>XlsxTable</name>
    <message>
        <source>Cannot write the file.</source>
        <translation>無法寫入檔案。</translation>
    </message>
    <message>
        <source>This build of QunDesk cannot write .xlsx files; export as .csv instead.</source>
        <translation>此版本的 QunDesk 無法寫入 .xlsx 檔案，請改為匯出 .csv。</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>無法寫入檔案：%1</translation>
    </message>
    <message>
        <source>Cannot write the file: no room for temporary files (%1).</source>
        <translation>無法寫入檔案：沒有空間存放暫存檔（%1）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop workbench for chat-group operators</source>
        <translation>社群經營桌面工作臺</translation>
    </message>
    <message>
        <source>Open the workspace at PATH.</source>
        <translation>開啟位於 PATH 的工作區。</translation>
    </message>
    <message>
        <source>Open the demo workspace (created when missing).</source>
        <translation>開啟示範工作區（不存在時自動建立）。</translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN or zh_TW.</source>
        <translation>介面語言：en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>Start on a page: today, groups, members, calendar, sop, analytics or import.</source>
        <translation>啟動時開啟的頁面：today、groups、members、calendar、sop、analytics 或 import。</translation>
    </message>
    <message>
        <source>Save the window to a PNG FILE and quit.</source>
        <translation>將視窗儲存為 PNG 檔案 FILE 後退出。</translation>
    </message>
</context>
<context>
    <name>qundesk::AgendaView</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Content line</source>
        <translation>內容線</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>時間段(&amp;P)：</translation>
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
        <translation>自訂</translation>
    </message>
</context>
<context>
    <name>qundesk::AnalyticsPage</name>
    <message>
        <source>No workspace is open.</source>
        <translation>未開啟工作區。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>Metric definitions…</source>
        <translation>指標定義…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Daily active (avg.)</source>
        <translation>日活（平均）</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>活躍率</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Net growth</source>
        <translation>淨增長</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>購買者</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉化</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Top-20% share</source>
        <translation>前 20% 貢獻佔比</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>每日訊息數</translation>
    </message>
    <message>
        <source>Active members (DAU, WAU, MAU)</source>
        <translation>活躍成員（日活、週活、月活）</translation>
    </message>
    <message>
        <source>Joins, leaves and net growth</source>
        <translation>入群、退群和淨增長</translation>
    </message>
    <message>
        <source>Members over time</source>
        <translation>成員數變化</translation>
    </message>
    <message>
        <source>Best posting hours (weekday × hour)</source>
        <translation>最佳發布時段（星期 × 小時）</translation>
    </message>
    <message>
        <source>Retention by join week</source>
        <translation>按入群週的留存</translation>
    </message>
    <message>
        <source>Retention by source channel</source>
        <translation>按來源管道的留存</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>轉化漏斗</translation>
    </message>
    <message>
        <source>Funnel by source channel</source>
        <translation>按來源管道的漏斗</translation>
    </message>
    <message>
        <source>Funnel by group</source>
        <translation>按社群的漏斗</translation>
    </message>
    <message>
        <source>Revenue per group</source>
        <translation>各社群營收</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>推薦排行</translation>
    </message>
    <message>
        <source>Nothing to show for this group and period yet.</source>
        <translation>此社群和時間段暫無可顯示的資料。</translation>
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
        <translation>跳至今天（Home）</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>上一頁（Page Up）</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>下一頁（Page Down）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>議程</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>新增條目…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部管道</translation>
    </message>
    <message>
        <source>All content lines</source>
        <translation>全部內容線</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部狀態</translation>
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
        <translation>本週內容組成：%1</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>暫無計劃</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Marketing above %1% in: %2</source>
        <translation>行銷內容超過 %1% 的社群：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>新增“%1”</translation>
    </message>
    <message>
        <source>Cannot add the item</source>
        <translation>無法新增條目</translation>
    </message>
    <message>
        <source>Cannot open the item</source>
        <translation>無法開啟條目</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>刪除“%1”</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>修改“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>編輯“%1”</translation>
    </message>
    <message>
        <source>Cannot change the item</source>
        <translation>無法修改條目</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移動“%1”</translation>
    </message>
    <message>
        <source>Cannot move the item</source>
        <translation>無法移動條目</translation>
    </message>
    <message>
        <source>Change the length of “%1”</source>
        <translation>修改“%1”的時長</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>匯出內容日曆</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 檔案 (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>無法匯出內容日曆</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>內容日曆已匯出</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1.</source>
        <translation>
            <numerusform>已將 %n 個條目寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>匯入內容日曆</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 檔案 (*.ics);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>無法匯入內容日曆</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>內容日曆已匯入</translation>
    </message>
    <message>
        <source>Imported: %1 · already there: %2 · skipped: %3</source>
        <translation>已匯入：%1 · 已存在：%2 · 已跳過：%3</translation>
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
        <translation>將圖表匯出為 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>Could not write the image “%1”. Check that the folder exists and is writable.</source>
        <translation>無法寫入圖片“%1”。請檢查資料夾是否存在且可寫。</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>將圖表資料匯出為 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>匯出圖表資料</translation>
    </message>
    <message>
        <source>What this chart shows: the metric&apos;s definition</source>
        <translation>此圖表顯示的內容：指標定義</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation>將圖表匯出為 PNG 圖片</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>將圖表資料匯出為 CSV</translation>
    </message>
</context>
<context>
    <name>qundesk::ChatCsvColumnsEditor</name>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Time column:</source>
        <translation>時間列：</translation>
    </message>
    <message>
        <source>Author column:</source>
        <translation>作者列：</translation>
    </message>
    <message>
        <source>Text column:</source>
        <translation>內容列：</translation>
    </message>
    <message>
        <source>Author id column (optional):</source>
        <translation>作者 ID 列（選用）：</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>選擇列…</translation>
    </message>
</context>
<context>
    <name>qundesk::ChatImportDialog</name>
    <message>
        <source>%1 (member #%2)</source>
        <translation>%1（成員 #%2）</translation>
    </message>
    <message>
        <source>A new member</source>
        <translation>新成員</translation>
    </message>
    <message>
        <source>Several members have this name: choose…</source>
        <translation>多位成員同名：請選擇…</translation>
    </message>
    <message>
        <source>This is a full Telegram export: choose the chat to import.</source>
        <translation>這是 Telegram 完整匯出：請選擇要匯入的聊天。</translation>
    </message>
    <message>
        <source>Choose the chat to import.</source>
        <translation>請選擇要匯入的聊天。</translation>
    </message>
    <message>
        <source>Name the group the messages go to.</source>
        <translation>請填寫訊息要匯入到的社群名稱。</translation>
    </message>
    <message>
        <source>Several members are called “%1”: choose who wrote in this chat.</source>
        <translation>有多位成員叫“%1”：請選擇在此聊天中發言的是哪一位。</translation>
    </message>
    <message>
        <source>Choose the time zone the export&apos;s times are in.</source>
        <translation>請選擇匯出檔案中時間所用的時區。</translation>
    </message>
    <message>
        <source>Import chat — %1</source>
        <translation>匯入聊天 — %1</translation>
    </message>
    <message>
        <source>Detected format: %1</source>
        <translation>偵測到的格式：%1</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>聊天：</translation>
    </message>
    <message>
        <source>Into group (created when missing):</source>
        <translation>匯入到社群（不存在時自動建立）：</translation>
    </message>
    <message>
        <source>Dates are written as:</source>
        <translation>日期書寫順序：</translation>
    </message>
    <message>
        <source>read from the file</source>
        <translation>從檔案中讀取</translation>
    </message>
    <message>
        <source>a guess: check the preview</source>
        <translation>推測所得：請檢查預覽</translation>
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
        <translation>未標時區的時間所在時區：</translation>
    </message>
    <message>
        <source>First messages:</source>
        <translation>前幾則訊息：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>傳送者</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Authors and the members they become:</source>
        <translation>傳送者及其對應的成員：</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Choose the columns that hold the time, the author and the text.</source>
        <translation>請選擇包含時間、作者和內容的列。</translation>
    </message>
    <message>
        <source>The file&apos;s columns: choose which hold the time, the author and the text.</source>
        <translation>檔案的列：請選擇哪些列包含時間、作者和內容。</translation>
    </message>
</context>
<context>
    <name>qundesk::ConditionRow</name>
    <message>
        <source>Silent days</source>
        <translation>沉默天數</translation>
    </message>
    <message>
        <source>Messages in N days</source>
        <translation>近 N 天發言數</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Joined within N days</source>
        <translation>近 N 天內入群</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>生日月份</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>來源管道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <source>Fan level</source>
        <translation>粉絲等級</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>會員等級</translation>
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
        <translation>擁有標籤</translation>
    </message>
    <message>
        <source>Never posted</source>
        <translation>從未發言</translation>
    </message>
    <message>
        <source>In any group</source>
        <translation>在任一社群中</translation>
    </message>
    <message>
        <source>Top quarter by activity</source>
        <translation>活躍度前 25%</translation>
    </message>
    <message>
        <source>within</source>
        <translation>不超過</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>屬於</translation>
    </message>
    <message>
        <source>is not in</source>
        <translation>不屬於</translation>
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
        <translation>刪除此條件</translation>
    </message>
</context>
<context>
    <name>qundesk::ContentItemDialog</name>
    <message>
        <source>Edit calendar item</source>
        <translation>編輯日曆條目</translation>
    </message>
    <message>
        <source>New calendar item</source>
        <translation>新增日曆條目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
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
        <translation>管道</translation>
    </message>
    <message>
        <source>Content line</source>
        <translation>內容線</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內文</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
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
        <translation>刪除</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>A calendar item needs a title.</source>
        <translation>日曆條目需要標題。</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupDialog</name>
    <message>
        <source>Give the group a name.</source>
        <translation>請為社群起一個名稱。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未開啟工作區。</translation>
    </message>
    <message>
        <source>A group named “%1” already exists. Choose another name.</source>
        <translation>名為“%1”的社群已存在。請換一個名稱。</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>編輯社群</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新增社群</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平臺(&amp;P)：</translation>
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
        <translation>群規與公告(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Welcome script:</source>
        <translation>歡迎話術(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>經營者(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>經營中</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>The name members see in the chat</source>
        <translation>成員在聊天中看到的群名稱</translation>
    </message>
    <message>
        <source>Who runs this group</source>
        <translation>負責經營此群的人</translation>
    </message>
    <message>
        <source>Placeholders filled in when the script is copied: {nickname} the new member, {group} this group, {operator} you.</source>
        <translation>複製話術時會自動填入佔位符：{nickname} 為新成員，{group} 為本群，{operator} 為你。</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupSwitcher</name>
    <message numerus="yes">
        <source>You run %n active group(s).</source>
        <translation>
            <numerusform>你正在經營 %n 個活躍社群。</numerusform>
        </translation>
    </message>
    <message>
        <source>A comfortable load.</source>
        <translation>負擔適中。</translation>
    </message>
    <message>
        <source>Near the limit: more than seven groups lowers conversion.</source>
        <translation>接近上限：超過七個群會降低轉化。</translation>
    </message>
    <message>
        <source>Too many groups for one operator: conversion drops above seven.</source>
        <translation>一個人經營的群太多了：超過七個群轉化會下降。</translation>
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
        <translation>各頁面顯示的社群</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupTableModel</name>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>已用 %1 / %2 個名額</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>經營中</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群名稱</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平臺</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員數</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>經營者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation>未設定容量</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s) sent a message in the last 7 days</source>
        <translation>
            <numerusform>近 7 天 %n 位成員中有 %1 位發過言</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 30 days: %1 joined, %2 left</source>
        <translation>近 30 天：入群 %1 人，退群 %2 人</translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s) in the last 30 days, revenue %1</source>
        <translation>
            <numerusform>近 30 天有 %n 位購買者，營收 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Health score 0–100: 40% weekly active rate (target 40%), 20% net growth in 30 days, 25% conversion (target 10%), 15% room left in the group.</source>
        <translation>健康分 0–100：周活躍率佔 40%（目標 40%），30 天淨成長佔 20%，轉化率佔 25%（目標 10%），群剩餘容量佔 15%。</translation>
    </message>
    <message>
        <source>Members who sent at least one message in the last 7 days, as a share of the members present today</source>
        <translation>近 7 天至少發過一條訊息的成員佔今日在群成員的比例</translation>
    </message>
    <message>
        <source>Joins minus leaves in the last 30 days</source>
        <translation>近 30 天入群人數減去退群人數</translation>
    </message>
    <message>
        <source>Members with an order in this group in the last 30 days, as a share of the members present today</source>
        <translation>近 30 天在本群下過單的成員佔今日在群成員的比例</translation>
    </message>
    <message>
        <source>Capacity
used</source>
        <translation>容量
佔用</translation>
    </message>
    <message>
        <source>Active
7 days</source>
        <translation>7 天
活躍</translation>
    </message>
    <message>
        <source>Growth
30 days</source>
        <translation>30 天
成長</translation>
    </message>
    <message>
        <source>Conversion
30 days</source>
        <translation>30 天
轉化</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康分</translation>
    </message>
    <message>
        <source>Not enough data yet: a group is scored once it has members and 7 days of history.</source>
        <translation>資料尚不足：社群有成員且有 7 天的歷史資料後才會評分。</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupsPage</name>
    <message>
        <source>Search groups, platforms, operators…</source>
        <translation>搜尋社群、平臺、經營者…</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>還沒有社群</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 個社群</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s)</source>
        <translation>
            <numerusform>%1 / %n 個社群</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at %2% of its capacity (%3/%4).</source>
        <translation>%1 已用容量 %2%（%3/%4）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %n active group(s): beyond seven groups conversion drops. Hand some over or archive the quiet ones.</source>
        <translation>
            <numerusform>%1 正在經營 %n 個活躍社群：超過七個群轉化會下降。請移交一部分，或歸檔冷清的群。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %n active group(s): close to the limit of seven.</source>
        <translation>
            <numerusform>%1 正在經營 %n 個活躍社群：已接近七個群的上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the group</source>
        <translation>無法修改社群</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>新增社群…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>顯示已歸檔</translation>
    </message>
    <message>
        <source>Create a group with “New group…”, import a chat export, or open the demo workspace (File ▸ Open workspace…).</source>
        <translation>透過“新增社群…”建立社群、匯入聊天記錄，或開啟示範工作區（檔案 ▸ 開啟工作區…）。</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>取消歸檔</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>歸檔</translation>
    </message>
</context>
<context>
    <name>qundesk::ImportHistoryView</name>
    <message>
        <source>Member list</source>
        <translation>成員名單</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Chat export</source>
        <translation>聊天記錄</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>匯入歷史</translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace yet.</source>
        <translation>此工作區還沒有匯入過任何內容。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>What</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳過</translation>
    </message>
</context>
<context>
    <name>qundesk::ImportPage</name>
    <message>
        <source>Import member list</source>
        <translation>匯入成員名單</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>無法匯入此檔案</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Importing members</source>
        <translation>正在匯入成員</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>匯入已取消</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>%1 的匯入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Bring in what you already have. Every import is previewed first, runs all or nothing, and can be repeated: rows already imported are recognised and not added twice.</source>
        <translation>把已有的資料導進來。每次匯入都會先預覽，要麼全部匯入、要麼全不匯入，並且可以重複匯入：已匯入過的行會被識別出來，不會重複新增。</translation>
    </message>
    <message>
        <source>Member list (CSV)</source>
        <translation>成員名單（CSV）</translation>
    </message>
    <message>
        <source>A table of people exported from Excel, WPS or another tool, in UTF-8 or GB18030. Columns understood: name, handle, platform, group, role, joined, gender, birthday, city, source, referrer, tags (separated by , or ;), notes and phone. You map the columns in a preview before anything is stored.</source>
        <translation>從 Excel、WPS 或其他工具匯出的人員表格，編碼為 UTF-8 或 GB18030。可識別的列：姓名、帳號、平臺、社群、角色、入群時間、性別、生日、城市、來源管道、推薦人、標籤（以 , 或 ; 分隔）、備註和手機。儲存任何資料之前，你會先在預覽中對應好各列。</translation>
    </message>
    <message>
        <source>Import member list…</source>
        <translation>匯入成員名單…</translation>
    </message>
    <message>
        <source>Chat exports</source>
        <translation>聊天記錄</translation>
    </message>
    <message>
        <source>Last import: %1 — %2 imported, %3 duplicates, %4 skipped.</source>
        <translation>上次匯入：%1 — 匯入 %2 行，重複 %3 行，跳過 %4 行。</translation>
    </message>
    <message>
        <source>Import chat export</source>
        <translation>匯入聊天記錄</translation>
    </message>
    <message>
        <source>Importing a chat</source>
        <translation>正在匯入聊天記錄</translation>
    </message>
    <message>
        <source>Import chat export…</source>
        <translation>匯入聊天記錄…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 則</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation>跳過無效行</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of %1 are invalid and will be skipped — continue? Nothing has been imported yet.</source>
        <translation>
            <numerusform>%1 行中有 %n 行無效，將被跳過——是否繼續？目前尚未匯入任何內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import order list</source>
        <translation>匯入訂單列表</translation>
    </message>
    <message>
        <source>Importing orders</source>
        <translation>正在匯入訂單</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.txt *.zip *.csv);;All files (*)</source>
        <translation>聊天匯出 (*.json *.txt *.zip *.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Order list (CSV)</source>
        <translation>訂單列表（CSV）</translation>
    </message>
    <message>
        <source>Orders from your shop or a spreadsheet, in UTF-8 or GB18030: order number, date, the buyer&apos;s name, handle or phone, amount, currency, product and group. Buyers are matched to members; orders already imported are recognised by their number (or by date, buyer, amount and product). Stages and tags follow the new orders.</source>
        <translation>來自商店或表格的訂單，UTF-8 或 GB18030 編碼：訂單編號、日期、購買者的名稱、帳號或手機、金額、幣別、商品和社群。購買者會與成員匹配；已匯入的訂單按訂單編號識別（或按日期、購買者、金額和商品）。生命週期階段和標籤會隨新訂單更新。</translation>
    </message>
    <message>
        <source>Import order list…</source>
        <translation>匯入訂單列表…</translation>
    </message>
    <message>
        <source>A Telegram Desktop export (result.json, one chat or a full export), a WhatsApp “Export chat” (.txt or .zip), a WeChat chat saved as CSV by MemoTrace or PyWxDump, a DiscordChatExporter CSV or JSON, or any CSV with time, author and text columns. Messages become member activity; joins and leaves update the groups. You see the first messages and who each author is before anything is stored; importing the same export again adds nothing. You can also drop a file on this page.</source>
        <translation>Telegram Desktop 匯出（result.json，單個聊天或完整匯出）、WhatsApp“匯出聊天”（.txt 或 .zip）、由 MemoTrace 或 PyWxDump 儲存為 CSV 的微信聊天、DiscordChatExporter CSV 或 JSON，或任意含時間、作者和內容列的 CSV。訊息會成為成員的活躍記錄；入群和退群會更新社群。在儲存任何內容之前，你會看到前幾條訊息以及每位作者對應的成員；再次匯入同一匯出不會新增任何內容。也可以將檔案拖放到此頁面。</translation>
    </message>
</context>
<context>
    <name>qundesk::ImportReportDialog</name>
    <message>
        <source>Import report — %1</source>
        <translation>匯入報告 — %1</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>已匯入行數</translation>
    </message>
    <message>
        <source>Already known (duplicates)</source>
        <translation>已存在（重複）</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>跳過行數</translation>
    </message>
    <message>
        <source>Members created</source>
        <translation>新增成員</translation>
    </message>
    <message>
        <source>Groups created</source>
        <translation>新增社群</translation>
    </message>
    <message>
        <source>Tags created</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>No row had a problem.</source>
        <translation>所有行均無問題。</translation>
    </message>
    <message numerus="yes">
        <source>%n row problem(s), by line of the file:</source>
        <translation>
            <numerusform>共 %n 個問題，按檔案行號列出：</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>複製問題(&amp;C)</translation>
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
        <translation>%1（完成前暫不能編輯）</translation>
    </message>
</context>
<context>
    <name>qundesk::JobRunner</name>
    <message>
        <source>Cancelled before it started; nothing was changed.</source>
        <translation>在開始前已取消，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>qundesk::KpiTile</name>
    <message>
        <source>– vs previous period</source>
        <translation>– 與上一時間段相比</translation>
    </message>
    <message>
        <source>%1 %2% vs previous period</source>
        <translation>%1 %2% 與上一時間段相比</translation>
    </message>
</context>
<context>
    <name>qundesk::LinkMemberDialog</name>
    <message>
        <source>Link with another member</source>
        <translation>與其他成員關聯</translation>
    </message>
    <message>
        <source>Choose the record of the same person on another platform. Their accounts are then shown together; this can be undone.</source>
        <translation>選擇同一個人在其他平臺上的記錄。關聯後，其帳號會合並顯示；此操作可以撤銷。</translation>
    </message>
    <message>
        <source>Type a name to search…</source>
        <translation>輸入名稱進行搜尋…</translation>
    </message>
</context>
<context>
    <name>qundesk::MainMenus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤銷 %1(&amp;U)</translation>
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
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新增工作區(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>開啟工作區(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>開啟示範工作區(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>還原(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Metric &amp;glossary</source>
        <translation>指標釋義(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About QunDesk</source>
        <translation>關於 QunDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tags and rules…</source>
        <translation>標籤與規則(&amp;T)…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>匯出內容日曆(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import calendar…</source>
        <translation>匯入內容日曆(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Trainer mode…</source>
        <translation>訓練模式(&amp;T)…</translation>
    </message>
    <message>
        <source>Plays SOPs forward on a separate copy of the demo workspace, with a simulated clock and large type for a projector</source>
        <translation>在示範工作區的獨立副本上快轉播放 SOP，使用模擬時鐘和大字體，適合投影示範</translation>
    </message>
    <message>
        <source>Export &amp;weekly report…</source>
        <translation>匯出週報(&amp;W)…</translation>
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
        <translation>工具列</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作區：%1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未開啟工作區</translation>
    </message>
    <message>
        <source>A desktop workbench for chat-group operators: groups, members, content calendar, SOP scripts and conversion charts, kept in one file on your own computer.</source>
        <translation>社群經營的桌面工作臺：社群、成員、內容日曆、SOP 話術和轉化圖表，全部儲存在你自己電腦上的一個檔案裡。</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>以 GNU 通用公共許可證第 3 版或更高版本授權。</translation>
    </message>
    <message>
        <source>About QunDesk</source>
        <translation>關於 QunDesk</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
        <source>No program could show the folder %1.</source>
        <translation>沒有程式能夠顯示資料夾 %1。</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>時區：%1</translation>
    </message>
    <message>
        <source>Days, “today” and reports of this workspace follow this time zone (Edit ▸ Preferences…). Schema version %1.</source>
        <translation>本工作區的日期、「今天」和報表都依這個時區計算（編輯 ▸ 偏好設定…）。結構描述版本 %1。</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberDetailDialog</name>
    <message>
        <source>Profile</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>帳號身分</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推薦關係</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>抹除個人資料…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>該成員已不存在。</translation>
    </message>
    <message>
        <source>Member — %1</source>
        <translation>成員 — %1</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>從未活躍</translation>
    </message>
    <message numerus="yes">
        <source>silent for %n day(s)</source>
        <translation>
            <numerusform>已沉默 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>抹除個人資料</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1” for good?</source>
        <translation>要永久抹除“%1”的個人資料嗎？</translation>
    </message>
    <message>
        <source>The name is replaced, every profile field, note and platform account is removed and the text of their messages is cleared. Counts of messages and orders stay, anonymous. This cannot be undone, and the undo history of this window is cleared too.</source>
        <translation>姓名將被替換，所有資料欄位、備註和平臺帳號都會被刪除，其訊息內容也會被清空。訊息數和訂單數會以匿名方式保留。此操作無法撤銷，此視窗的撤銷歷史也會一併清空。</translation>
    </message>
    <message>
        <source>active today</source>
        <translation>今天活躍</translation>
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
        <translation>全部階段</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部標籤</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部來源</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>全部成員</translation>
    </message>
    <message>
        <source>Any silence</source>
        <translation>不限沉默天數</translation>
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
        <translation>只顯示沉默天數不少於此值的成員（0 = 不限）</translation>
    </message>
    <message>
        <source>Never posted</source>
        <translation>從未發言</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>儲存為分層…</translation>
    </message>
    <message>
        <source>Save these filters as a segment for SOPs and the calendar</source>
        <translation>將目前篩選條件儲存為分層，供 SOP 和內容日曆使用</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberGroupsTab</name>
    <message>
        <source>Mark as left</source>
        <translation>標記為已退群</translation>
    </message>
    <message>
        <source>Record that the member left “%1” now?</source>
        <translation>要記錄該成員現在已退出“%1”嗎？</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>可透過“編輯 ▸ 撤銷”撤回此操作。</translation>
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
        <translation>入群時間</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>主動退群</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>標記為已退群…</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberIdentitiesTab</name>
    <message>
        <source>Platform accounts</source>
        <translation>平臺帳號</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平臺</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>暱稱</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>帳號 ID</translation>
    </message>
    <message>
        <source>Same person on other records</source>
        <translation>同一人的其他記錄</translation>
    </message>
    <message>
        <source>Link with another member…</source>
        <translation>與其他成員關聯…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消關聯</translation>
    </message>
    <message>
        <source>Takes the selected member (or this one) out of the person.</source>
        <translation>將所選成員（或目前成員）從此人的關聯記錄中移出。</translation>
    </message>
    <message>
        <source>No other record is linked to this member.</source>
        <translation>沒有其他記錄與該成員關聯。</translation>
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
        <translation>無法匯入此檔案</translation>
    </message>
    <message>
        <source>Import member list — %1</source>
        <translation>匯入成員名單 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Check how the columns are read. The first %n row(s) of the file are shown; choose in the top row what each column holds.</source>
        <translation>
            <numerusform>請檢查各列的識別結果。下方顯示檔案的前 %n 行；請在最上面一行為每一列選擇對應的內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1 · column mapping remembered from an earlier import</source>
        <translation>編碼：%1 · 已沿用上次匯入時的列對映</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>編碼：%1</translation>
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
        <translation>未填社群的行歸入(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Platform for rows without one:</source>
        <translation>未填平臺的行使用(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
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
        <translation>金額</translation>
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
        <translation>新增訂單…</translation>
    </message>
    <message>
        <source>Delete order…</source>
        <translation>刪除訂單…</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>還沒有訂單。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), %1 in all</source>
        <translation>
            <numerusform>%n 筆訂單，共計 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>刪除訂單</translation>
    </message>
    <message>
        <source>Delete the order of %1 from %2?</source>
        <translation>要刪除 %2 金額為 %1 的訂單嗎？</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>可透過“編輯 ▸ 撤銷”撤回此操作。</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberProfileForm</name>
    <message>
        <source>Display name:</source>
        <translation>顯示名稱：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性別：</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>生日：</translation>
    </message>
    <message>
        <source>Age band:</source>
        <translation>年齡段：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手機：</translation>
    </message>
    <message>
        <source>Source channel:</source>
        <translation>來源管道：</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>推薦人：</translation>
    </message>
    <message>
        <source>Member tier:</source>
        <translation>會員等級：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Do not disturb:</source>
        <translation>免打擾：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>無結束日期</translation>
    </message>
    <message>
        <source>e.g. 25-34</source>
        <translation>例如 25-34</translation>
    </message>
    <message>
        <source>Type a name to search…</source>
        <translation>輸入名稱進行搜尋…</translation>
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
        <translation>成員需要一個顯示名稱。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTab</name>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTableModel</name>
    <message>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <source>Fan level</source>
        <translation>粉絲等級</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>會員等級</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源管道</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>推薦人</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最後發言</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>最近觸達</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTagsTab</name>
    <message>
        <source>Checked tags belong to this member. Rule tags come back when their rule still matches at the next evaluation.</source>
        <translation>勾選的標籤屬於該成員。規則新增的標籤如果在下次評估時仍符合規則，會被重新打上。</translation>
    </message>
    <message>
        <source>No tags yet: create them on the Tags page.</source>
        <translation>還沒有標籤：請在標籤頁面中建立。</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTimelineView</name>
    <message>
        <source>Nothing has happened with this member yet.</source>
        <translation>該成員還沒有任何動態。</translation>
    </message>
    <message>
        <source>What was it about? (optional)</source>
        <translation>聊了什麼？（選填）</translation>
    </message>
    <message>
        <source>Log a touch</source>
        <translation>記錄觸達</translation>
    </message>
    <message>
        <source>Records that you contacted this member now; it counts against the weekly touch cap on the private channel.</source>
        <translation>記錄你剛剛聯絡過該成員；計入私聊管道的每週觸達上限。</translation>
    </message>
</context>
<context>
    <name>qundesk::MembersPage</name>
    <message numerus="yes">
        <source>%1 of %n member(s)</source>
        <translation>
            <numerusform>%1 / %n 位成員</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成員</numerusform>
        </translation>
    </message>
    <message>
        <source>Search names, handles, notes…</source>
        <translation>搜尋姓名、帳號、備註…</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>新增成員…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>貼標籤…</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>移除標籤…</translation>
    </message>
    <message>
        <source>Add to group…</source>
        <translation>加入社群…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Export the members listed now to CSV or Excel</source>
        <translation>將目前列出的成員匯出為 CSV 或 Excel</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>還沒有成員</translation>
    </message>
    <message>
        <source>Import a member list or add one.</source>
        <translation>匯入成員名單，或手動新增成員。</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>新增成員…</translation>
    </message>
    <message>
        <source>No member matches these filters</source>
        <translation>沒有符合篩選條件的成員</translation>
    </message>
    <message>
        <source>Try another search or fewer filters.</source>
        <translation>請換個關鍵詞，或減少篩選條件。</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation>刪除成員</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s)?</source>
        <translation>
            <numerusform>要刪除 %n 位成員嗎？</numerusform>
        </translation>
    </message>
    <message>
        <source>Their accounts, group stays, tags, activity and touches are deleted with them; messages and orders stay without a member. Edit ▸ Undo brings everything back.</source>
        <translation>其帳號、入群記錄、標籤、活躍資料和觸達記錄將一併刪除；訊息和訂單會保留，但不再關聯成員。透過“編輯 ▸ 撤銷”可全部還原。</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>加入社群</translation>
    </message>
    <message>
        <source>Tag members</source>
        <translation>為成員貼標籤</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n member(s) — choose one or type a new one:</source>
        <translation>
            <numerusform>為 %n 位成員貼標籤——選擇已有標籤或輸入新標籤：</numerusform>
        </translation>
    </message>
    <message>
        <source>Untag members</source>
        <translation>移除成員標籤</translation>
    </message>
    <message>
        <source>There are no tags yet.</source>
        <translation>還沒有標籤。</translation>
    </message>
    <message numerus="yes">
        <source>Tag to take away from %n member(s):</source>
        <translation>
            <numerusform>要從 %n 位成員移除的標籤：</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>還沒有社群。</translation>
    </message>
    <message numerus="yes">
        <source>Group for %n member(s):</source>
        <translation>
            <numerusform>將 %n 位成員加入社群：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>匯出成員</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 位成員匯出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Could not save the segment</source>
        <translation>無法儲存分層</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>儲存為分層</translation>
    </message>
    <message>
        <source>Name of the new segment:</source>
        <translation>新分層的名稱：</translation>
    </message>
</context>
<context>
    <name>qundesk::MetricGlossaryDialog</name>
    <message>
        <source>Active member</source>
        <translation>活躍成員</translation>
    </message>
    <message>
        <source>A member is active in a group on a day when they sent at least one message there that day.</source>
        <translation>成員在某天於某群內傳送了至少一條訊息，即為該群當天的活躍成員。</translation>
    </message>
    <message>
        <source>DAU and active rate</source>
        <translation>日活與活躍率</translation>
    </message>
    <message>
        <source>DAU is the number of distinct active members of a group on a day; the active rate is DAU divided by the members present that day (joined on or before it, not yet left). WAU and MAU use 7- and 30-day windows.</source>
        <translation>日活（DAU）是某群某天不重複的活躍成員數；活躍率 = 日活 ÷ 當天在群成員數（當天或之前入群、尚未退群）。周活（WAU）和月活（MAU）分別按 7 天和 30 天視窗計算。</translation>
    </message>
    <message>
        <source>Silent days</source>
        <translation>沉默天數</translation>
    </message>
    <message>
        <source>Days since the member&apos;s last message in the group, or since joining when they never posted. A member is silent from 30 silent days on (configurable).</source>
        <translation>距成員在群內最後一次發言的天數；從未發言的按入群起計算。沉默天數達到 30 天（可配置）即視為沉默成員。</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>成長</translation>
    </message>
    <message>
        <source>Joins, leaves and net change per day, and the member count over time.</source>
        <translation>每天的入群、退群和淨增人數，以及成員數隨時間的變化。</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Of the members who joined in week w, the share that is active in week w+k.</source>
        <translation>第 w 周入群的成員中，在第 w+k 周仍然活躍的比例。</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>轉化漏斗</translation>
    </message>
    <message>
        <source>Members → engaged (active at least once in the period) → buyers (an order in the period) → repeat buyers (two or more orders in all, one in the period). The conversion rate is buyers divided by members.</source>
        <translation>成員 → 互動成員（期間至少活躍一次）→ 購買者（期間有訂單）→ 回購者（累計兩單及以上，且期間有一單）。轉化率 = 購買者 ÷ 成員數。</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>The first rule that matches wins: Declining when silent 30 days or more and no order in 90 days; Extending with 2 or more orders or at least one referral; Mature with 1 order or more; New when joined less than 14 days ago; otherwise Growing. All thresholds are configurable.</source>
        <translation>按順序取第一條符合的規則：沉默 30 天及以上且 90 天內無訂單為衰退期；2 單及以上或至少推薦過一人為延展期；1 單及以上為成熟期；入群不滿 14 天為初培期；其餘為成長期。所有閾值均可配置。</translation>
    </message>
    <message>
        <source>Top-20% share</source>
        <translation>前 20% 貢獻佔比</translation>
    </message>
    <message>
        <source>The revenue of the top fifth of buyers divided by all revenue.</source>
        <translation>消費最高的前五分之一購買者的營收 ÷ 全部營收。</translation>
    </message>
    <message>
        <source>Operator load</source>
        <translation>經營負荷</translation>
    </message>
    <message>
        <source>Active groups run by one operator: up to 5 is green, 6 to 7 amber, more is red.</source>
        <translation>一位經營者負責的活躍群數：不超過 5 個為綠燈，6–7 個為黃燈，更多為紅燈。</translation>
    </message>
    <message>
        <source>Fatigue limits</source>
        <translation>防打擾上限</translation>
    </message>
    <message>
        <source>By default at most 3 private touches per member per 7 days, at most 4 planned posts per group per day, quiet hours from 22:00 to 08:00, and a marketing line of at most 40% of a group&apos;s week.</source>
        <translation>預設每位成員每 7 天最多私聊觸達 3 次，每群每天最多計劃發布 4 條，22:00 至 08:00 為免打擾時段，行銷內容最多佔群內一週內容的 40%。</translation>
    </message>
    <message>
        <source>Metric glossary</source>
        <translation>指標釋義</translation>
    </message>
    <message>
        <source>Every chart, report and command uses these definitions.</source>
        <translation>所有圖表、報表和命令都使用這些定義。</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>每日訊息數</translation>
    </message>
    <message>
        <source>Messages sent in a group on each day, counted on the day they were sent in the workspace&apos;s time zone; days without messages count zero.</source>
        <translation>每天在社群中發送的訊息數，按工作區時區的發送日期計算；沒有訊息的天計為零。</translation>
    </message>
    <message>
        <source>Best posting hours</source>
        <translation>最佳發布時段</translation>
    </message>
    <message>
        <source>Messages per weekday and hour of the day over the period, in the workspace&apos;s time zone: the darker the cell, the more the group talks then.</source>
        <translation>時間段內按星期和小時統計的訊息數（工作區時區）：格子顏色越深，該時段群內討論越多。</translation>
    </message>
    <message>
        <source>Revenue per group</source>
        <translation>各社群營收</translation>
    </message>
    <message>
        <source>The amount of the orders of the period attributed to each group, in the workspace currency; amounts in other currencies are shown apart, never added.</source>
        <translation>時間段內歸屬各社群的訂單金額，以工作區幣別計；其他幣別的金額單獨顯示，不會相加。</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>推薦排行</translation>
    </message>
    <message>
        <source>Members ranked by the members they invited who joined in the period, with how many of those have bought.</source>
        <translation>按時間段內所邀請並入群的成員數對成員排名，並顯示其中已購買的人數。</translation>
    </message>
</context>
<context>
    <name>qundesk::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 則</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::NewMemberDialog</name>
    <message>
        <source>New member</source>
        <translation>新增成員</translation>
    </message>
    <message>
        <source>Display name, e.g. 小红</source>
        <translation>顯示名稱，例如 小紅</translation>
    </message>
    <message>
        <source>Account name or ID on the platform (optional)</source>
        <translation>平臺上的帳號名或 ID（可選）</translation>
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
        <translation>新增成員</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平臺(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>帳號(&amp;H)：</translation>
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
        <translation>來源管道(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>qundesk::OrderEntryDialog</name>
    <message>
        <source>Add order</source>
        <translation>新增訂單</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>幣種：</translation>
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
        <translation>（無社群）</translation>
    </message>
    <message>
        <source>e.g. green tea gift box</source>
        <translation>例如 綠茶禮盒</translation>
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
        <translation>無法匯入此檔案</translation>
    </message>
    <message>
        <source>Import orders — %1</source>
        <translation>匯入訂單 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Check how the columns are read. The first %n row(s) of the file are shown; choose in the top row what each column holds. Each order needs a date, an amount and its buyer (a member&apos;s name, handle or phone).</source>
        <translation>
            <numerusform>請檢查列的讀取方式。下面顯示檔案的前 %n 行；請在頂行選擇每列的內容。每個訂單都需要日期、金額和購買者（成員名稱、帳號或手機）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>編碼：%1</translation>
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
        <translation>匯入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown cannot be read as orders (marked; point at a row for the reason). The import will ask before skipping them.</source>
        <translation>
            <numerusform>顯示的行中有 %n 行無法讀取為訂單（已標記；將滑鼠指向該行可查看原因）。匯入前會詢問是否跳過這些行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::PlaceholderPage</name>
    <message>
        <source>This page arrives in a coming version of QunDesk.</source>
        <translation>此頁面將在 QunDesk 後續版本中推出。</translation>
    </message>
</context>
<context>
    <name>qundesk::RecurrenceEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation>不重複</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每週</translation>
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
        <translation>自訂規則</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>不結束</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>直到</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>Every N (days, weeks, months or years)</source>
        <translation>每 N（天、週、月或年）</translation>
    </message>
</context>
<context>
    <name>qundesk::ReferralView</name>
    <message>
        <source>Invited by</source>
        <translation>邀請人</translation>
    </message>
    <message>
        <source>Nobody known: the member came on their own.</source>
        <translation>沒有已知的邀請人：該成員是自己加入的。</translation>
    </message>
    <message numerus="yes">
        <source>Invited %n member(s) in all</source>
        <translation>
            <numerusform>共邀請了 %n 位成員</numerusform>
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
        <translation>設定未儲存</translation>
    </message>
    <message>
        <source>The workspace settings could not be saved.</source>
        <translation>工作區設定無法儲存。</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>介面</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>目前工作區</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>閾值</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>時區：</translation>
    </message>
    <message>
        <source>Silent after (days):</source>
        <translation>沉默判定（天）：</translation>
    </message>
    <message>
        <source>New member for (days):</source>
        <translation>新成員期（天）：</translation>
    </message>
    <message>
        <source>Declining without order for (days):</source>
        <translation>無訂單判為衰退（天）：</translation>
    </message>
    <message>
        <source>Extending from (orders):</source>
        <translation>延展期起點（訂單數）：</translation>
    </message>
    <message>
        <source>Private touches per member per week:</source>
        <translation>每位成員每週私聊觸達上限：</translation>
    </message>
    <message>
        <source>Posts per group per day:</source>
        <translation>每群每天發布上限：</translation>
    </message>
    <message>
        <source>Quiet hours start:</source>
        <translation>免打擾開始：</translation>
    </message>
    <message>
        <source>Quiet hours end:</source>
        <translation>免打擾結束：</translation>
    </message>
    <message>
        <source>Marketing share of a group&apos;s week at most:</source>
        <translation>行銷內容佔群內一週的上限：</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list.</source>
        <translation>“%1”不是時區；請從清單中選擇一個。</translation>
    </message>
    <message>
        <source>Updating the members&apos; stages…</source>
        <translation>正在更新成員的生命週期階段…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stages not updated</source>
        <translation>生命週期階段未更新</translation>
    </message>
    <message>
        <source>The settings are saved, but the members&apos; stages could not be updated; they are brought up to date tomorrow.</source>
        <translation>設定已儲存，但成員的生命週期階段未能更新；它們將在明天更新。</translation>
    </message>
    <message>
        <source>Days, “today”, silence, stages and reports of this workspace follow this zone on every computer. Changing it rebuilds them; calendar and SOP times keep their clock time.</source>
        <translation>此工作區的日期、“今天”、沉默天數、生命週期階段和報表在任何電腦上都按此時區計算。變更時區會重新計算這些資料；內容日曆和 SOP 的時間保持原來的鐘點不變。</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>幣種：</translation>
    </message>
    <message>
        <source>Revenue is added up in this currency; orders in other currencies are shown apart, never added to it.</source>
        <translation>營收按此幣種彙總；其他幣種的訂單單獨顯示，不會計入其中。</translation>
    </message>
</context>
<context>
    <name>qundesk::SopApplyDialog</name>
    <message>
        <source>Apply “%1”</source>
        <translation>套用“%1”</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Apply to a</source>
        <translation>套用於</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>具體對象</translation>
    </message>
    <message>
        <source>Starting on</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Choose whom the SOP is for.</source>
        <translation>請選擇 SOP 的對象。</translation>
    </message>
    <message numerus="yes">
        <source>Group-wide tasks for a group of %n member(s).</source>
        <translation>
            <numerusform>為 %n 人的社群安排全群任務。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) now; members who arrive later get theirs too.</source>
        <translation>
            <numerusform>目前 %n 位成員；之後加入的成員也會收到各自的任務。</numerusform>
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
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Member joins on</source>
        <translation>成員入群日期</translation>
    </message>
    <message numerus="yes">
        <source>Started on %1, a member receives %n message(s):</source>
        <translation>
            <numerusform>從 %1 開始，成員將收到 %n 則訊息：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A member who joins on %1 receives %n message(s):</source>
        <translation>
            <numerusform>在 %1 入群的成員將收到 %n 則訊息：</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>話術</translation>
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
        <translation>第 %1 天，之後每 %2 天</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>第 %1 天</translation>
    </message>
    <message>
        <source>(no other SOP)</source>
        <translation>（無其他 SOP）</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Add a step to see its script for a real member.</source>
        <translation>新增步驟後，可檢視其話術套用到真實成員後的效果。</translation>
    </message>
    <message>
        <source>Save SOP</source>
        <translation>儲存 SOP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>for a</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>counting days</source>
        <translation>起算</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>場景</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>then tag</source>
        <translation>然後加上標籤</translation>
    </message>
    <message>
        <source>and start</source>
        <translation>並啟動</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Ends early when the member buys</source>
        <translation>成員購買後提前結束</translation>
    </message>
    <message>
        <source>tag (optional)</source>
        <translation>標籤（選填）</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>新增步驟</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>刪除步驟</translation>
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
        <translation>步驟</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Window · channel</source>
        <translation>時段 · 管道</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>話術</translation>
    </message>
</context>
<context>
    <name>qundesk::SopPage</name>
    <message>
        <source>New SOP</source>
        <translation>新增 SOP</translation>
    </message>
    <message>
        <source>Built-in SOPs</source>
        <translation>內建 SOP</translation>
    </message>
    <message numerus="yes">
        <source>%n SOP(s) added; %1 were there already.</source>
        <translation>
            <numerusform>已新增 %n 個 SOP；%1 個已存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import SOPs</source>
        <translation>匯入 SOP</translation>
    </message>
    <message>
        <source>SOP files (*.json)</source>
        <translation>SOP 檔案 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n SOP(s) imported; %1 were there already.</source>
        <translation>
            <numerusform>已匯入 %n 個 SOP；%1 個已存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SOP</source>
        <translation>匯出 SOP</translation>
    </message>
    <message>
        <source>Delete SOP</source>
        <translation>刪除 SOP</translation>
    </message>
    <message>
        <source>Delete “%1” with its runs and tasks?</source>
        <translation>刪除“%1”及其執行和任務？</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Add the built-in library</source>
        <translation>新增內建 SOP 庫</translation>
    </message>
    <message>
        <source>Onboarding, reactivation, birthday, big-sale, referral, new-group and VIP playbooks, in the interface language</source>
        <translation>新人歡迎、沉默喚醒、生日、大促、轉介紹、新群和 VIP 劇本，使用介面語言</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>套用…</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>預演</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>執行記錄</translation>
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
        <translation>已處理 %1/%2（完成 %3）</translation>
    </message>
    <message>
        <source>no task yet</source>
        <translation>暫無任務</translation>
    </message>
    <message numerus="yes">
        <source>Completion: %1 of the %n task(s) due so far are done (%2).</source>
        <translation>
            <numerusform>完成率：截至目前到期的 %n 個任務中已完成 %1 個（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>  Step %1 “%2”: %3 of %4 (%5)</source>
        <translation>  第 %1 步“%2”：%3/%4（%5）</translation>
    </message>
    <message>
        <source>Conversion: %1 of %2 members it cared for bought (%3); comparable members of the same groups and join months: %4 of %5 (%6).</source>
        <translation>轉化：其關懷的 %2 位成員中有 %1 位購買（%3）；同社群、同入群月份的可比成員：%5 位中有 %4 位（%6）。</translation>
    </message>
    <message>
        <source>Stop run</source>
        <translation>停止執行</translation>
    </message>
    <message>
        <source>Stop this run? Its open tasks are removed; what was done stays.</source>
        <translation>停止此次執行？未完成的任務將被移除；已完成的保留。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始於</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
</context>
<context>
    <name>qundesk::SopStepForm</name>
    <message>
        <source>day </source>
        <translation>天數 </translation>
    </message>
    <message>
        <source>once</source>
        <translation>不重複</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>repeat every</source>
        <translation>重複間隔</translation>
    </message>
    <message>
        <source>Send between</source>
        <translation>傳送時段</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>話術</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>檢查清單</translation>
    </message>
    <message>
        <source>One item a line (optional)</source>
        <translation>每行一項（選填）</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>插入佔位符</translation>
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
        <translation>無法新增標籤</translation>
    </message>
    <message>
        <source>Tag “%1” added.</source>
        <translation>已新增標籤“%1”。</translation>
    </message>
    <message>
        <source>Cannot change the tag</source>
        <translation>無法修改標籤</translation>
    </message>
    <message>
        <source>Tag “%1” saved.</source>
        <translation>已儲存標籤“%1”。</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>刪除標籤</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? %n member(s) carry it; it is taken from them and its automatic rules are deleted too.</source>
        <translation>
            <numerusform>要刪除標籤“%1”嗎？有 %n 位成員帶有此標籤；刪除後會從這些成員身上移除，其自動規則也會一併刪除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the tag</source>
        <translation>無法刪除標籤</translation>
    </message>
    <message>
        <source>Tag “%1” deleted.</source>
        <translation>已刪除標籤“%1”。</translation>
    </message>
    <message>
        <source>Rule saved: %1, %2.</source>
        <translation>規則已儲存：%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>新增 %n 個標籤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>移除 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>刪除規則</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? Tags it gave stay until the rules run again.</source>
        <translation>要刪除規則“%1”嗎？它打上的標籤會保留到下次執行規則時。</translation>
    </message>
    <message>
        <source>Cannot delete the rule</source>
        <translation>無法刪除規則</translation>
    </message>
    <message>
        <source>Rule “%1” deleted.</source>
        <translation>已刪除規則“%1”。</translation>
    </message>
    <message>
        <source>Cannot change the rule</source>
        <translation>無法修改規則</translation>
    </message>
    <message>
        <source>Rule “%1” enabled.</source>
        <translation>已啟用規則“%1”。</translation>
    </message>
    <message>
        <source>Rule “%1” disabled.</source>
        <translation>已停用規則“%1”。</translation>
    </message>
    <message>
        <source>Cannot run the rules</source>
        <translation>無法執行規則</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1，%2。</translation>
    </message>
    <message>
        <source>Rules run</source>
        <translation>規則執行完成</translation>
    </message>
    <message>
        <source>Tags and rules</source>
        <translation>標籤與規則</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Automatic rules</source>
        <translation>自動規則</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>規則新增</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>條件</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>顏色(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>分類(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Add as new tag</source>
        <translation>新增為新標籤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>儲存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>新增規則(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>刪除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Run rules now</source>
        <translation>立即執行規則(&amp;R)</translation>
    </message>
</context>
<context>
    <name>qundesk::TagRuleEditor</name>
    <message>
        <source>Add at least one condition.</source>
        <translation>請至少新增一個條件。</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>請為規則命名。</translation>
    </message>
    <message>
        <source>Choose or type the tag it gives.</source>
        <translation>請選擇或輸入規則要打上的標籤。</translation>
    </message>
    <message>
        <source>Cannot save the rule</source>
        <translation>無法儲存規則</translation>
    </message>
    <message>
        <source>Edit tag rule</source>
        <translation>編輯標籤規則</translation>
    </message>
    <message>
        <source>New tag rule</source>
        <translation>新增標籤規則</translation>
    </message>
    <message>
        <source>Rule &amp;name:</source>
        <translation>規則名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Gives the &amp;tag:</source>
        <translation>打上標籤(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Members who match:</source>
        <translation>成員需符合(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. Bought twice</source>
        <translation>例如 回購兩次</translation>
    </message>
    <message>
        <source>all of the conditions (AND)</source>
        <translation>全部條件（AND）</translation>
    </message>
    <message>
        <source>any of the conditions (OR)</source>
        <translation>任一條件（OR）</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>新增條件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save and apply</source>
        <translation>儲存並應用(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match</source>
        <translation>
            <numerusform>%n 位成員符合</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::TimeZonePicker</name>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Moving days, activity, stages and tags to %1…</source>
        <translation>正在將日期、活躍資料、生命週期階段和標籤切換到 %1…</translation>
    </message>
    <message>
        <source>The time zone was not changed.</source>
        <translation>時區未變更。</translation>
    </message>
    <message>
        <source>The time zone could not be changed; the workspace is as it was.</source>
        <translation>無法變更時區；工作區保持原樣。</translation>
    </message>
</context>
<context>
    <name>qundesk::TodayPage</name>
    <message numerus="yes">
        <source>%1 runs %n groups: above seven, conversion drops.</source>
        <translation>
            <numerusform>%1 經營著 %n 個社群：超過七個，轉化會下降。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) not welcomed yet: %1</source>
        <translation>
            <numerusform>%n 位新成員尚未歡迎：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s) turning Declining: %1</source>
        <translation>
            <numerusform>%n 位購買者正轉入衰退期：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday today: %1</source>
        <translation>今日生日：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) held by do-not-disturb or the touch cap.</source>
        <translation>
            <numerusform>%n 個任務因免打擾或觸達上限而暫緩。</numerusform>
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
        <translation>無社群</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全體成員</translation>
    </message>
    <message>
        <source>Copy script</source>
        <translation>複製話術</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>標記完成</translation>
    </message>
    <message>
        <source>Type why the task is skipped, then press Skip again.</source>
        <translation>請輸入跳過該任務的原因，然後再次點選“跳過”。</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>跳過任務</translation>
    </message>
    <message>
        <source>Postpone task</source>
        <translation>延期任務</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due, %1 overdue</source>
        <translation>
            <numerusform>%n 個任務到期，%1 個已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due</source>
        <translation>
            <numerusform>%n 個任務到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>話術</translation>
    </message>
    <message>
        <source>Nothing is due today. Apply an SOP on the SOP page to plan tasks.</source>
        <translation>今天沒有到期的任務。在 SOP 頁面套用 SOP 即可安排任務。</translation>
    </message>
    <message>
        <source>Open a workspace to see today&apos;s tasks.</source>
        <translation>開啟工作區即可檢視今日任務。</translation>
    </message>
    <message numerus="yes">
        <source>Calendar today (%n)</source>
        <translation>
            <numerusform>今日內容日曆（%n）</numerusform>
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
        <translation>話術</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>檢查清單</translation>
    </message>
    <message>
        <source>Why skip it? (required to skip)</source>
        <translation>為什麼跳過？（跳過時必填）</translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation>複製話術(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the script to the clipboard and records the touch (Ctrl+Shift+C)</source>
        <translation>將話術複製到剪貼簿並記錄觸達（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>Marks the task done; records the touch unless Copy did (Ctrl+D)</source>
        <translation>將任務標記為已完成；若未透過“複製”記錄過觸達，則同時記錄觸達（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳過(&amp;S)</translation>
    </message>
    <message>
        <source>Skips the task with the reason typed beside it (Ctrl+K)</source>
        <translation>按旁邊填寫的原因跳過該任務（Ctrl+K）</translation>
    </message>
    <message>
        <source>&amp;Postpone a day</source>
        <translation>延期一天(&amp;P)</translation>
    </message>
    <message>
        <source>Moves the task to the same time tomorrow (Ctrl+P)</source>
        <translation>將任務移到明天同一時間（Ctrl+P）</translation>
    </message>
    <message>
        <source>Choose a task to see its script.</source>
        <translation>選擇一個任務即可檢視其話術。</translation>
    </message>
    <message>
        <source>Everyone in the group</source>
        <translation>群內所有人</translation>
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
        <translation>無社群</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>暫緩：%1</translation>
    </message>
</context>
<context>
    <name>qundesk::TrainerWindow</name>
    <message>
        <source>QunDesk trainer mode (demo copy)</source>
        <translation>QunDesk 訓練模式（示範副本）</translation>
    </message>
    <message>
        <source>Simulated time: %1 %2</source>
        <translation>模擬時間：%1 %2</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>下一個任務</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 天</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
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
        <translation>生命週期階段和粉絲等級未能更新到今天：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
</context>
</TS>
