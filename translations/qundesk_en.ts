<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityStore</name>
    <message>
        <source>Cannot store messages: %1</source>
        <translation>Cannot store messages: %1</translation>
    </message>
    <message>
        <source>Cannot update daily activity: %1</source>
        <translation>Cannot update daily activity: %1</translation>
    </message>
    <message>
        <source>Unknown kind of import “%1”.</source>
        <translation>Unknown kind of import “%1”.</translation>
    </message>
    <message>
        <source>Cannot log the import of “%1”: %2</source>
        <translation>Cannot log the import of “%1”: %2</translation>
    </message>
    <message>
        <source>The import no longer exists.</source>
        <translation>The import no longer exists.</translation>
    </message>
    <message>
        <source>Message %1 of the batch lacks its source id or time.</source>
        <translation>Message %1 of the batch lacks its source id or time.</translation>
    </message>
</context>
<context>
    <name>AddMemberCommand</name>
    <message>
        <source>Add member “%1”</source>
        <translation>Add member “%1”</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>Could not add the member</source>
        <translation>Could not add the member</translation>
    </message>
    <message>
        <source>Could not undo adding the member</source>
        <translation>Could not undo adding the member</translation>
    </message>
</context>
<context>
    <name>AddOrderCommand</name>
    <message>
        <source>Add order</source>
        <translation>Add order</translation>
    </message>
</context>
<context>
    <name>AddToGroupCommand</name>
    <message numerus="yes">
        <source>Add %n member(s) to “%1”</source>
        <translation>
            <numerusform>Add %n member to “%1”</numerusform>
            <numerusform>Add %n members to “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the members to the group</source>
        <translation>Could not add the members to the group</translation>
    </message>
    <message>
        <source>Could not undo adding the members to the group</source>
        <translation>Could not undo adding the members to the group</translation>
    </message>
</context>
<context>
    <name>AnalyticsCommands</name>
    <message>
        <source>Messages, active members, joins, leaves and members of a group, day by day (every day of the period, zeros included).</source>
        <translation>Messages, active members, joins, leaves and members of a group, day by day (every day of the period, zeros included).</translation>
    </message>
    <message>
        <source>The conversion funnel of a period (members, engaged, buyers, repeat buyers), in all and by source channel.</source>
        <translation>The conversion funnel of a period (members, engaged, buyers, repeat buyers), in all and by source channel.</translation>
    </message>
    <message>
        <source>Retention by join week: of the members who joined in each week of the period, the share active in each week after.</source>
        <translation>Retention by join week: of the members who joined in each week of the period, the share active in each week after.</translation>
    </message>
    <message>
        <source>The period is empty: --from %1 is after --to %2.</source>
        <translation>The period is empty: --from %1 is after --to %2.</translation>
    </message>
    <message>
        <source>report activity needs --group NAME.</source>
        <translation>report activity needs --group NAME.</translation>
    </message>
    <message>
        <source>No days in this period.</source>
        <translation>No days in this period.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Active rate</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Joins</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Leaves</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Of members</source>
        <translation>Of members</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Engaged</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Repeat buyers</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Nobody joined in this period.</source>
        <translation>Nobody joined in this period.</translation>
    </message>
</context>
<context>
    <name>AnalyticsDashboard</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>AnalyticsJob</name>
    <message>
        <source>Computing the charts</source>
        <translation>Computing the charts</translation>
    </message>
</context>
<context>
    <name>AnalyticsKpis</name>
    <message>
        <source>The key figures need a period with a first and a last day.</source>
        <translation>The key figures need a period with a first and a last day.</translation>
    </message>
</context>
<context>
    <name>ArchiveGroupCommand</name>
    <message>
        <source>Archive group “%1”</source>
        <translation>Archive group “%1”</translation>
    </message>
    <message>
        <source>Unarchive group “%1”</source>
        <translation>Unarchive group “%1”</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup file is empty.</source>
        <translation>The backup file is empty.</translation>
    </message>
    <message>
        <source>Cannot read the backup: %1</source>
        <translation>Cannot read the backup: %1</translation>
    </message>
    <message>
        <source>This file is not a QunDesk workspace backup.</source>
        <translation>This file is not a QunDesk workspace backup.</translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be restored.</source>
        <translation>The backup is damaged and cannot be restored.</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>No backup file was given.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup: %1</source>
        <translation>Cannot write the backup: %1</translation>
    </message>
    <message>
        <source>Cannot write the backup (the file could not be put in place).</source>
        <translation>Cannot write the backup (the file could not be put in place).</translation>
    </message>
    <message>
        <source>The backup is the workspace itself; nothing to restore.</source>
        <translation>The backup is the workspace itself; nothing to restore.</translation>
    </message>
    <message>
        <source>At least one automatic backup must be kept.</source>
        <translation>At least one automatic backup must be kept.</translation>
    </message>
    <message>
        <source>Cannot remove the old backup.</source>
        <translation>Cannot remove the old backup.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current workspace: %1</source>
        <translation>Cannot keep a copy of the current workspace: %1</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the current workspace.</source>
        <translation>Cannot keep a copy of the current workspace.</translation>
    </message>
    <message>
        <source>Cannot restore into the workspace: %1</source>
        <translation>Cannot restore into the workspace: %1</translation>
    </message>
    <message>
        <source>The workspace is in use by another program (it stayed busy for %1 seconds); nothing was restored.</source>
        <translation>The workspace is in use by another program (it stayed busy for %1 seconds); nothing was restored.</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>Cannot open the workspace: %1</translation>
    </message>
    <message>
        <source>Cannot restore into the workspace; it was left as it was: %1</source>
        <translation>Cannot restore into the workspace; it was left as it was: %1</translation>
    </message>
</context>
<context>
    <name>BuiltinSegments</name>
    <message>
        <source>Never posted</source>
        <translation>Never posted</translation>
    </message>
    <message>
        <source>Members in a group who have never sent a message (lurkers).</source>
        <translation>Members in a group who have never sent a message (lurkers).</translation>
    </message>
    <message numerus="yes">
        <source>Silent %n day(s)</source>
        <translation>
            <numerusform>Silent %n day</numerusform>
            <numerusform>Silent %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No message for the silent threshold, counted from joining for members who never posted.</source>
        <translation>No message for the silent threshold, counted from joining for members who never posted.</translation>
    </message>
    <message>
        <source>Recently inactive</source>
        <translation>Recently inactive</translation>
    </message>
    <message>
        <source>Were in the top quarter by activity over 90 days, silent for 7 to 28 days.</source>
        <translation>Were in the top quarter by activity over 90 days, silent for 7 to 28 days.</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>Birthday this month</translation>
    </message>
    <message>
        <source>Members whose birthday falls in the current month.</source>
        <translation>Members whose birthday falls in the current month.</translation>
    </message>
    <message>
        <source>Declining buyers</source>
        <translation>Declining buyers</translation>
    </message>
    <message>
        <source>Members who bought before and are now in the Declining stage.</source>
        <translation>Members who bought before and are now in the Declining stage.</translation>
    </message>
</context>
<context>
    <name>BulkTagCommand</name>
    <message numerus="yes">
        <source>Tag %n member(s) “%1”</source>
        <translation>
            <numerusform>Tag %n member “%1”</numerusform>
            <numerusform>Tag %n members “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %n member(s) “%1”</source>
        <translation>
            <numerusform>Untag %n member “%1”</numerusform>
            <numerusform>Untag %n members “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>Could not tag the members</source>
        <translation>Could not tag the members</translation>
    </message>
    <message>
        <source>Could not untag the members</source>
        <translation>Could not untag the members</translation>
    </message>
    <message>
        <source>Could not undo the tagging</source>
        <translation>Could not undo the tagging</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>Cannot redo “%1”</source>
        <translation>Cannot redo “%1”</translation>
    </message>
    <message>
        <source>Cannot undo “%1”</source>
        <translation>Cannot undo “%1”</translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>Export the content calendar as iCalendar (.ics): series with their rules and exceptions, in the workspace&apos;s time zone.</source>
        <translation>Export the content calendar as iCalendar (.ics): series with their rules and exceptions, in the workspace&apos;s time zone.</translation>
    </message>
    <message>
        <source>Add the events of an .ics file (QunDesk&apos;s or a calendar program&apos;s) as calendar items; events already imported (same UID) are counted as duplicates.</source>
        <translation>Add the events of an .ics file (QunDesk&apos;s or a calendar program&apos;s) as calendar items; events already imported (same UID) are counted as duplicates.</translation>
    </message>
    <message>
        <source>The calendar is exported as .ics; name a file ending in .ics.</source>
        <translation>The calendar is exported as .ics; name a file ending in .ics.</translation>
    </message>
    <message>
        <source>The period is empty: --from %1 is after --to %2.</source>
        <translation>The period is empty: --from %1 is after --to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar item(s) written to %1</source>
        <translation>
            <numerusform>%n calendar item written to %1</numerusform>
            <numerusform>%n calendar items written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported events</source>
        <translation>Imported events</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>CalendarImportService</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB; it is not a calendar QunDesk can read.</source>
        <translation>The file is larger than 64 MB; it is not a calendar QunDesk can read.</translation>
    </message>
    <message>
        <source>There is no group “%1”; “group list” shows the groups.</source>
        <translation>There is no group “%1”; “group list” shows the groups.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>“%1” has no occurrence at %2.</source>
        <translation>“%1” has no occurrence at %2.</translation>
    </message>
    <message>
        <source>A calendar item needs a start time.</source>
        <translation>A calendar item needs a start time.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Group message</source>
        <translation>Group message</translation>
    </message>
    <message>
        <source>Private chat</source>
        <translation>Private chat</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Moments</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Live session</translation>
    </message>
</context>
<context>
    <name>ChatAuthorMatcher</name>
    <message>
        <source>Deleted account %1</source>
        <translation>Deleted account %1</translation>
    </message>
</context>
<context>
    <name>ChatCommands</name>
    <message>
        <source>--format must be telegram, whatsapp, wechat-csv, discord-csv, discord-json or csv, not “%1”.</source>
        <translation>--format must be telegram, whatsapp, wechat-csv, discord-csv, discord-json or csv, not “%1”.</translation>
    </message>
    <message>
        <source>--date-order must be dmy, mdy or ymd, not “%1”.</source>
        <translation>--date-order must be dmy, mdy or ymd, not “%1”.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1” for --tz; give an IANA id such as Asia/Shanghai or America/New_York.</source>
        <translation>Unknown time zone “%1” for --tz; give an IANA id such as Asia/Shanghai or America/New_York.</translation>
    </message>
    <message>
        <source>--ambiguous must be fail or new, not “%1”.</source>
        <translation>--ambiguous must be fail or new, not “%1”.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message numerus="yes">
        <source>The file is a full Telegram export of %n chat(s); choose one with --chat NAME or --chat ID.</source>
        <translation>
            <numerusform>The file is a full Telegram export of %n chat; choose one with --chat NAME or --chat ID.</numerusform>
            <numerusform>The file is a full Telegram export of %n chats; choose one with --chat NAME or --chat ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Imported messages</source>
        <translation>Imported messages</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Joins</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Leaves</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Import a chat export (Telegram Desktop JSON, WhatsApp .txt or .zip, WeChat CSV of MemoTrace or PyWxDump, DiscordChatExporter CSV or JSON, or any CSV with --map time=COL,author=COL,text=COL[,author_id=COL]) into a group, all or nothing; messages already imported are counted as duplicates; an invalid row refuses the file unless --skip-invalid.</source>
        <translation>Import a chat export (Telegram Desktop JSON, WhatsApp .txt or .zip, WeChat CSV of MemoTrace or PyWxDump, DiscordChatExporter CSV or JSON, or any CSV with --map time=COL,author=COL,text=COL[,author_id=COL]) into a group, all or nothing; messages already imported are counted as duplicates; an invalid row refuses the file unless --skip-invalid.</translation>
    </message>
    <message>
        <source>--map applies to --format csv only.</source>
        <translation>--map applies to --format csv only.</translation>
    </message>
    <message>
        <source>--skip-invalid imports the rest</source>
        <translation>--skip-invalid imports the rest</translation>
    </message>
</context>
<context>
    <name>ChatCsvMappingReader</name>
    <message>
        <source>--map: “%1” names no column; write KEY=COLUMN.</source>
        <translation>--map: “%1” names no column; write KEY=COLUMN.</translation>
    </message>
    <message>
        <source>--map: unknown key “%1”; the keys are time, author, text and author_id.</source>
        <translation>--map: unknown key “%1”; the keys are time, author, text and author_id.</translation>
    </message>
    <message>
        <source>--map needs KEY=COLUMN pairs, e.g. time=Date,author=Name,text=Message.</source>
        <translation>--map needs KEY=COLUMN pairs, e.g. time=Date,author=Name,text=Message.</translation>
    </message>
    <message>
        <source>The file has no column “%1” (its columns: %2).</source>
        <translation>The file has no column “%1” (its columns: %2).</translation>
    </message>
    <message>
        <source>Cannot tell which columns hold the time, the author and the text (the columns: %1); choose them in the import window or with --map time=COLUMN,author=COLUMN,text=COLUMN.</source>
        <translation>Cannot tell which columns hold the time, the author and the text (the columns: %1); choose them in the import window or with --map time=COLUMN,author=COLUMN,text=COLUMN.</translation>
    </message>
</context>
<context>
    <name>ChatImport</name>
    <message>
        <source>The file does not start with a CSV header.</source>
        <translation>The file does not start with a CSV header.</translation>
    </message>
    <message>
        <source>Telegram Desktop export (JSON)</source>
        <translation>Telegram Desktop export (JSON)</translation>
    </message>
    <message>
        <source>WhatsApp chat export</source>
        <translation>WhatsApp chat export</translation>
    </message>
    <message>
        <source>WeChat CSV (MemoTrace or PyWxDump)</source>
        <translation>WeChat CSV (MemoTrace or PyWxDump)</translation>
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
        <translation>CSV with time, author and text columns</translation>
    </message>
    <message>
        <source>The file is no chat export QunDesk reads (Telegram Desktop JSON, WhatsApp text or .zip, WeChat or Discord CSV, Discord JSON, or a CSV with time, author and text columns: for other columns use --format csv --map).</source>
        <translation>The file is no chat export QunDesk reads (Telegram Desktop JSON, WhatsApp text or .zip, WeChat or Discord CSV, Discord JSON, or a CSV with time, author and text columns: for other columns use --format csv --map).</translation>
    </message>
</context>
<context>
    <name>ChatImportService</name>
    <message>
        <source>Imported chat</source>
        <translation>Imported chat</translation>
    </message>
    <message>
        <source>A message without an author.</source>
        <translation>A message without an author.</translation>
    </message>
    <message>
        <source>The exporting account joined.</source>
        <translation>The exporting account joined.</translation>
    </message>
    <message>
        <source>The exporting account left.</source>
        <translation>The exporting account left.</translation>
    </message>
    <message>
        <source>Check name</source>
        <translation>Check name</translation>
    </message>
    <message>
        <source>Several members carry these names; choose who is who in the window, or import with --ambiguous new: %1</source>
        <translation>Several members carry these names; choose who is who in the window, or import with --ambiguous new: %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ChatInput</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation>Cannot read the archive: %1</translation>
    </message>
    <message>
        <source>The archive holds no chat export (_chat.txt, or one .txt, .json or .csv file).</source>
        <translation>The archive holds no chat export (_chat.txt, or one .txt, .json or .csv file).</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>The option %1 needs a date written YYYY-MM-DD, not “%2”.</source>
        <translation>The option %1 needs a date written YYYY-MM-DD, not “%2”.</translation>
    </message>
    <message>
        <source>The option %1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>The option %1 needs a whole number from %2 to %3, not “%4”.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>There is no workspace here yet; create one with “qundesk-cli demo” or by starting QunDesk.</source>
        <translation>There is no workspace here yet; create one with “qundesk-cli demo” or by starting QunDesk.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it first or correct --db.</source>
        <translation>The folder %1 does not exist; create it first or correct --db.</translation>
    </message>
    <message>
        <source>This is a folder, not a QunDesk workspace file.</source>
        <translation>This is a folder, not a QunDesk workspace file.</translation>
    </message>
    <message>
        <source>This is a device, a pipe or a socket, not a QunDesk workspace file.</source>
        <translation>This is a device, a pipe or a socket, not a QunDesk workspace file.</translation>
    </message>
    <message>
        <source>Cannot read the workspace in the time zone %1: %2</source>
        <translation>Cannot read the workspace in the time zone %1: %2</translation>
    </message>
</context>
<context>
    <name>ContentLine</name>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>User feedback</source>
        <translation>User feedback</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Daily content</source>
        <translation>Daily content</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
</context>
<context>
    <name>ContentStatus</name>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>A calendar item needs a title.</source>
        <translation>A calendar item needs a title.</translation>
    </message>
    <message>
        <source>A calendar item needs a start time.</source>
        <translation>A calendar item needs a start time.</translation>
    </message>
    <message>
        <source>A calendar item lasts from 0 minutes to one week.</source>
        <translation>A calendar item lasts from 0 minutes to one week.</translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>Unknown channel “%1”.</translation>
    </message>
    <message>
        <source>Unknown content line “%1”.</source>
        <translation>Unknown content line “%1”.</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Unknown status “%1”.</translation>
    </message>
    <message>
        <source>Cannot add “%1” to the calendar: %2</source>
        <translation>Cannot add “%1” to the calendar: %2</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>Cannot save “%1”: %2</translation>
    </message>
    <message>
        <source>The calendar item no longer exists.</source>
        <translation>The calendar item no longer exists.</translation>
    </message>
    <message>
        <source>Which occurrence to change is missing.</source>
        <translation>Which occurrence to change is missing.</translation>
    </message>
    <message>
        <source>Cannot change the occurrence: %1</source>
        <translation>Cannot change the occurrence: %1</translation>
    </message>
    <message>
        <source>That occurrence has no change to undo.</source>
        <translation>That occurrence has no change to undo.</translation>
    </message>
</context>
<context>
    <name>CreateGroupCommand</name>
    <message>
        <source>Create group “%1”</source>
        <translation>Create group “%1”</translation>
    </message>
</context>
<context>
    <name>CsvChatReader</name>
    <message>
        <source>The file is empty: it holds no chat.</source>
        <translation>The file is empty: it holds no chat.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>A quoted field is not closed before the end of the file.</translation>
    </message>
    <message numerus="yes">
        <source>This line is longer than %n character(s); is it really a CSV file?</source>
        <translation>
            <numerusform>This line is longer than %n character; is it really a CSV file?</numerusform>
            <numerusform>This line is longer than %n characters; is it really a CSV file?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
</context>
<context>
    <name>DamageCheck</name>
    <message>
        <source>%1 Nothing was changed; run a check (qundesk-cli check) and restore the latest backup.</source>
        <translation>%1 Nothing was changed; run a check (qundesk-cli check) and restore the latest backup.</translation>
    </message>
    <message>
        <source>The workspace is intact.</source>
        <translation>The workspace is intact.</translation>
    </message>
    <message>
        <source>The workspace is damaged.</source>
        <translation>The workspace is damaged.</translation>
    </message>
    <message>
        <source>The workspace is damaged in the tables %1.</source>
        <translation>The workspace is damaged in the tables %1.</translation>
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
        <translation>(none)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>DAU</source>
        <translation>DAU</translation>
    </message>
    <message>
        <source>WAU</source>
        <translation>WAU</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>MAU</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Active rate</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Joins</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Leaves</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Join week</source>
        <translation>Join week</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Revenue (%1)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Members referred</source>
        <translation>Members referred</translation>
    </message>
    <message>
        <source>Of whom buyers</source>
        <translation>Of whom buyers</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation>Cannot read the workspace: %1</translation>
    </message>
    <message>
        <source>This file is not a QunDesk workspace (it is not a readable SQLite database).</source>
        <translation>This file is not a QunDesk workspace (it is not a readable SQLite database).</translation>
    </message>
    <message>
        <source>This is a folder, not a QunDesk workspace file.</source>
        <translation>This is a folder, not a QunDesk workspace file.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>This file is not a QunDesk workspace (it is not an SQLite database).</source>
        <translation>This file is not a QunDesk workspace (it is not an SQLite database).</translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not QunDesk; it was left unchanged.</source>
        <translation>This SQLite file belongs to another program, not QunDesk; it was left unchanged.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer QunDesk (schema version %1; this program reads up to %2). Update QunDesk to open it; the file was left unchanged.</source>
        <translation>This workspace was written by a newer QunDesk (schema version %1; this program reads up to %2). Update QunDesk to open it; the file was left unchanged.</translation>
    </message>
    <message>
        <source>An in-memory workspace cannot be shared between connections.</source>
        <translation>An in-memory workspace cannot be shared between connections.</translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation>Cannot open the workspace: %1</translation>
    </message>
    <message>
        <source>Cannot write to the workspace (is the disk read-only?): %1</source>
        <translation>Cannot write to the workspace (is the disk read-only?): %1</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace: %1</source>
        <translation>Cannot prepare the workspace: %1</translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2 (to %3).</source>
        <translation>Broken reference in table %1, row %2 (to %3).</translation>
    </message>
    <message>
        <source>There is no workspace here yet.</source>
        <translation>There is no workspace here yet.</translation>
    </message>
    <message>
        <source>This file is empty: it is not a QunDesk workspace yet, and it was left unchanged.</source>
        <translation>This file is empty: it is not a QunDesk workspace yet, and it was left unchanged.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>This workspace was written by an older QunDesk (schema version %1) and must be brought up to date before it can be read; open it once in QunDesk or with a command that writes. It was left unchanged.</source>
        <translation>This workspace was written by an older QunDesk (schema version %1) and must be brought up to date before it can be read; open it once in QunDesk or with a command that writes. It was left unchanged.</translation>
    </message>
    <message>
        <source>The workspace file no longer exists.</source>
        <translation>The workspace file no longer exists.</translation>
    </message>
    <message>
        <source>This SQLite file is not a QunDesk workspace yet; it was left unchanged.</source>
        <translation>This SQLite file is not a QunDesk workspace yet; it was left unchanged.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
</context>
<context>
    <name>Definition</name>
    <message>
        <source>The definition is not valid JSON: %1 (at character %2).</source>
        <translation>The definition is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>The definition must be a JSON object ({…}).</source>
        <translation>The definition must be a JSON object ({…}).</translation>
    </message>
</context>
<context>
    <name>DeleteMembersCommand</name>
    <message numerus="yes">
        <source>Delete %n member(s)</source>
        <translation>
            <numerusform>Delete %n member</numerusform>
            <numerusform>Delete %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete the members</source>
        <translation>Could not delete the members</translation>
    </message>
    <message>
        <source>Could not restore the members</source>
        <translation>Could not restore the members</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill an empty workspace with the demo (N multiplies members and messages; the same seed gives the same demo).</source>
        <translation>Fill an empty workspace with the demo (N multiplies members and messages; the same seed gives the same demo).</translation>
    </message>
    <message>
        <source>This workspace already has groups; the demo is only created in an empty workspace (choose another file with --db).</source>
        <translation>This workspace already has groups; the demo is only created in an empty workspace (choose another file with --db).</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Planned content</source>
        <translation>Planned content</translation>
    </message>
    <message>
        <source>SOP runs</source>
        <translation>SOP runs</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot write the demo (%1): %2</source>
        <translation>Cannot write the demo (%1): %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The demo can only be created in an empty workspace; this one already has groups.</source>
        <translation>The demo can only be created in an empty workspace; this one already has groups.</translation>
    </message>
</context>
<context>
    <name>DiscordCsvParser</name>
    <message>
        <source>This is not a DiscordChatExporter CSV: its header is “%1”.</source>
        <translation>This is not a DiscordChatExporter CSV: its header is “%1”.</translation>
    </message>
    <message>
        <source>The row has %1 columns; a DiscordChatExporter row has at least %2.</source>
        <translation>The row has %1 columns; a DiscordChatExporter row has at least %2.</translation>
    </message>
    <message>
        <source>The date “%1” is not a date and time.</source>
        <translation>The date “%1” is not a date and time.</translation>
    </message>
</context>
<context>
    <name>DiscordJsonParser</name>
    <message>
        <source>The time “%1” is not a date and time.</source>
        <translation>The time “%1” is not a date and time.</translation>
    </message>
    <message>
        <source>A bot&apos;s message (%1).</source>
        <translation>A bot&apos;s message (%1).</translation>
    </message>
    <message>
        <source>A message is broken JSON (%1).</source>
        <translation>A message is broken JSON (%1).</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The file holds no channel and messages: this is no DiscordChatExporter JSON export.</source>
        <translation>The file holds no channel and messages: this is no DiscordChatExporter JSON export.</translation>
    </message>
</context>
<context>
    <name>EditGroupCommand</name>
    <message>
        <source>Edit group “%1”</source>
        <translation>Edit group “%1”</translation>
    </message>
</context>
<context>
    <name>EditMemberCommand</name>
    <message>
        <source>Edit member “%1”</source>
        <translation>Edit member “%1”</translation>
    </message>
</context>
<context>
    <name>FanLevel</name>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Advocate</translation>
    </message>
</context>
<context>
    <name>Fatigue</name>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Posts a day</source>
        <translation>Posts a day</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>Marketing share</source>
        <translation>Marketing share</translation>
    </message>
    <message>
        <source>Private touches</source>
        <translation>Private touches</translation>
    </message>
    <message>
        <source>%1: %2 posts planned on %3 (at most %4 a day).</source>
        <translation>%1: %2 posts planned on %3 (at most %4 a day).</translation>
    </message>
    <message>
        <source>%1: “%2” at %3 on %4 falls in the quiet hours.</source>
        <translation>%1: “%2” at %3 on %4 falls in the quiet hours.</translation>
    </message>
    <message>
        <source>%1: marketing is %2% of the week from %3 (%4 of %5 items; at most %6%).</source>
        <translation>%1: marketing is %2% of the week from %3 (%4 of %5 items; at most %6%).</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) would get %1 private touches in the 7 days from %2 (at most %3).</source>
        <translation>
            <numerusform>%n member would get %1 private touches in the 7 days from %2 (at most %3).</numerusform>
            <numerusform>%n members would get %1 private touches in the 7 days from %2 (at most %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FatigueGuard</name>
    <message>
        <source>Do not disturb</source>
        <translation>Do not disturb</translation>
    </message>
    <message>
        <source>Do not disturb until %1</source>
        <translation>Do not disturb until %1</translation>
    </message>
    <message numerus="yes">
        <source>Over the touch cap: %n private touch(es) in 7 days</source>
        <translation>
            <numerusform>Over the touch cap: %n private touch in 7 days</numerusform>
            <numerusform>Over the touch cap: %n private touches in 7 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileSave</name>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
</context>
<context>
    <name>FunnelReport</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Engaged</source>
        <translation>Engaged</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Repeat buyers</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>GenericCsvChatParser</name>
    <message>
        <source>The row has %1 columns; the mapped ones need %2.</source>
        <translation>The row has %1 columns; the mapped ones need %2.</translation>
    </message>
    <message>
        <source>The time “%1” is not a date and time.</source>
        <translation>The time “%1” is not a date and time.</translation>
    </message>
    <message>
        <source>The author is empty.</source>
        <translation>The author is empty.</translation>
    </message>
</context>
<context>
    <name>GroupCommand</name>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>Cannot redo “%1”</source>
        <translation>Cannot redo “%1”</translation>
    </message>
    <message>
        <source>Cannot undo “%1”</source>
        <translation>Cannot undo “%1”</translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <source>List the groups with their platform, purpose and member count.</source>
        <translation>List the groups with their platform, purpose and member count.</translation>
    </message>
    <message>
        <source>No groups yet.</source>
        <translation>No groups yet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Register a group (the workspace is created when missing).</source>
        <translation>Register a group (the workspace is created when missing).</translation>
    </message>
    <message>
        <source>Archive a group (with --undo: make it active again).</source>
        <translation>Archive a group (with --undo: make it active again).</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 must be one of: %2.</translation>
    </message>
    <message>
        <source>--capacity must be a whole number above 0.</source>
        <translation>--capacity must be a whole number above 0.</translation>
    </message>
    <message>
        <source>Group “%1” added.</source>
        <translation>Group “%1” added.</translation>
    </message>
    <message>
        <source>There is no group named “%1” (see “qundesk-cli group list”).</source>
        <translation>There is no group named “%1” (see “qundesk-cli group list”).</translation>
    </message>
    <message>
        <source>Group “%1” archived.</source>
        <translation>Group “%1” archived.</translation>
    </message>
    <message>
        <source>Group “%1” is active again.</source>
        <translation>Group “%1” is active again.</translation>
    </message>
</context>
<context>
    <name>GroupService</name>
    <message>
        <source>“%1” has members now: archive it instead of removing it.</source>
        <translation>“%1” has members now: archive it instead of removing it.</translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>A group needs a name.</source>
        <translation>A group needs a name.</translation>
    </message>
    <message>
        <source>Cannot add the group “%1”: %2</source>
        <translation>Cannot add the group “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save the group “%1”: %2</source>
        <translation>Cannot save the group “%1”: %2</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>The group no longer exists.</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>QunDesk content calendar</source>
        <translation>QunDesk content calendar</translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>The event has no start time it can read.</source>
        <translation>The event has no start time it can read.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (it does not begin with BEGIN:VCALENDAR).</source>
        <translation>This is not an iCalendar file (it does not begin with BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>libical cannot read this iCalendar file.</source>
        <translation>libical cannot read this iCalendar file.</translation>
    </message>
    <message>
        <source>A second event with the UID “%1”.</source>
        <translation>A second event with the UID “%1”.</translation>
    </message>
    <message>
        <source>A changed occurrence of a series that is not in the file (UID “%1”).</source>
        <translation>A changed occurrence of a series that is not in the file (UID “%1”).</translation>
    </message>
    <message>
        <source>The changed occurrence has no RECURRENCE-ID it can read.</source>
        <translation>The changed occurrence has no RECURRENCE-ID it can read.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>first: line %1, %2</source>
        <translation>first: line %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid rows (%1); nothing imported</source>
        <translation>
            <numerusform>%n invalid row (%1); nothing imported</numerusform>
            <numerusform>%n invalid rows (%1); nothing imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobContext</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Nothing to run.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
</context>
<context>
    <name>LeaveGroupCommand</name>
    <message>
        <source>Mark as left</source>
        <translation>Mark as left</translation>
    </message>
</context>
<context>
    <name>LeaveKind</name>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>Growing</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Mature</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Extending</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Declining</translation>
    </message>
</context>
<context>
    <name>LinkMembersCommand</name>
    <message>
        <source>Link members</source>
        <translation>Link members</translation>
    </message>
</context>
<context>
    <name>LogTouchCommand</name>
    <message>
        <source>Log a touch</source>
        <translation>Log a touch</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>Check the workspace&apos;s integrity and schema version.</source>
        <translation>Check the workspace&apos;s integrity and schema version.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace to FILE (a new file).</source>
        <translation>Write a consistent copy of the workspace to FILE (a new file).</translation>
    </message>
    <message>
        <source>Replace the workspace with the backup FILE; the current workspace is kept next to it as “….before-restore-&lt;time&gt;”. Close QunDesk first.</source>
        <translation>Replace the workspace with the backup FILE; the current workspace is kept next to it as “….before-restore-&lt;time&gt;”. Close QunDesk first.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>The workspace has problems: %1</source>
        <translation>The workspace has problems: %1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation>Backed up %1 to %2 (%3 bytes).</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>Damaged tables</source>
        <translation>Damaged tables</translation>
    </message>
    <message>
        <source>The workspace is damaged in the tables %1; restore the latest backup (qundesk-cli restore FILE).</source>
        <translation>The workspace is damaged in the tables %1; restore the latest backup (qundesk-cli restore FILE).</translation>
    </message>
</context>
<context>
    <name>MemberCommand</name>
    <message>
        <source>Cannot change the member</source>
        <translation>Cannot change the member</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>Export members (all, one group&apos;s, or a segment&apos;s) to .csv or .xlsx, chosen by the file&apos;s extension.</source>
        <translation>Export members (all, one group&apos;s, or a segment&apos;s) to .csv or .xlsx, chosen by the file&apos;s extension.</translation>
    </message>
    <message>
        <source>Every member of a group, posters or not: messages, last message, lifecycle stage, fan level and tags.</source>
        <translation>Every member of a group, posters or not: messages, last message, lifecycle stage, fan level and tags.</translation>
    </message>
    <message>
        <source>Members per lifecycle stage, of one group or of all members.</source>
        <translation>Members per lifecycle stage, of one group or of all members.</translation>
    </message>
    <message>
        <source>--date-order must be dmy, mdy or ymd, not “%1”.</source>
        <translation>--date-order must be dmy, mdy or ymd, not “%1”.</translation>
    </message>
    <message>
        <source>Unknown platform “%1”; use one of: %2.</source>
        <translation>Unknown platform “%1”; use one of: %2.</translation>
    </message>
    <message>
        <source>Imported rows</source>
        <translation>Imported rows</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Groups created</source>
        <translation>Groups created</translation>
    </message>
    <message>
        <source>Tags created</source>
        <translation>Tags created</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>There is no segment “%1”; use a saved segment&apos;s name or one of: %2.</source>
        <translation>There is no segment “%1”; use a saved segment&apos;s name or one of: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) written to %1</source>
        <translation>
            <numerusform>%n member written to %1</numerusform>
            <numerusform>%n members written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>report members needs --group NAME.</source>
        <translation>report members needs --group NAME.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>No members in this group.</source>
        <translation>No members in this group.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Fan level</source>
        <translation>Fan level</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Import a member list (CSV, UTF-8 or GB18030) in one go: all or nothing (an invalid row refuses the file unless --skip-invalid); rows already known are counted as duplicates.</source>
        <translation>Import a member list (CSV, UTF-8 or GB18030) in one go: all or nothing (an invalid row refuses the file unless --skip-invalid); rows already known are counted as duplicates.</translation>
    </message>
    <message>
        <source>--skip-invalid imports the rest</source>
        <translation>--skip-invalid imports the rest</translation>
    </message>
</context>
<context>
    <name>MemberCsvImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>No name or handle.</source>
        <translation>No name or handle.</translation>
    </message>
    <message>
        <source>The join date “%1” is not a date.</source>
        <translation>The join date “%1” is not a date.</translation>
    </message>
    <message>
        <source>The birthday “%1” is not a date.</source>
        <translation>The birthday “%1” is not a date.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Referrer “%1” is not a known member.</source>
        <translation>Referrer “%1” is not a known member.</translation>
    </message>
    <message numerus="yes">
        <source>Referrer “%1” is ambiguous: %n members have that name.</source>
        <translation>
            <numerusform>Referrer “%1” is ambiguous: %n members have that name.</numerusform>
            <numerusform>Referrer “%1” is ambiguous: %n members have that name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberCsvMapping</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Source channel</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>No column holds the member&apos;s name or handle. Name a column “name”, “姓名” or “昵称” (or “handle”, “微信号”), or map one in the import dialog.</source>
        <translation>No column holds the member&apos;s name or handle. Name a column “name”, “姓名” or “昵称” (or “handle”, “微信号”), or map one in the import dialog.</translation>
    </message>
</context>
<context>
    <name>MemberExport</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Handles</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Fan level</source>
        <translation>Fan level</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Source channel</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Last touch</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .xlsx.</source>
        <translation>Choose a file name ending in .csv or .xlsx.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>MemberFilterCompiler</name>
    <message>
        <source>The rule definition is not valid JSON: %1</source>
        <translation>The rule definition is not valid JSON: %1</translation>
    </message>
    <message>
        <source>Condition %1: unknown operator “%2”.</source>
        <translation>Condition %1: unknown operator “%2”.</translation>
    </message>
    <message>
        <source>Condition %1: unknown field “%2”.</source>
        <translation>Condition %1: unknown field “%2”.</translation>
    </message>
    <message>
        <source>The rule definition nests groups too deeply.</source>
        <translation>The rule definition nests groups too deeply.</translation>
    </message>
</context>
<context>
    <name>MemberSnapshot</name>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>Could not restore %1: %2</translation>
    </message>
</context>
<context>
    <name>MemberStatusUpdater</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Cannot update member status: %1</source>
        <translation>Cannot update member status: %1</translation>
    </message>
</context>
<context>
    <name>MemberStore</name>
    <message>
        <source>A member needs a display name.</source>
        <translation>A member needs a display name.</translation>
    </message>
    <message>
        <source>Cannot add the member “%1”: %2</source>
        <translation>Cannot add the member “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be their own referrer, directly or through others.</source>
        <translation>“%1” cannot be their own referrer, directly or through others.</translation>
    </message>
    <message>
        <source>Cannot save the member “%1”: %2</source>
        <translation>Cannot save the member “%1”: %2</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>The member no longer exists.</translation>
    </message>
    <message>
        <source>An identity needs a platform.</source>
        <translation>An identity needs a platform.</translation>
    </message>
    <message>
        <source>An identity needs a user id, a handle or a nickname.</source>
        <translation>An identity needs a user id, a handle or a nickname.</translation>
    </message>
    <message>
        <source>Cannot add the account to the member: %1</source>
        <translation>Cannot add the account to the member: %1</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>The account no longer exists.</translation>
    </message>
    <message>
        <source>A member cannot be linked to themselves.</source>
        <translation>A member cannot be linked to themselves.</translation>
    </message>
    <message>
        <source>Cannot link the members: %1</source>
        <translation>Cannot link the members: %1</translation>
    </message>
    <message>
        <source>Erased member #%1</source>
        <translation>Erased member #%1</translation>
    </message>
    <message>
        <source>Cannot erase the member’s personal data: %1</source>
        <translation>Cannot erase the member’s personal data: %1</translation>
    </message>
</context>
<context>
    <name>MemberTagService</name>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>There is no tag “%1”.</translation>
    </message>
</context>
<context>
    <name>MemberTimeline</name>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Touch</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>a deleted group</source>
        <translation>a deleted group</translation>
    </message>
    <message>
        <source>Joined %1 as %2</source>
        <translation>Joined %1 as %2</translation>
    </message>
    <message>
        <source>Removed from %1</source>
        <translation>Removed from %1</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>Left %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in week %1 of %2</source>
        <translation>
            <numerusform>%n message in week %1 of %2</numerusform>
            <numerusform>%n messages in week %1 of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Touch: %1</source>
        <translation>Touch: %1</translation>
    </message>
    <message>
        <source>Touch: %1 — %2</source>
        <translation>Touch: %1 — %2</translation>
    </message>
    <message>
        <source>Order of %1</source>
        <translation>Order of %1</translation>
    </message>
    <message>
        <source>Order of %1: %2</source>
        <translation>Order of %1: %2</translation>
    </message>
</context>
<context>
    <name>MembershipStore</name>
    <message>
        <source>“%1” is not a group role.</source>
        <translation>“%1” is not a group role.</translation>
    </message>
    <message>
        <source>The member is already in this group.</source>
        <translation>The member is already in this group.</translation>
    </message>
    <message>
        <source>Cannot add the member to the group: %1</source>
        <translation>Cannot add the member to the group: %1</translation>
    </message>
    <message>
        <source>“%1” is not a way of leaving a group.</source>
        <translation>“%1” is not a way of leaving a group.</translation>
    </message>
    <message>
        <source>The member has already left this group.</source>
        <translation>The member has already left this group.</translation>
    </message>
    <message>
        <source>A member cannot leave before joining (joined %1).</source>
        <translation>A member cannot leave before joining (joined %1).</translation>
    </message>
    <message>
        <source>The membership no longer exists.</source>
        <translation>The membership no longer exists.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 (also %2)</source>
        <comment>an amount in the workspace currency, then the amounts in other currencies, which are never added to it</comment>
        <translation>%1 (also %2)</translation>
    </message>
</context>
<context>
    <name>OrderCommands</name>
    <message>
        <source>Import an order list (CSV, UTF-8 or GB18030: order number, date, member, handle or phone, amount, currency, product, group) in one go: all or nothing (an invalid row refuses the file unless --skip-invalid); orders already stored are counted as duplicates.</source>
        <translation>Import an order list (CSV, UTF-8 or GB18030: order number, date, member, handle or phone, amount, currency, product, group) in one go: all or nothing (an invalid row refuses the file unless --skip-invalid); orders already stored are counted as duplicates.</translation>
    </message>
    <message>
        <source>--date-order must be dmy, mdy or ymd, not “%1”.</source>
        <translation>--date-order must be dmy, mdy or ymd, not “%1”.</translation>
    </message>
    <message>
        <source>--skip-invalid imports the rest</source>
        <translation>--skip-invalid imports the rest</translation>
    </message>
    <message>
        <source>Imported orders</source>
        <translation>Imported orders</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>OrderCsvImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>There is no group “%1”; the order is stored without a group.</source>
        <translation>There is no group “%1”; the order is stored without a group.</translation>
    </message>
</context>
<context>
    <name>OrderCsvMapping</name>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Member name</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>the date (“date” or “日期”)</source>
        <translation>the date (“date” or “日期”)</translation>
    </message>
    <message>
        <source>the amount (“amount” or “金额”)</source>
        <translation>the amount (“amount” or “金额”)</translation>
    </message>
    <message>
        <source>the buyer (“member”/“成员”, “handle”/“账号” or “phone”/“手机”)</source>
        <translation>the buyer (“member”/“成员”, “handle”/“账号” or “phone”/“手机”)</translation>
    </message>
    <message>
        <source>No column holds %1. Name the columns so, or map them in the import dialog.</source>
        <translation>No column holds %1. Name the columns so, or map them in the import dialog.</translation>
    </message>
</context>
<context>
    <name>OrderImportWriter</name>
    <message>
        <source>No member is “%1”; import the member list first.</source>
        <translation>No member is “%1”; import the member list first.</translation>
    </message>
    <message numerus="yes">
        <source>%n members match “%1”; add a handle or phone column to tell them apart.</source>
        <translation>
            <numerusform>%n member matches “%1”; add a handle or phone column to tell them apart.</numerusform>
            <numerusform>%n members match “%1”; add a handle or phone column to tell them apart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderRowParser</name>
    <message>
        <source>No buyer: the member, handle and phone cells are empty.</source>
        <translation>No buyer: the member, handle and phone cells are empty.</translation>
    </message>
    <message>
        <source>The date cell is empty.</source>
        <translation>The date cell is empty.</translation>
    </message>
    <message>
        <source>The date “%1” is not a date.</source>
        <translation>The date “%1” is not a date.</translation>
    </message>
    <message>
        <source>The amount cell is empty.</source>
        <translation>The amount cell is empty.</translation>
    </message>
    <message>
        <source>The amount “%1” is not an amount.</source>
        <translation>The amount “%1” is not an amount.</translation>
    </message>
    <message>
        <source>The currency “%1” is not a currency such as CNY.</source>
        <translation>The currency “%1” is not a currency such as CNY.</translation>
    </message>
    <message>
        <source>The amount “%1” is in another currency than “%2”.</source>
        <translation>The amount “%1” is in another currency than “%2”.</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>An order needs the time it was placed.</source>
        <translation>An order needs the time it was placed.</translation>
    </message>
    <message>
        <source>An order&apos;s amount cannot be negative.</source>
        <translation>An order&apos;s amount cannot be negative.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as CNY.</source>
        <translation>“%1” is not a currency code such as CNY.</translation>
    </message>
    <message>
        <source>An order with the number “%1” is already stored.</source>
        <translation>An order with the number “%1” is already stored.</translation>
    </message>
    <message>
        <source>Cannot add the order: %1</source>
        <translation>Cannot add the order: %1</translation>
    </message>
    <message>
        <source>Cannot save the order: %1</source>
        <translation>Cannot save the order: %1</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>The order no longer exists.</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Today&apos;s to-do list: the SOP steps and planned posts due now, with their scripts ready to copy.</source>
        <translation>Today&apos;s to-do list: the SOP steps and planned posts due now, with their scripts ready to copy.</translation>
    </message>
    <message>
        <source>Every group you run, with its platform, purpose, head count and capacity.</source>
        <translation>Every group you run, with its platform, purpose, head count and capacity.</translation>
    </message>
    <message>
        <source>Members across your groups, with tags, lifecycle stage, silent days and who invited them.</source>
        <translation>Members across your groups, with tags, lifecycle stage, silent days and who invited them.</translation>
    </message>
    <message>
        <source>The content calendar: planned posts per group by day, week and month, with fatigue warnings.</source>
        <translation>The content calendar: planned posts per group by day, week and month, with fatigue warnings.</translation>
    </message>
    <message>
        <source>SOP playbooks of timed steps and scripts, applied to a group, a segment or a member.</source>
        <translation>SOP playbooks of timed steps and scripts, applied to a group, a segment or a member.</translation>
    </message>
    <message>
        <source>Activity, growth, retention and conversion charts, each with its metric&apos;s definition.</source>
        <translation>Activity, growth, retention and conversion charts, each with its metric&apos;s definition.</translation>
    </message>
    <message>
        <source>Import chat exports, member lists and orders, previewed before anything is stored.</source>
        <translation>Import chat exports, member lists and orders, previewed before anything is stored.</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>WeCom</translation>
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
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>New-customer group</source>
        <translation>New-customer group</translation>
    </message>
    <message>
        <source>VIP group</source>
        <translation>VIP group</translation>
    </message>
    <message>
        <source>Campaign group</source>
        <translation>Campaign group</translation>
    </message>
    <message>
        <source>Deals group</source>
        <translation>Deals group</translation>
    </message>
    <message>
        <source>Interest group</source>
        <translation>Interest group</translation>
    </message>
    <message>
        <source>Customer-service group</source>
        <translation>Customer-service group</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>“%1” is not a recurrence rule QunDesk can read (%2).</source>
        <translation>“%1” is not a recurrence rule QunDesk can read (%2).</translation>
    </message>
</context>
<context>
    <name>RemoveOrderCommand</name>
    <message>
        <source>Delete order</source>
        <translation>Delete order</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Groups, members, messages, active members, joins, leaves, buyers, orders and revenue over a period.</source>
        <translation>Groups, members, messages, active members, joins, leaves, buyers, orders and revenue over a period.</translation>
    </message>
    <message>
        <source>There is no group named “%1” (see “qundesk-cli group list”).</source>
        <translation>There is no group named “%1” (see “qundesk-cli group list”).</translation>
    </message>
    <message>
        <source>The period is empty: --from %1 is after --to %2.</source>
        <translation>The period is empty: --from %1 is after --to %2.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Joins</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Leaves</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
</context>
<context>
    <name>ReportExportCommand</name>
    <message>
        <source>Export the weekly report (周报) as a PDF: each group&apos;s figures against the week before, activity charts, top contributors, new lurkers and members turning Declining. Default: the last full Monday–Sunday week in the workspace&apos;s time zone.</source>
        <translation>Export the weekly report (周报) as a PDF: each group&apos;s figures against the week before, activity charts, top contributors, new lurkers and members turning Declining. Default: the last full Monday–Sunday week in the workspace&apos;s time zone.</translation>
    </message>
    <message>
        <source>--week must be an ISO week such as 2026-W05, not “%1”.</source>
        <translation>--week must be an ISO week such as 2026-W05, not “%1”.</translation>
    </message>
    <message>
        <source>The report is a PDF: give a file name ending in .pdf.</source>
        <translation>The report is a PDF: give a file name ending in .pdf.</translation>
    </message>
    <message numerus="yes">
        <source>Weekly report %1 (%2 – %3), %n page(s), written to %4</source>
        <translation>
            <numerusform>Weekly report %1 (%2 – %3), %n page, written to %4</numerusform>
            <numerusform>Weekly report %1 (%2 – %3), %n pages, written to %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
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
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>RuleSummary</name>
    <message>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <source>third</source>
        <translation>third</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>fourth</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>Every %n week on %1</numerusform>
            <numerusform>Every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Weekly on %1</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>day %1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>ordinal, weekday: the second Tuesday</comment>
        <translation>the %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months on %1</source>
        <translation>
            <numerusform>Every %n month on %1</numerusform>
            <numerusform>Every %n months on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly on %1</source>
        <translation>Monthly on %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Every %n year</numerusform>
            <numerusform>Every %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Custom rule: %1</source>
        <translation>Custom rule: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>repeat, time: Weekly on Tue at 20:00</comment>
        <translation>%1 at %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n time(s)</source>
        <translation>
            <numerusform>%1, %n time</numerusform>
            <numerusform>%1, %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, until %2</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>No migration to schema version %1.</source>
        <translation>No migration to schema version %1.</translation>
    </message>
</context>
<context>
    <name>ScopeQuestion</name>
    <message>
        <source>This item repeats. Which occurrences should change?</source>
        <translation>This item repeats. Which occurrences should change?</translation>
    </message>
    <message>
        <source>This one</source>
        <translation>This one</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>This and following</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>ScriptRenderer</name>
    <message>
        <source>The member&apos;s name</source>
        <translation>The member&apos;s name</translation>
    </message>
    <message>
        <source>The group&apos;s name</source>
        <translation>The group&apos;s name</translation>
    </message>
    <message>
        <source>The group&apos;s operator</source>
        <translation>The group&apos;s operator</translation>
    </message>
    <message>
        <source>The day the task is due</source>
        <translation>The day the task is due</translation>
    </message>
    <message>
        <source>Days since the member joined the group</source>
        <translation>Days since the member joined the group</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>A segment needs a name.</translation>
    </message>
    <message>
        <source>The segment “%1” cannot be saved. %2</source>
        <translation>The segment “%1” cannot be saved. %2</translation>
    </message>
    <message>
        <source>A segment named “%1” already exists.</source>
        <translation>A segment named “%1” already exists.</translation>
    </message>
    <message>
        <source>Cannot add the segment “%1”: %2</source>
        <translation>Cannot add the segment “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save the segment “%1”: %2</source>
        <translation>Cannot save the segment “%1”: %2</translation>
    </message>
    <message>
        <source>The segment no longer exists.</source>
        <translation>The segment no longer exists.</translation>
    </message>
</context>
<context>
    <name>SetMemberTagCommand</name>
    <message>
        <source>Add tag “%1”</source>
        <translation>Add tag “%1”</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Remove tag “%1”</translation>
    </message>
</context>
<context>
    <name>SetMembershipRoleCommand</name>
    <message>
        <source>Change role to %1</source>
        <translation>Change role to %1</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>This is not a known time zone.</source>
        <translation>This is not a known time zone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code: use three letters such as CNY or USD.</source>
        <translation>&quot;%1&quot; is not a currency code: use three letters such as CNY or USD.</translation>
    </message>
</context>
<context>
    <name>SopAnchor</name>
    <message>
        <source>After joining</source>
        <translation>After joining</translation>
    </message>
    <message>
        <source>After the SOP starts</source>
        <translation>After the SOP starts</translation>
    </message>
</context>
<context>
    <name>SopCommands</name>
    <message>
        <source>List the SOPs with their scenario, target, steps and runs.</source>
        <translation>List the SOPs with their scenario, target, steps and runs.</translation>
    </message>
    <message>
        <source>Apply an SOP to a group, a saved segment or a member: plans its tasks (applying it again adds none twice).</source>
        <translation>Apply an SOP to a group, a saved segment or a member: plans its tasks (applying it again adds none twice).</translation>
    </message>
    <message>
        <source>Dry run: what a member who joins on that day receives, and when.</source>
        <translation>Dry run: what a member who joins on that day receives, and when.</translation>
    </message>
    <message>
        <source>Write all SOPs, or the one named, to a JSON file for sharing.</source>
        <translation>Write all SOPs, or the one named, to a JSON file for sharing.</translation>
    </message>
    <message>
        <source>Import SOPs from a JSON file (an SOP already there by its uid is skipped; a taken name becomes “NAME (2)”).</source>
        <translation>Import SOPs from a JSON file (an SOP already there by its uid is skipped; a taken name becomes “NAME (2)”).</translation>
    </message>
    <message>
        <source>There is no SOP named “%1” (see “qundesk-cli sop list”).</source>
        <translation>There is no SOP named “%1” (see “qundesk-cli sop list”).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Active runs</source>
        <translation>Active runs</translation>
    </message>
    <message>
        <source>Give one of --group, --segment or --member.</source>
        <translation>Give one of --group, --segment or --member.</translation>
    </message>
    <message>
        <source>Say whom the SOP is for: --group, --segment or --member.</source>
        <translation>Say whom the SOP is for: --group, --segment or --member.</translation>
    </message>
    <message>
        <source>There is no saved segment named “%1”.</source>
        <translation>There is no saved segment named “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” already runs on “%2”: %n new task(s).</source>
        <translation>
            <numerusform>“%1” already runs on “%2”: %n new task.</numerusform>
            <numerusform>“%1” already runs on “%2”: %n new tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” applied to “%2”: %n task(s) planned.</source>
        <translation>
            <numerusform>“%1” applied to “%2”: %n task planned.</numerusform>
            <numerusform>“%1” applied to “%2”: %n tasks planned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the join day: --join YYYY-MM-DD.</source>
        <translation>Give the join day: --join YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A member who joins on %1 receives:</source>
        <translation>A member who joins on %1 receives:</translation>
    </message>
    <message>
        <source>Choose a file name ending in .json.</source>
        <translation>Choose a file name ending in .json.</translation>
    </message>
    <message numerus="yes">
        <source>%n SOP(s) written to %1.</source>
        <translation>
            <numerusform>%n SOP written to %1.</numerusform>
            <numerusform>%n SOPs written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n SOP(s) imported, %2 already there.</source>
        <translation>
            <numerusform>%1: %n SOP imported, %2 already there.</numerusform>
            <numerusform>%1: %n SOPs imported, %2 already there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SopEndRules</name>
    <message>
        <source>The early-exit condition of the SOP “%1” cannot be read: %2</source>
        <translation>The early-exit condition of the SOP “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>The end actions of the SOP “%1” are not a JSON list.</source>
        <translation>The end actions of the SOP “%1” are not a JSON list.</translation>
    </message>
    <message>
        <source>The SOP “%1” has an unknown end action “%2”.</source>
        <translation>The SOP “%1” has an unknown end action “%2”.</translation>
    </message>
    <message>
        <source>An end action of the SOP “%1” names nothing.</source>
        <translation>An end action of the SOP “%1” names nothing.</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>Add the tag</translation>
    </message>
    <message>
        <source>Start the SOP</source>
        <translation>Start the SOP</translation>
    </message>
</context>
<context>
    <name>SopJson</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>not a QunDesk SOP file (&quot;format&quot;: &quot;qundesk-sop&quot; is missing)</source>
        <translation>not a QunDesk SOP file (&quot;format&quot;: &quot;qundesk-sop&quot; is missing)</translation>
    </message>
    <message>
        <source>SOP file version %1 is not supported</source>
        <translation>SOP file version %1 is not supported</translation>
    </message>
    <message>
        <source>SOP %1</source>
        <translation>SOP %1</translation>
    </message>
    <message>
        <source>%1 has no name</source>
        <translation>%1 has no name</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unknown scenario, target or anchor</source>
        <translation>%1 (“%2”) has an unknown scenario, target or anchor</translation>
    </message>
    <message>
        <source>%1 (“%2”), step %3</source>
        <translation>%1 (“%2”), step %3</translation>
    </message>
    <message>
        <source>%1 has no title</source>
        <translation>%1 has no title</translation>
    </message>
    <message>
        <source>%1 has an unknown timing “%2”</source>
        <translation>%1 has an unknown timing “%2”</translation>
    </message>
    <message>
        <source>%1 needs a date (YYYY-MM-DD or MM-DD)</source>
        <translation>%1 needs a date (YYYY-MM-DD or MM-DD)</translation>
    </message>
    <message>
        <source>%1 has an unknown channel “%2”</source>
        <translation>%1 has an unknown channel “%2”</translation>
    </message>
    <message>
        <source>%1 needs a send window [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</source>
        <translation>%1 needs a send window [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
</context>
<context>
    <name>SopPreview</name>
    <message>
        <source>Held: the member asked not to be disturbed</source>
        <translation>Held: the member asked not to be disturbed</translation>
    </message>
    <message>
        <source>Held: over the weekly private touch cap</source>
        <translation>Held: over the weekly private touch cap</translation>
    </message>
    <message>
        <source>Moved out of quiet hours</source>
        <translation>Moved out of quiet hours</translation>
    </message>
</context>
<context>
    <name>SopRunStatus</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
</context>
<context>
    <name>SopRunStore</name>
    <message>
        <source>Unknown SOP target “%1”.</source>
        <translation>Unknown SOP target “%1”.</translation>
    </message>
    <message>
        <source>Choose whom the SOP is for.</source>
        <translation>Choose whom the SOP is for.</translation>
    </message>
    <message>
        <source>An SOP run needs its start day.</source>
        <translation>An SOP run needs its start day.</translation>
    </message>
    <message>
        <source>Cannot start the SOP: %1</source>
        <translation>Cannot start the SOP: %1</translation>
    </message>
    <message>
        <source>The SOP run no longer exists.</source>
        <translation>The SOP run no longer exists.</translation>
    </message>
    <message>
        <source>Unknown SOP run status “%1”.</source>
        <translation>Unknown SOP run status “%1”.</translation>
    </message>
    <message>
        <source>Cannot add the SOP&apos;s tasks: %1</source>
        <translation>Cannot add the SOP&apos;s tasks: %1</translation>
    </message>
    <message>
        <source>An SOP task needs the time it is due.</source>
        <translation>An SOP task needs the time it is due.</translation>
    </message>
    <message>
        <source>Unknown task status “%1”.</source>
        <translation>Unknown task status “%1”.</translation>
    </message>
    <message>
        <source>Say why the task is skipped.</source>
        <translation>Say why the task is skipped.</translation>
    </message>
    <message>
        <source>Choose when the postponed task is due.</source>
        <translation>Choose when the postponed task is due.</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>The task no longer exists.</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>There is no task %1.</translation>
    </message>
</context>
<context>
    <name>SopScenario</name>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>New group nurturing</source>
        <translation>New group nurturing</translation>
    </message>
    <message>
        <source>Periodic care</source>
        <translation>Periodic care</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>Reactivation</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
</context>
<context>
    <name>SopService</name>
    <message>
        <source>The %1 the SOP is for no longer exists.</source>
        <translation>The %1 the SOP is for no longer exists.</translation>
    </message>
    <message>
        <source>Unknown SOP target “%1”.</source>
        <translation>Unknown SOP target “%1”.</translation>
    </message>
</context>
<context>
    <name>SopShareService</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>The file is too large to be an SOP file.</source>
        <translation>The file is too large to be an SOP file.</translation>
    </message>
    <message>
        <source>There is no SOP named “%1”.</source>
        <translation>There is no SOP named “%1”.</translation>
    </message>
    <message>
        <source>The built-in SOP library is missing from this build.</source>
        <translation>The built-in SOP library is missing from this build.</translation>
    </message>
</context>
<context>
    <name>SopTarget</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>SopTargetStore</name>
    <message>
        <source>Unknown SOP target status “%1”.</source>
        <translation>Unknown SOP target status “%1”.</translation>
    </message>
</context>
<context>
    <name>SopTargets</name>
    <message>
        <source>There is no member named “%1”.</source>
        <translation>There is no member named “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n members are named “%1”; the SOP needs one.</source>
        <translation>
            <numerusform>%n member is named “%1”; the SOP needs one.</numerusform>
            <numerusform>%n members are named “%1”; the SOP needs one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SopTaskService</name>
    <message>
        <source>Task %1 is already %2.</source>
        <translation>Task %1 is already %2.</translation>
    </message>
    <message>
        <source>Say why the task is skipped.</source>
        <translation>Say why the task is skipped.</translation>
    </message>
</context>
<context>
    <name>SopTaskStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
</context>
<context>
    <name>SopTemplateStore</name>
    <message>
        <source>An SOP needs a name.</source>
        <translation>An SOP needs a name.</translation>
    </message>
    <message>
        <source>Unknown SOP target “%1”.</source>
        <translation>Unknown SOP target “%1”.</translation>
    </message>
    <message>
        <source>Unknown SOP anchor “%1”.</source>
        <translation>Unknown SOP anchor “%1”.</translation>
    </message>
    <message>
        <source>Step %1 needs a title.</source>
        <translation>Step %1 needs a title.</translation>
    </message>
    <message>
        <source>Step %1 has an unknown timing “%2”.</source>
        <translation>Step %1 has an unknown timing “%2”.</translation>
    </message>
    <message>
        <source>Step %1 needs its date.</source>
        <translation>Step %1 needs its date.</translation>
    </message>
    <message>
        <source>Step %1 needs a weekday from Monday to Sunday.</source>
        <translation>Step %1 needs a weekday from Monday to Sunday.</translation>
    </message>
    <message>
        <source>Step %1 cannot happen before its anchor day.</source>
        <translation>Step %1 cannot happen before its anchor day.</translation>
    </message>
    <message>
        <source>Step %1 has a send window that ends before it starts.</source>
        <translation>Step %1 has a send window that ends before it starts.</translation>
    </message>
    <message>
        <source>Step %1 has an unknown channel “%2”.</source>
        <translation>Step %1 has an unknown channel “%2”.</translation>
    </message>
    <message>
        <source>Cannot save step %1: %2</source>
        <translation>Cannot save step %1: %2</translation>
    </message>
    <message>
        <source>Cannot add the SOP “%1”: %2</source>
        <translation>Cannot add the SOP “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save the SOP “%1”: %2</source>
        <translation>Cannot save the SOP “%1”: %2</translation>
    </message>
    <message>
        <source>The SOP no longer exists.</source>
        <translation>The SOP no longer exists.</translation>
    </message>
    <message>
        <source>Unknown SOP scenario “%1”.</source>
        <translation>Unknown SOP scenario “%1”.</translation>
    </message>
    <message>
        <source>Step %1 cannot repeat every %2 days.</source>
        <translation>Step %1 cannot repeat every %2 days.</translation>
    </message>
</context>
<context>
    <name>SopTiming</name>
    <message>
        <source>Day after anchor</source>
        <translation>Day after anchor</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Fixed date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
</context>
<context>
    <name>SourceChannel</name>
    <message>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>Taobao</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>Xiaohongshu</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>Weibo</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Offline store</source>
        <translation>Offline store</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
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
        <translation>Database error in “%1…”: %2</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>The summary query returned no row.</source>
        <translation>The summary query returned no row.</translation>
    </message>
</context>
<context>
    <name>TagCategory</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Purchase intent</source>
        <translation>Purchase intent</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Customer value</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
</context>
<context>
    <name>TagOrigin</name>
    <message>
        <source>Added by hand</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <source>Added by a rule</source>
        <translation>Added by a rule</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>TagRuleEngine</name>
    <message>
        <source>Tag rule “%1”: %2</source>
        <translation>Tag rule “%1”: %2</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>A tag needs a name.</translation>
    </message>
    <message>
        <source>“%1” is not a colour of the form #rrggbb.</source>
        <translation>“%1” is not a colour of the form #rrggbb.</translation>
    </message>
    <message>
        <source>A tag named “%1” already exists.</source>
        <translation>A tag named “%1” already exists.</translation>
    </message>
    <message>
        <source>Cannot add the tag “%1”: %2</source>
        <translation>Cannot add the tag “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save the tag “%1”: %2</source>
        <translation>Cannot save the tag “%1”: %2</translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation>The tag no longer exists.</translation>
    </message>
    <message>
        <source>“%1” is not a tag origin.</source>
        <translation>“%1” is not a tag origin.</translation>
    </message>
    <message>
        <source>Cannot tag the members: %1</source>
        <translation>Cannot tag the members: %1</translation>
    </message>
    <message>
        <source>Cannot tag the members with “%1”: %2</source>
        <translation>Cannot tag the members with “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>Cannot remove the tag: %1</translation>
    </message>
    <message>
        <source>A tag rule needs a name.</source>
        <translation>A tag rule needs a name.</translation>
    </message>
    <message>
        <source>The rule “%1” cannot be saved. %2</source>
        <translation>The rule “%1” cannot be saved. %2</translation>
    </message>
    <message>
        <source>Cannot add the rule “%1”: %2</source>
        <translation>Cannot add the rule “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save the rule “%1”: %2</source>
        <translation>Cannot save the rule “%1”: %2</translation>
    </message>
    <message>
        <source>The tag rule no longer exists.</source>
        <translation>The tag rule no longer exists.</translation>
    </message>
</context>
<context>
    <name>TargetPath</name>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <source>This is a device, a pipe or a socket, not a regular file.</source>
        <translation>This is a device, a pipe or a socket, not a regular file.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>No file name was given.</translation>
    </message>
    <message>
        <source>“-” (standard output) is not supported here; give a file name.</source>
        <translation>“-” (standard output) is not supported here; give a file name.</translation>
    </message>
    <message>
        <source>This is a link to a file that does not exist; give the file&apos;s own name.</source>
        <translation>This is a link to a file that does not exist; give the file&apos;s own name.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>This is the open workspace; choose another file so it is not overwritten.</source>
        <translation>This is the open workspace; choose another file so it is not overwritten.</translation>
    </message>
    <message>
        <source>This file belongs to the open workspace (its journal or lock file); choose another file.</source>
        <translation>This file belongs to the open workspace (its journal or lock file); choose another file.</translation>
    </message>
    <message>
        <source>The file already exists; choose a new name so nothing is overwritten.</source>
        <translation>The file already exists; choose a new name so nothing is overwritten.</translation>
    </message>
    <message>
        <source>The file is read-only; it was left unchanged.</source>
        <translation>The file is read-only; it was left unchanged.</translation>
    </message>
    <message>
        <source>“-” (standard input) is not supported here; give a file name.</source>
        <translation>“-” (standard input) is not supported here; give a file name.</translation>
    </message>
    <message>
        <source>This is a link to a file that does not exist.</source>
        <translation>This is a link to a file that does not exist.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The file cannot be read (no permission).</source>
        <translation>The file cannot be read (no permission).</translation>
    </message>
</context>
<context>
    <name>TaskAgenda</name>
    <message>
        <source>There is no task %1.</source>
        <translation>There is no task %1.</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>List the SOP tasks due on or before a day (default: today), overdue ones included, with their scripts filled in.</source>
        <translation>List the SOP tasks due on or before a day (default: today), overdue ones included, with their scripts filled in.</translation>
    </message>
    <message>
        <source>Mark a task done (records the touch).</source>
        <translation>Mark a task done (records the touch).</translation>
    </message>
    <message>
        <source>Skip a task, saying why.</source>
        <translation>Skip a task, saying why.</translation>
    </message>
    <message>
        <source>A task id is a whole number above 0, not “%1”.</source>
        <translation>A task id is a whole number above 0, not “%1”.</translation>
    </message>
    <message>
        <source>No task is due by %1.</source>
        <translation>No task is due by %1.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Task %1 done.</source>
        <translation>Task %1 done.</translation>
    </message>
    <message>
        <source>Say why the task is skipped: --reason TEXT.</source>
        <translation>Say why the task is skipped: --reason TEXT.</translation>
    </message>
    <message>
        <source>Task %1 skipped.</source>
        <translation>Task %1 skipped.</translation>
    </message>
</context>
<context>
    <name>TelegramParser</name>
    <message>
        <source>A message without a valid date.</source>
        <translation>A message without a valid date.</translation>
    </message>
    <message>
        <source>A message of a kind QunDesk does not read (%1).</source>
        <translation>A message of a kind QunDesk does not read (%1).</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>A message is broken JSON (%1).</source>
        <translation>A message is broken JSON (%1).</translation>
    </message>
    <message>
        <source>The file is a full Telegram export of many chats: choose one.</source>
        <translation>The file is a full Telegram export of many chats: choose one.</translation>
    </message>
    <message>
        <source>The export holds no chat named or numbered “%1”.</source>
        <translation>The export holds no chat named or numbered “%1”.</translation>
    </message>
    <message>
        <source>The file holds no messages: this is no Telegram chat export.</source>
        <translation>The file holds no messages: this is no Telegram chat export.</translation>
    </message>
</context>
<context>
    <name>TelegramScanner</name>
    <message>
        <source>The file cannot be read to its end: %1</source>
        <translation>The file cannot be read to its end: %1</translation>
    </message>
    <message>
        <source>A message is longer than %1 MiB: this is no Telegram export.</source>
        <translation>A message is longer than %1 MiB: this is no Telegram export.</translation>
    </message>
    <message>
        <source>The file is empty or is no Telegram export.</source>
        <translation>The file is empty or is no Telegram export.</translation>
    </message>
    <message>
        <source>The file ends in the middle of the export: it is truncated.</source>
        <translation>The file ends in the middle of the export: it is truncated.</translation>
    </message>
    <message>
        <source>A value is too long: this is no Telegram export.</source>
        <translation>A value is too long: this is no Telegram export.</translation>
    </message>
    <message>
        <source>This is not a Telegram Desktop export (result.json).</source>
        <translation>This is not a Telegram Desktop export (result.json).</translation>
    </message>
    <message>
        <source>The export&apos;s JSON is broken here.</source>
        <translation>The export&apos;s JSON is broken here.</translation>
    </message>
    <message>
        <source>This is not a DiscordChatExporter JSON export.</source>
        <translation>This is not a DiscordChatExporter JSON export.</translation>
    </message>
    <message>
        <source>A value is too long: this is no Discord export.</source>
        <translation>A value is too long: this is no Discord export.</translation>
    </message>
    <message>
        <source>The file is empty or is no Discord export.</source>
        <translation>The file is empty or is no Discord export.</translation>
    </message>
</context>
<context>
    <name>TextEncodingDetector</name>
    <message>
        <source>This file is binary, not a text or CSV file.</source>
        <translation>This file is binary, not a text or CSV file.</translation>
    </message>
    <message>
        <source>The text encoding is not recognised (expected UTF-8 or GB18030). Save the file as “CSV UTF-8” and try again.</source>
        <translation>The text encoding is not recognised (expected UTF-8 or GB18030). Save the file as “CSV UTF-8” and try again.</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Diamond</translation>
    </message>
</context>
<context>
    <name>TimeZoneChange</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>“%1” is not a known time zone.</translation>
    </message>
</context>
<context>
    <name>TouchStore</name>
    <message>
        <source>A touch needs the member who was contacted.</source>
        <translation>A touch needs the member who was contacted.</translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>Unknown channel “%1”.</translation>
    </message>
    <message>
        <source>Cannot log the touch: %1</source>
        <translation>Cannot log the touch: %1</translation>
    </message>
    <message>
        <source>The touch no longer exists.</source>
        <translation>The touch no longer exists.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Could not start a transaction: %1</translation>
    </message>
    <message>
        <source>No transaction is active.</source>
        <translation>No transaction is active.</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Could not save the changes: %1</translation>
    </message>
</context>
<context>
    <name>UnlinkMemberCommand</name>
    <message>
        <source>Unlink member</source>
        <translation>Unlink member</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>No command given; run “qundesk-cli --help” for the list of commands.</source>
        <translation>No command given; run “qundesk-cli --help” for the list of commands.</translation>
    </message>
    <message>
        <source>Wrong arguments; usage: qundesk-cli %1</source>
        <translation>Wrong arguments; usage: qundesk-cli %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>the workspace file (default: %1)</source>
        <translation>the workspace file (default: %1)</translation>
    </message>
    <message>
        <source>print exactly one JSON object on stdout</source>
        <translation>print exactly one JSON object on stdout</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>print the version</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>print this help</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the command fails, 2 when the command line is wrong; the reason is one line on stderr.</source>
        <translation>Exit status: 0 on success, 1 when the command fails, 2 when the command line is wrong; the reason is one line on stderr.</translation>
    </message>
    <message>
        <source>Unknown command “%1”; run “qundesk-cli --help” for the list of commands.</source>
        <translation>Unknown command “%1”; run “qundesk-cli --help” for the list of commands.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1” for --tz; give an IANA id such as Asia/Shanghai or America/New_York.</source>
        <translation>Unknown time zone “%1” for --tz; give an IANA id such as Asia/Shanghai or America/New_York.</translation>
    </message>
    <message>
        <source>--tz only changes how reports read days; “%1” works in the workspace&apos;s own time zone (change it in QunDesk&apos;s Preferences).</source>
        <translation>--tz only changes how reports read days; “%1” works in the workspace&apos;s own time zone (change it in QunDesk&apos;s Preferences).</translation>
    </message>
    <message>
        <source>Usage: qundesk-cli [--db PATH] [--json] [--tz ZONE] COMMAND …</source>
        <translation>Usage: qundesk-cli [--db PATH] [--json] [--tz ZONE] COMMAND …</translation>
    </message>
    <message>
        <source>read days in this IANA time zone (e.g. America/New_York) for this run only: reports, stages and exports; the workspace keeps its own zone. Given before the command.</source>
        <translation>read days in this IANA time zone (e.g. America/New_York) for this run only: reports, stages and exports; the workspace keeps its own zone. Given before the command.</translation>
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
        <translation>This is not a WeChat CSV export of MemoTrace or PyWxDump: its header is “%1”.</translation>
    </message>
    <message>
        <source>The row has %1 columns; the header has %2.</source>
        <translation>The row has %1 columns; the header has %2.</translation>
    </message>
    <message>
        <source>The time “%1” is not a date and time.</source>
        <translation>The time “%1” is not a date and time.</translation>
    </message>
</context>
<context>
    <name>WeeklyReportAction</name>
    <message>
        <source>Weekly report %1.pdf</source>
        <translation>Weekly report %1.pdf</translation>
    </message>
    <message>
        <source>Export weekly report %1 (%2 – %3)</source>
        <translation>Export weekly report %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the weekly report</source>
        <translation>Cannot export the weekly report</translation>
    </message>
    <message>
        <source>The report %1 was not written.</source>
        <translation>The report %1 was not written.</translation>
    </message>
    <message>
        <source>Weekly report written</source>
        <translation>Weekly report written</translation>
    </message>
    <message numerus="yes">
        <source>The weekly report %1 (%n page(s)) was saved to %2.</source>
        <translation>
            <numerusform>The weekly report %1 (%n page) was saved to %2.</numerusform>
            <numerusform>The weekly report %1 (%n pages) was saved to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReportExport</name>
    <message>
        <source>Choose a file name ending in .pdf.</source>
        <translation>Choose a file name ending in .pdf.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>Exporting the weekly report</source>
        <translation>Exporting the weekly report</translation>
    </message>
</context>
<context>
    <name>WeeklyReportPdf</name>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation>Weekly report %1</translation>
    </message>
    <message>
        <source>Cannot paint the report.</source>
        <translation>Cannot paint the report.</translation>
    </message>
    <message>
        <source>%1 – %2 (Monday to Sunday, time zone %3) · generated %4</source>
        <translation>%1 – %2 (Monday to Sunday, time zone %3) · generated %4</translation>
    </message>
    <message>
        <source>Key figures per group</source>
        <translation>Key figures per group</translation>
    </message>
    <message>
        <source>The workspace has no active group.</source>
        <translation>The workspace has no active group.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Active rate</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>Members at the end of the week</source>
        <translation>Members at the end of the week</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Joins</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Leaves</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Week before</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Activity per day</source>
        <translation>Activity per day</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Messages per day</translation>
    </message>
    <message>
        <source>Daily active members</source>
        <translation>Daily active members</translation>
    </message>
    <message>
        <source>Top contributors</source>
        <translation>Top contributors</translation>
    </message>
    <message>
        <source>Nobody posted this week.</source>
        <translation>Nobody posted this week.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>New lurkers (joined this week, never posted)</source>
        <translation>New lurkers (joined this week, never posted)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members turning Declining</source>
        <translation>Members turning Declining</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Silent since</source>
        <translation>Silent since</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>Days are days in the workspace&apos;s time zone. Active members: members with at least one message in the group that week; active rate: active members / members present at the end of the week. Daily active members: distinct members who posted that day. Buyers and revenue: orders attributed to the group, revenue in %1 (other currencies are not added). New lurkers: members whose stay began this week and who have not posted in that group. Turning Declining: Declining on Sunday (silent for the configured number of days and no order in the configured window) but not on the Sunday before.</source>
        <translation>Days are days in the workspace&apos;s time zone. Active members: members with at least one message in the group that week; active rate: active members / members present at the end of the week. Daily active members: distinct members who posted that day. Buyers and revenue: orders attributed to the group, revenue in %1 (other currencies are not added). New lurkers: members whose stay began this week and who have not posted in that group. Turning Declining: Declining on Sunday (silent for the configured number of days and no order in the configured window) but not on the Sunday before.</translation>
    </message>
    <message>
        <source>Cannot write the report.</source>
        <translation>Cannot write the report.</translation>
    </message>
</context>
<context>
    <name>WhatsAppParser</name>
    <message>
        <source>This is not a WhatsApp chat export: line %1 does not start with a date and time.</source>
        <translation>This is not a WhatsApp chat export: line %1 does not start with a date and time.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The file cannot be read to its end.</source>
        <translation>The file cannot be read to its end.</translation>
    </message>
    <message>
        <source>Line %1: the date is not valid in the order %2; choose another date order.</source>
        <translation>Line %1: the date is not valid in the order %2; choose another date order.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>the workspace is busy — another program is writing to it; try again when it has finished</source>
        <translation>the workspace is busy — another program is writing to it; try again when it has finished</translation>
    </message>
    <message>
        <source>the workspace is read-only: QunDesk cannot write to the file or to its folder</source>
        <translation>the workspace is read-only: QunDesk cannot write to the file or to its folder</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again (nothing was changed)</source>
        <translation>the disk is full; free some space and try again (nothing was changed)</translation>
    </message>
    <message>
        <source>the workspace is damaged; run a check (qundesk-cli check) and restore the latest backup</source>
        <translation>the workspace is damaged; run a check (qundesk-cli check) and restore the latest backup</translation>
    </message>
    <message>
        <source>the workspace cannot be read or written (a disk or file system error)</source>
        <translation>the workspace cannot be read or written (a disk or file system error)</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>QunDesk workspaces (*.qundesk);;All files (*)</source>
        <translation>QunDesk workspaces (*.qundesk);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Cannot open workspace</translation>
    </message>
    <message>
        <source>QunDesk cannot open %1.</source>
        <translation>QunDesk cannot open %1.</translation>
    </message>
    <message>
        <source>Open another workspace?</source>
        <translation>Open another workspace?</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File ▸ Open workspace….</source>
        <translation>%1 already exists. Choose a new file name, or open it with File ▸ Open workspace….</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Back up workspace</translation>
    </message>
    <message>
        <source>QunDesk backups (*.qundesk-backup)</source>
        <translation>QunDesk backups (*.qundesk-backup)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>The backup %1 was not written.</source>
        <translation>The backup %1 was not written.</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <source>The workspace was saved to %1.</source>
        <translation>The workspace was saved to %1.</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>Restore workspace</translation>
    </message>
    <message>
        <source>QunDesk backups (*.qundesk-backup *.qundesk);;All files (*)</source>
        <translation>QunDesk backups (*.qundesk-backup *.qundesk);;All files (*)</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?</source>
        <translation>Replace %1 with the backup %2?</translation>
    </message>
    <message>
        <source>The current file is kept next to it as a copy.</source>
        <translation>The current file is kept next to it as a copy.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>%1 was not restored; the workspace is unchanged.</source>
        <translation>%1 was not restored; the workspace is unchanged.</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>The workspace is damaged</translation>
    </message>
    <message>
        <source>QunDesk found damage in %1. %2</source>
        <translation>QunDesk found damage in %1. %2</translation>
    </message>
    <message>
        <source>No backup of it was found beside it or in Documents. Restore it from a backup file? Until then, changes may fail or be incomplete.</source>
        <translation>No backup of it was found beside it or in Documents. Restore it from a backup file? Until then, changes may fail or be incomplete.</translation>
    </message>
    <message>
        <source>The latest backup is %1 (%2). Restore it? The damaged file is kept next to it as a copy.</source>
        <translation>The latest backup is %1 (%2). Restore it? The damaged file is kept next to it as a copy.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Choose a backup…</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
</context>
<context>
    <name>WorkspaceJobs</name>
    <message>
        <source>Backing up the workspace to %1</source>
        <translation>Backing up the workspace to %1</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Restoring %1</translation>
    </message>
    <message>
        <source>Replacing the workspace…</source>
        <translation>Replacing the workspace…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n member(s) to %1</source>
        <translation>
            <numerusform>Exporting %n member to %1</numerusform>
            <numerusform>Exporting %n members to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>Bringing stages, fan levels and automatic tags up to today</source>
        <translation>Bringing stages, fan levels and automatic tags up to today</translation>
    </message>
    <message>
        <source>Creating the demo workspace</source>
        <translation>Creating the demo workspace</translation>
    </message>
    <message>
        <source>The file already exists; it was left unchanged.</source>
        <translation>The file already exists; it was left unchanged.</translation>
    </message>
    <message>
        <source>Computing group health</source>
        <translation>Computing group health</translation>
    </message>
    <message>
        <source>Checking the workspace</source>
        <translation>Checking the workspace</translation>
    </message>
    <message>
        <source>Checking the workspace for damage…</source>
        <translation>Checking the workspace for damage…</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>The workspace is in use by another program (%1, process %2); close it there and try again.</source>
        <translation>The workspace is in use by another program (%1, process %2); close it there and try again.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Cannot write the lock file %1 beside the workspace (is the folder read-only?).</source>
        <translation>Cannot write the lock file %1 beside the workspace (is the folder read-only?).</translation>
    </message>
</context>
<context>
    <name>XlsxTable</name>
    <message>
        <source>Cannot write the file.</source>
        <translation>Cannot write the file.</translation>
    </message>
    <message>
        <source>This build of QunDesk cannot write .xlsx files; export as .csv instead.</source>
        <translation>This build of QunDesk cannot write .xlsx files; export as .csv instead.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>Cannot write the file: no room for temporary files (%1).</source>
        <translation>Cannot write the file: no room for temporary files (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop workbench for chat-group operators</source>
        <translation>Desktop workbench for chat-group operators</translation>
    </message>
    <message>
        <source>Open the workspace at PATH.</source>
        <translation>Open the workspace at PATH.</translation>
    </message>
    <message>
        <source>Open the demo workspace (created when missing).</source>
        <translation>Open the demo workspace (created when missing).</translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN or zh_TW.</source>
        <translation>Interface language: en, zh_CN or zh_TW.</translation>
    </message>
    <message>
        <source>Start on a page: today, groups, members, calendar, sop, analytics or import.</source>
        <translation>Start on a page: today, groups, members, calendar, sop, analytics or import.</translation>
    </message>
    <message>
        <source>Save the window to a PNG FILE and quit.</source>
        <translation>Save the window to a PNG FILE and quit.</translation>
    </message>
</context>
<context>
    <name>qundesk::AgendaView</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Content line</source>
        <translation>Content line</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>qundesk::AnalyticsFilterBar</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Last 365 days</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
</context>
<context>
    <name>qundesk::AnalyticsPage</name>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Metric definitions…</source>
        <translation>Metric definitions…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Daily active (avg.)</source>
        <translation>Daily active (avg.)</translation>
    </message>
    <message>
        <source>Active rate</source>
        <translation>Active rate</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Net growth</source>
        <translation>Net growth</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Top-20% share</source>
        <translation>Top-20% share</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Messages per day</translation>
    </message>
    <message>
        <source>Active members (DAU, WAU, MAU)</source>
        <translation>Active members (DAU, WAU, MAU)</translation>
    </message>
    <message>
        <source>Joins, leaves and net growth</source>
        <translation>Joins, leaves and net growth</translation>
    </message>
    <message>
        <source>Members over time</source>
        <translation>Members over time</translation>
    </message>
    <message>
        <source>Best posting hours (weekday × hour)</source>
        <translation>Best posting hours (weekday × hour)</translation>
    </message>
    <message>
        <source>Retention by join week</source>
        <translation>Retention by join week</translation>
    </message>
    <message>
        <source>Retention by source channel</source>
        <translation>Retention by source channel</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>Conversion funnel</translation>
    </message>
    <message>
        <source>Funnel by source channel</source>
        <translation>Funnel by source channel</translation>
    </message>
    <message>
        <source>Funnel by group</source>
        <translation>Funnel by group</translation>
    </message>
    <message>
        <source>Revenue per group</source>
        <translation>Revenue per group</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>Lifecycle stages</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>Top referrers</translation>
    </message>
    <message>
        <source>Nothing to show for this group and period yet.</source>
        <translation>Nothing to show for this group and period yet.</translation>
    </message>
</context>
<context>
    <name>qundesk::CalendarPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>Go to today (Home)</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Previous (Page Up)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Next (Page Down)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>New item…</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All content lines</source>
        <translation>All content lines</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Content mix of the week: %1</source>
        <translation>Content mix of the week: %1</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nothing planned</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Marketing above %1% in: %2</source>
        <translation>Marketing above %1% in: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>Cannot add the item</source>
        <translation>Cannot add the item</translation>
    </message>
    <message>
        <source>Cannot open the item</source>
        <translation>Cannot open the item</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Change “%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Cannot change the item</source>
        <translation>Cannot change the item</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <source>Cannot move the item</source>
        <translation>Cannot move the item</translation>
    </message>
    <message>
        <source>Change the length of “%1”</source>
        <translation>Change the length of “%1”</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Cannot export the calendar</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Calendar exported</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1.</source>
        <translation>
            <numerusform>%n item written to %1.</numerusform>
            <numerusform>%n items written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Import calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar files (*.ics);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>Cannot import the calendar</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>Calendar imported</translation>
    </message>
    <message>
        <source>Imported: %1 · already there: %2 · skipped: %3</source>
        <translation>Imported: %1 · already there: %2 · skipped: %3</translation>
    </message>
</context>
<context>
    <name>qundesk::ChartPanel</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Could not write the image “%1”. Check that the folder exists and is writable.</source>
        <translation>Could not write the image “%1”. Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Export chart data as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Export chart data</translation>
    </message>
    <message>
        <source>What this chart shows: the metric&apos;s definition</source>
        <translation>What this chart shows: the metric&apos;s definition</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation>Export the chart as a PNG image</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>Export the chart&apos;s data as CSV</translation>
    </message>
</context>
<context>
    <name>qundesk::ChatCsvColumnsEditor</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Time column:</source>
        <translation>Time column:</translation>
    </message>
    <message>
        <source>Author column:</source>
        <translation>Author column:</translation>
    </message>
    <message>
        <source>Text column:</source>
        <translation>Text column:</translation>
    </message>
    <message>
        <source>Author id column (optional):</source>
        <translation>Author id column (optional):</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>Choose a column…</translation>
    </message>
</context>
<context>
    <name>qundesk::ChatImportDialog</name>
    <message>
        <source>%1 (member #%2)</source>
        <translation>%1 (member #%2)</translation>
    </message>
    <message>
        <source>A new member</source>
        <translation>A new member</translation>
    </message>
    <message>
        <source>Several members have this name: choose…</source>
        <translation>Several members have this name: choose…</translation>
    </message>
    <message>
        <source>This is a full Telegram export: choose the chat to import.</source>
        <translation>This is a full Telegram export: choose the chat to import.</translation>
    </message>
    <message>
        <source>Choose the chat to import.</source>
        <translation>Choose the chat to import.</translation>
    </message>
    <message>
        <source>Name the group the messages go to.</source>
        <translation>Name the group the messages go to.</translation>
    </message>
    <message>
        <source>Several members are called “%1”: choose who wrote in this chat.</source>
        <translation>Several members are called “%1”: choose who wrote in this chat.</translation>
    </message>
    <message>
        <source>Choose the time zone the export&apos;s times are in.</source>
        <translation>Choose the time zone the export&apos;s times are in.</translation>
    </message>
    <message>
        <source>Import chat — %1</source>
        <translation>Import chat — %1</translation>
    </message>
    <message>
        <source>Detected format: %1</source>
        <translation>Detected format: %1</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Chat:</translation>
    </message>
    <message>
        <source>Into group (created when missing):</source>
        <translation>Into group (created when missing):</translation>
    </message>
    <message>
        <source>Dates are written as:</source>
        <translation>Dates are written as:</translation>
    </message>
    <message>
        <source>read from the file</source>
        <translation>read from the file</translation>
    </message>
    <message>
        <source>a guess: check the preview</source>
        <translation>a guess: check the preview</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>month/day/year</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>year/month/day</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Times without a zone are in:</source>
        <translation>Times without a zone are in:</translation>
    </message>
    <message>
        <source>First messages:</source>
        <translation>First messages:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Authors and the members they become:</source>
        <translation>Authors and the members they become:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the columns that hold the time, the author and the text.</source>
        <translation>Choose the columns that hold the time, the author and the text.</translation>
    </message>
    <message>
        <source>The file&apos;s columns: choose which hold the time, the author and the text.</source>
        <translation>The file&apos;s columns: choose which hold the time, the author and the text.</translation>
    </message>
</context>
<context>
    <name>qundesk::ConditionRow</name>
    <message>
        <source>Silent days</source>
        <translation>Silent days</translation>
    </message>
    <message>
        <source>Messages in N days</source>
        <translation>Messages in N days</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Joined within N days</source>
        <translation>Joined within N days</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Birthday month</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>Source channel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Fan level</source>
        <translation>Fan level</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>In group</source>
        <translation>In group</translation>
    </message>
    <message>
        <source>Has tag</source>
        <translation>Has tag</translation>
    </message>
    <message>
        <source>Never posted</source>
        <translation>Never posted</translation>
    </message>
    <message>
        <source>In any group</source>
        <translation>In any group</translation>
    </message>
    <message>
        <source>Top quarter by activity</source>
        <translation>Top quarter by activity</translation>
    </message>
    <message>
        <source>within</source>
        <translation>within</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>is in</translation>
    </message>
    <message>
        <source>is not in</source>
        <translation>is not in</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>includes</translation>
    </message>
    <message>
        <source>excludes</source>
        <translation>excludes</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is not</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Not: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message numerus="yes">
        <source>(last %n day(s))</source>
        <translation>
            <numerusform>(last %n day)</numerusform>
            <numerusform>(last %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>in the last</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
</context>
<context>
    <name>qundesk::ContentItemDialog</name>
    <message>
        <source>Edit calendar item</source>
        <translation>Edit calendar item</translation>
    </message>
    <message>
        <source>New calendar item</source>
        <translation>New calendar item</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Content line</source>
        <translation>Content line</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>A calendar item needs a title.</source>
        <translation>A calendar item needs a title.</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupDialog</name>
    <message>
        <source>Give the group a name.</source>
        <translation>Give the group a name.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>A group named “%1” already exists. Choose another name.</source>
        <translation>A group named “%1” already exists. Choose another name.</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <source>&amp;Rules and announcement:</source>
        <translation>&amp;Rules and announcement:</translation>
    </message>
    <message>
        <source>&amp;Welcome script:</source>
        <translation>&amp;Welcome script:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>The name members see in the chat</source>
        <translation>The name members see in the chat</translation>
    </message>
    <message>
        <source>Who runs this group</source>
        <translation>Who runs this group</translation>
    </message>
    <message>
        <source>Placeholders filled in when the script is copied: {nickname} the new member, {group} this group, {operator} you.</source>
        <translation>Placeholders filled in when the script is copied: {nickname} the new member, {group} this group, {operator} you.</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupSwitcher</name>
    <message numerus="yes">
        <source>You run %n active group(s).</source>
        <translation>
            <numerusform>You run %n active group.</numerusform>
            <numerusform>You run %n active groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>A comfortable load.</source>
        <translation>A comfortable load.</translation>
    </message>
    <message>
        <source>Near the limit: more than seven groups lowers conversion.</source>
        <translation>Near the limit: more than seven groups lowers conversion.</translation>
    </message>
    <message>
        <source>Too many groups for one operator: conversion drops above seven.</source>
        <translation>Too many groups for one operator: conversion drops above seven.</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>The group the pages show</source>
        <translation>The group the pages show</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupTableModel</name>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 of %2 places taken</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation>No capacity set</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s) sent a message in the last 7 days</source>
        <translation>
            <numerusform>%1 of %n member sent a message in the last 7 days</numerusform>
            <numerusform>%1 of %n members sent a message in the last 7 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 30 days: %1 joined, %2 left</source>
        <translation>Last 30 days: %1 joined, %2 left</translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s) in the last 30 days, revenue %1</source>
        <translation>
            <numerusform>%n buyer in the last 30 days, revenue %1</numerusform>
            <numerusform>%n buyers in the last 30 days, revenue %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Health score 0–100: 40% weekly active rate (target 40%), 20% net growth in 30 days, 25% conversion (target 10%), 15% room left in the group.</source>
        <translation>Health score 0–100: 40% weekly active rate (target 40%), 20% net growth in 30 days, 25% conversion (target 10%), 15% room left in the group.</translation>
    </message>
    <message>
        <source>Members who sent at least one message in the last 7 days, as a share of the members present today</source>
        <translation>Members who sent at least one message in the last 7 days, as a share of the members present today</translation>
    </message>
    <message>
        <source>Joins minus leaves in the last 30 days</source>
        <translation>Joins minus leaves in the last 30 days</translation>
    </message>
    <message>
        <source>Members with an order in this group in the last 30 days, as a share of the members present today</source>
        <translation>Members with an order in this group in the last 30 days, as a share of the members present today</translation>
    </message>
    <message>
        <source>Capacity
used</source>
        <translation>Capacity
used</translation>
    </message>
    <message>
        <source>Active
7 days</source>
        <translation>Active
7 days</translation>
    </message>
    <message>
        <source>Growth
30 days</source>
        <translation>Growth
30 days</translation>
    </message>
    <message>
        <source>Conversion
30 days</source>
        <translation>Conversion
30 days</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Not enough data yet: a group is scored once it has members and 7 days of history.</source>
        <translation>Not enough data yet: a group is scored once it has members and 7 days of history.</translation>
    </message>
</context>
<context>
    <name>qundesk::GroupsPage</name>
    <message>
        <source>Search groups, platforms, operators…</source>
        <translation>Search groups, platforms, operators…</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>No groups yet</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s)</source>
        <translation>
            <numerusform>%1 of %n group</numerusform>
            <numerusform>%1 of %n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at %2% of its capacity (%3/%4).</source>
        <translation>%1 is at %2% of its capacity (%3/%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %n active group(s): beyond seven groups conversion drops. Hand some over or archive the quiet ones.</source>
        <translation>
            <numerusform>%1 runs %n active group: beyond seven groups conversion drops. Hand some over or archive the quiet ones.</numerusform>
            <numerusform>%1 runs %n active groups: beyond seven groups conversion drops. Hand some over or archive the quiet ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %n active group(s): close to the limit of seven.</source>
        <translation>
            <numerusform>%1 runs %n active group: close to the limit of seven.</numerusform>
            <numerusform>%1 runs %n active groups: close to the limit of seven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the group</source>
        <translation>Cannot change the group</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>Create a group with “New group…”, import a chat export, or open the demo workspace (File ▸ Open workspace…).</source>
        <translation>Create a group with “New group…”, import a chat export, or open the demo workspace (File ▸ Open workspace…).</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
</context>
<context>
    <name>qundesk::ImportHistoryView</name>
    <message>
        <source>Member list</source>
        <translation>Member list</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Chat export</source>
        <translation>Chat export</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Past imports</translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace yet.</source>
        <translation>Nothing has been imported into this workspace yet.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>qundesk::ImportPage</name>
    <message>
        <source>Import member list</source>
        <translation>Import member list</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Cannot import this file</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Importing members</source>
        <translation>Importing members</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was changed.</source>
        <translation>The import of %1 was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Bring in what you already have. Every import is previewed first, runs all or nothing, and can be repeated: rows already imported are recognised and not added twice.</source>
        <translation>Bring in what you already have. Every import is previewed first, runs all or nothing, and can be repeated: rows already imported are recognised and not added twice.</translation>
    </message>
    <message>
        <source>Member list (CSV)</source>
        <translation>Member list (CSV)</translation>
    </message>
    <message>
        <source>A table of people exported from Excel, WPS or another tool, in UTF-8 or GB18030. Columns understood: name, handle, platform, group, role, joined, gender, birthday, city, source, referrer, tags (separated by , or ;), notes and phone. You map the columns in a preview before anything is stored.</source>
        <translation>A table of people exported from Excel, WPS or another tool, in UTF-8 or GB18030. Columns understood: name, handle, platform, group, role, joined, gender, birthday, city, source, referrer, tags (separated by , or ;), notes and phone. You map the columns in a preview before anything is stored.</translation>
    </message>
    <message>
        <source>Import member list…</source>
        <translation>Import member list…</translation>
    </message>
    <message>
        <source>Chat exports</source>
        <translation>Chat exports</translation>
    </message>
    <message>
        <source>Last import: %1 — %2 imported, %3 duplicates, %4 skipped.</source>
        <translation>Last import: %1 — %2 imported, %3 duplicates, %4 skipped.</translation>
    </message>
    <message>
        <source>Import chat export</source>
        <translation>Import chat export</translation>
    </message>
    <message>
        <source>Importing a chat</source>
        <translation>Importing a chat</translation>
    </message>
    <message>
        <source>Import chat export…</source>
        <translation>Import chat export…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation>Skip invalid rows</translation>
    </message>
    <message numerus="yes">
        <source>%n rows of %1 are invalid and will be skipped — continue? Nothing has been imported yet.</source>
        <translation>
            <numerusform>%n row of %1 is invalid and will be skipped — continue? Nothing has been imported yet.</numerusform>
            <numerusform>%n rows of %1 are invalid and will be skipped — continue? Nothing has been imported yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import order list</source>
        <translation>Import order list</translation>
    </message>
    <message>
        <source>Importing orders</source>
        <translation>Importing orders</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.txt *.zip *.csv);;All files (*)</source>
        <translation>Chat exports (*.json *.txt *.zip *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Order list (CSV)</source>
        <translation>Order list (CSV)</translation>
    </message>
    <message>
        <source>Orders from your shop or a spreadsheet, in UTF-8 or GB18030: order number, date, the buyer&apos;s name, handle or phone, amount, currency, product and group. Buyers are matched to members; orders already imported are recognised by their number (or by date, buyer, amount and product). Stages and tags follow the new orders.</source>
        <translation>Orders from your shop or a spreadsheet, in UTF-8 or GB18030: order number, date, the buyer&apos;s name, handle or phone, amount, currency, product and group. Buyers are matched to members; orders already imported are recognised by their number (or by date, buyer, amount and product). Stages and tags follow the new orders.</translation>
    </message>
    <message>
        <source>Import order list…</source>
        <translation>Import order list…</translation>
    </message>
    <message>
        <source>A Telegram Desktop export (result.json, one chat or a full export), a WhatsApp “Export chat” (.txt or .zip), a WeChat chat saved as CSV by MemoTrace or PyWxDump, a DiscordChatExporter CSV or JSON, or any CSV with time, author and text columns. Messages become member activity; joins and leaves update the groups. You see the first messages and who each author is before anything is stored; importing the same export again adds nothing. You can also drop a file on this page.</source>
        <translation>A Telegram Desktop export (result.json, one chat or a full export), a WhatsApp “Export chat” (.txt or .zip), a WeChat chat saved as CSV by MemoTrace or PyWxDump, a DiscordChatExporter CSV or JSON, or any CSV with time, author and text columns. Messages become member activity; joins and leaves update the groups. You see the first messages and who each author is before anything is stored; importing the same export again adds nothing. You can also drop a file on this page.</translation>
    </message>
</context>
<context>
    <name>qundesk::ImportReportDialog</name>
    <message>
        <source>Import report — %1</source>
        <translation>Import report — %1</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Rows imported</translation>
    </message>
    <message>
        <source>Already known (duplicates)</source>
        <translation>Already known (duplicates)</translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation>Rows skipped</translation>
    </message>
    <message>
        <source>Members created</source>
        <translation>Members created</translation>
    </message>
    <message>
        <source>Groups created</source>
        <translation>Groups created</translation>
    </message>
    <message>
        <source>Tags created</source>
        <translation>Tags created</translation>
    </message>
    <message>
        <source>No row had a problem.</source>
        <translation>No row had a problem.</translation>
    </message>
    <message numerus="yes">
        <source>%n row problem(s), by line of the file:</source>
        <translation>
            <numerusform>%n row problem, by line of the file:</numerusform>
            <numerusform>%n row problems, by line of the file:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>&amp;Copy problems</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Joins</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>Leaves</translation>
    </message>
</context>
<context>
    <name>qundesk::JobIndicator</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (editing waits until this ends)</source>
        <translation>%1 (editing waits until this ends)</translation>
    </message>
</context>
<context>
    <name>qundesk::JobRunner</name>
    <message>
        <source>Cancelled before it started; nothing was changed.</source>
        <translation>Cancelled before it started; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>qundesk::KpiTile</name>
    <message>
        <source>– vs previous period</source>
        <translation>– vs previous period</translation>
    </message>
    <message>
        <source>%1 %2% vs previous period</source>
        <translation>%1 %2% vs previous period</translation>
    </message>
</context>
<context>
    <name>qundesk::LinkMemberDialog</name>
    <message>
        <source>Link with another member</source>
        <translation>Link with another member</translation>
    </message>
    <message>
        <source>Choose the record of the same person on another platform. Their accounts are then shown together; this can be undone.</source>
        <translation>Choose the record of the same person on another platform. Their accounts are then shown together; this can be undone.</translation>
    </message>
    <message>
        <source>Type a name to search…</source>
        <translation>Type a name to search…</translation>
    </message>
</context>
<context>
    <name>qundesk::MainMenus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Open the &amp;demo workspace</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>Re&amp;store…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Metric &amp;glossary</source>
        <translation>Metric &amp;glossary</translation>
    </message>
    <message>
        <source>&amp;About QunDesk</source>
        <translation>&amp;About QunDesk</translation>
    </message>
    <message>
        <source>&amp;Tags and rules…</source>
        <translation>&amp;Tags and rules…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>&amp;Export calendar…</translation>
    </message>
    <message>
        <source>&amp;Import calendar…</source>
        <translation>&amp;Import calendar…</translation>
    </message>
    <message>
        <source>&amp;Trainer mode…</source>
        <translation>&amp;Trainer mode…</translation>
    </message>
    <message>
        <source>Plays SOPs forward on a separate copy of the demo workspace, with a simulated clock and large type for a projector</source>
        <translation>Plays SOPs forward on a separate copy of the demo workspace, with a simulated clock and large type for a projector</translation>
    </message>
    <message>
        <source>Export &amp;weekly report…</source>
        <translation>Export &amp;weekly report…</translation>
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
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source>A desktop workbench for chat-group operators: groups, members, content calendar, SOP scripts and conversion charts, kept in one file on your own computer.</source>
        <translation>A desktop workbench for chat-group operators: groups, members, content calendar, SOP scripts and conversion charts, kept in one file on your own computer.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Licensed under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <source>About QunDesk</source>
        <translation>About QunDesk</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>No program could show the folder %1.</source>
        <translation>No program could show the folder %1.</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Time zone: %1</translation>
    </message>
    <message>
        <source>Days, “today” and reports of this workspace follow this time zone (Edit ▸ Preferences…). Schema version %1.</source>
        <translation>Days, “today” and reports of this workspace follow this time zone (Edit ▸ Preferences…). Schema version %1.</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberDetailDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identities</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>This member no longer exists.</translation>
    </message>
    <message>
        <source>Member — %1</source>
        <translation>Member — %1</translation>
    </message>
    <message>
        <source>never active</source>
        <translation>never active</translation>
    </message>
    <message numerus="yes">
        <source>silent for %n day(s)</source>
        <translation>
            <numerusform>silent for %n day</numerusform>
            <numerusform>silent for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1” for good?</source>
        <translation>Erase the personal data of “%1” for good?</translation>
    </message>
    <message>
        <source>The name is replaced, every profile field, note and platform account is removed and the text of their messages is cleared. Counts of messages and orders stay, anonymous. This cannot be undone, and the undo history of this window is cleared too.</source>
        <translation>The name is replaced, every profile field, note and platform account is removed and the text of their messages is cleared. Counts of messages and orders stay, anonymous. This cannot be undone, and the undo history of this window is cleared too.</translation>
    </message>
    <message>
        <source>active today</source>
        <translation>active today</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberFilterBar</name>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>All members</translation>
    </message>
    <message>
        <source>Any silence</source>
        <translation>Any silence</translation>
    </message>
    <message>
        <source>Silent ≥ </source>
        <translation>Silent ≥ </translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Only members silent for at least this many days (0 = any)</source>
        <translation>Only members silent for at least this many days (0 = any)</translation>
    </message>
    <message>
        <source>Never posted</source>
        <translation>Never posted</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Save as segment…</translation>
    </message>
    <message>
        <source>Save these filters as a segment for SOPs and the calendar</source>
        <translation>Save these filters as a segment for SOPs and the calendar</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberGroupsTab</name>
    <message>
        <source>Mark as left</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <source>Record that the member left “%1” now?</source>
        <translation>Record that the member left “%1” now?</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Mark as left…</source>
        <translation>Mark as left…</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberIdentitiesTab</name>
    <message>
        <source>Platform accounts</source>
        <translation>Platform accounts</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>Same person on other records</source>
        <translation>Same person on other records</translation>
    </message>
    <message>
        <source>Link with another member…</source>
        <translation>Link with another member…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Takes the selected member (or this one) out of the person.</source>
        <translation>Takes the selected member (or this one) out of the person.</translation>
    </message>
    <message>
        <source>No other record is linked to this member.</source>
        <translation>No other record is linked to this member.</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Cannot import this file</translation>
    </message>
    <message>
        <source>Import member list — %1</source>
        <translation>Import member list — %1</translation>
    </message>
    <message numerus="yes">
        <source>Check how the columns are read. The first %n row(s) of the file are shown; choose in the top row what each column holds.</source>
        <translation>
            <numerusform>Check how the columns are read. The first %n row of the file are shown; choose in the top row what each column holds.</numerusform>
            <numerusform>Check how the columns are read. The first %n rows of the file are shown; choose in the top row what each column holds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1 · column mapping remembered from an earlier import</source>
        <translation>Encoding: %1 · column mapping remembered from an earlier import</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source>Year-month-day (2024-05-03)</source>
        <translation>Year-month-day (2024-05-03)</translation>
    </message>
    <message>
        <source>Day-month-year (03/05/2024)</source>
        <translation>Day-month-year (03/05/2024)</translation>
    </message>
    <message>
        <source>Month-day-year (05/03/2024)</source>
        <translation>Month-day-year (05/03/2024)</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>&amp;Dates are written:</translation>
    </message>
    <message>
        <source>&amp;Group for rows without one:</source>
        <translation>&amp;Group for rows without one:</translation>
    </message>
    <message>
        <source>&amp;Platform for rows without one:</source>
        <translation>&amp;Platform for rows without one:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberOrdersTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Add order…</source>
        <translation>Add order…</translation>
    </message>
    <message>
        <source>Delete order…</source>
        <translation>Delete order…</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>No orders yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), %1 in all</source>
        <translation>
            <numerusform>%n order, %1 in all</numerusform>
            <numerusform>%n orders, %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Delete order</translation>
    </message>
    <message>
        <source>Delete the order of %1 from %2?</source>
        <translation>Delete the order of %1 from %2?</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>You can undo this with Edit ▸ Undo.</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberProfileForm</name>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Birthday:</translation>
    </message>
    <message>
        <source>Age band:</source>
        <translation>Age band:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Source channel:</source>
        <translation>Source channel:</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Referred by:</translation>
    </message>
    <message>
        <source>Member tier:</source>
        <translation>Member tier:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Do not disturb:</source>
        <translation>Do not disturb:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>e.g. 25-34</source>
        <translation>e.g. 25-34</translation>
    </message>
    <message>
        <source>Type a name to search…</source>
        <translation>Type a name to search…</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>A member needs a display name.</source>
        <translation>A member needs a display name.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTab</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTableModel</name>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Fan level</source>
        <translation>Fan level</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Last touch</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTagsTab</name>
    <message>
        <source>Checked tags belong to this member. Rule tags come back when their rule still matches at the next evaluation.</source>
        <translation>Checked tags belong to this member. Rule tags come back when their rule still matches at the next evaluation.</translation>
    </message>
    <message>
        <source>No tags yet: create them on the Tags page.</source>
        <translation>No tags yet: create them on the Tags page.</translation>
    </message>
</context>
<context>
    <name>qundesk::MemberTimelineView</name>
    <message>
        <source>Nothing has happened with this member yet.</source>
        <translation>Nothing has happened with this member yet.</translation>
    </message>
    <message>
        <source>What was it about? (optional)</source>
        <translation>What was it about? (optional)</translation>
    </message>
    <message>
        <source>Log a touch</source>
        <translation>Log a touch</translation>
    </message>
    <message>
        <source>Records that you contacted this member now; it counts against the weekly touch cap on the private channel.</source>
        <translation>Records that you contacted this member now; it counts against the weekly touch cap on the private channel.</translation>
    </message>
</context>
<context>
    <name>qundesk::MembersPage</name>
    <message numerus="yes">
        <source>%1 of %n member(s)</source>
        <translation>
            <numerusform>%1 of %n member</numerusform>
            <numerusform>%1 of %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Search names, handles, notes…</source>
        <translation>Search names, handles, notes…</translation>
    </message>
    <message>
        <source>New member…</source>
        <translation>New member…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <source>Untag…</source>
        <translation>Untag…</translation>
    </message>
    <message>
        <source>Add to group…</source>
        <translation>Add to group…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the members listed now to CSV or Excel</source>
        <translation>Export the members listed now to CSV or Excel</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>No members yet</translation>
    </message>
    <message>
        <source>Import a member list or add one.</source>
        <translation>Import a member list or add one.</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>No member matches these filters</source>
        <translation>No member matches these filters</translation>
    </message>
    <message>
        <source>Try another search or fewer filters.</source>
        <translation>Try another search or fewer filters.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Delete members</source>
        <translation>Delete members</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s)?</source>
        <translation>
            <numerusform>Delete %n member?</numerusform>
            <numerusform>Delete %n members?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their accounts, group stays, tags, activity and touches are deleted with them; messages and orders stay without a member. Edit ▸ Undo brings everything back.</source>
        <translation>Their accounts, group stays, tags, activity and touches are deleted with them; messages and orders stay without a member. Edit ▸ Undo brings everything back.</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>Add to group</translation>
    </message>
    <message>
        <source>Tag members</source>
        <translation>Tag members</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n member(s) — choose one or type a new one:</source>
        <translation>
            <numerusform>Tag for %n member — choose one or type a new one:</numerusform>
            <numerusform>Tag for %n members — choose one or type a new one:</numerusform>
        </translation>
    </message>
    <message>
        <source>Untag members</source>
        <translation>Untag members</translation>
    </message>
    <message>
        <source>There are no tags yet.</source>
        <translation>There are no tags yet.</translation>
    </message>
    <message numerus="yes">
        <source>Tag to take away from %n member(s):</source>
        <translation>
            <numerusform>Tag to take away from %n member:</numerusform>
            <numerusform>Tag to take away from %n members:</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no groups yet.</source>
        <translation>There are no groups yet.</translation>
    </message>
    <message numerus="yes">
        <source>Group for %n member(s):</source>
        <translation>
            <numerusform>Group for %n member:</numerusform>
            <numerusform>Group for %n members:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Export members</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>Exported %n member to %1.</numerusform>
            <numerusform>Exported %n members to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <source>Could not save the segment</source>
        <translation>Could not save the segment</translation>
    </message>
    <message>
        <source>Save as segment</source>
        <translation>Save as segment</translation>
    </message>
    <message>
        <source>Name of the new segment:</source>
        <translation>Name of the new segment:</translation>
    </message>
</context>
<context>
    <name>qundesk::MetricGlossaryDialog</name>
    <message>
        <source>Active member</source>
        <translation>Active member</translation>
    </message>
    <message>
        <source>A member is active in a group on a day when they sent at least one message there that day.</source>
        <translation>A member is active in a group on a day when they sent at least one message there that day.</translation>
    </message>
    <message>
        <source>DAU and active rate</source>
        <translation>DAU and active rate</translation>
    </message>
    <message>
        <source>DAU is the number of distinct active members of a group on a day; the active rate is DAU divided by the members present that day (joined on or before it, not yet left). WAU and MAU use 7- and 30-day windows.</source>
        <translation>DAU is the number of distinct active members of a group on a day; the active rate is DAU divided by the members present that day (joined on or before it, not yet left). WAU and MAU use 7- and 30-day windows.</translation>
    </message>
    <message>
        <source>Silent days</source>
        <translation>Silent days</translation>
    </message>
    <message>
        <source>Days since the member&apos;s last message in the group, or since joining when they never posted. A member is silent from 30 silent days on (configurable).</source>
        <translation>Days since the member&apos;s last message in the group, or since joining when they never posted. A member is silent from 30 silent days on (configurable).</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Joins, leaves and net change per day, and the member count over time.</source>
        <translation>Joins, leaves and net change per day, and the member count over time.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Of the members who joined in week w, the share that is active in week w+k.</source>
        <translation>Of the members who joined in week w, the share that is active in week w+k.</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>Conversion funnel</translation>
    </message>
    <message>
        <source>Members → engaged (active at least once in the period) → buyers (an order in the period) → repeat buyers (two or more orders in all, one in the period). The conversion rate is buyers divided by members.</source>
        <translation>Members → engaged (active at least once in the period) → buyers (an order in the period) → repeat buyers (two or more orders in all, one in the period). The conversion rate is buyers divided by members.</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>The first rule that matches wins: Declining when silent 30 days or more and no order in 90 days; Extending with 2 or more orders or at least one referral; Mature with 1 order or more; New when joined less than 14 days ago; otherwise Growing. All thresholds are configurable.</source>
        <translation>The first rule that matches wins: Declining when silent 30 days or more and no order in 90 days; Extending with 2 or more orders or at least one referral; Mature with 1 order or more; New when joined less than 14 days ago; otherwise Growing. All thresholds are configurable.</translation>
    </message>
    <message>
        <source>Top-20% share</source>
        <translation>Top-20% share</translation>
    </message>
    <message>
        <source>The revenue of the top fifth of buyers divided by all revenue.</source>
        <translation>The revenue of the top fifth of buyers divided by all revenue.</translation>
    </message>
    <message>
        <source>Operator load</source>
        <translation>Operator load</translation>
    </message>
    <message>
        <source>Active groups run by one operator: up to 5 is green, 6 to 7 amber, more is red.</source>
        <translation>Active groups run by one operator: up to 5 is green, 6 to 7 amber, more is red.</translation>
    </message>
    <message>
        <source>Fatigue limits</source>
        <translation>Fatigue limits</translation>
    </message>
    <message>
        <source>By default at most 3 private touches per member per 7 days, at most 4 planned posts per group per day, quiet hours from 22:00 to 08:00, and a marketing line of at most 40% of a group&apos;s week.</source>
        <translation>By default at most 3 private touches per member per 7 days, at most 4 planned posts per group per day, quiet hours from 22:00 to 08:00, and a marketing line of at most 40% of a group&apos;s week.</translation>
    </message>
    <message>
        <source>Metric glossary</source>
        <translation>Metric glossary</translation>
    </message>
    <message>
        <source>Every chart, report and command uses these definitions.</source>
        <translation>Every chart, report and command uses these definitions.</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Messages per day</translation>
    </message>
    <message>
        <source>Messages sent in a group on each day, counted on the day they were sent in the workspace&apos;s time zone; days without messages count zero.</source>
        <translation>Messages sent in a group on each day, counted on the day they were sent in the workspace&apos;s time zone; days without messages count zero.</translation>
    </message>
    <message>
        <source>Best posting hours</source>
        <translation>Best posting hours</translation>
    </message>
    <message>
        <source>Messages per weekday and hour of the day over the period, in the workspace&apos;s time zone: the darker the cell, the more the group talks then.</source>
        <translation>Messages per weekday and hour of the day over the period, in the workspace&apos;s time zone: the darker the cell, the more the group talks then.</translation>
    </message>
    <message>
        <source>Revenue per group</source>
        <translation>Revenue per group</translation>
    </message>
    <message>
        <source>The amount of the orders of the period attributed to each group, in the workspace currency; amounts in other currencies are shown apart, never added.</source>
        <translation>The amount of the orders of the period attributed to each group, in the workspace currency; amounts in other currencies are shown apart, never added.</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>Top referrers</translation>
    </message>
    <message>
        <source>Members ranked by the members they invited who joined in the period, with how many of those have bought.</source>
        <translation>Members ranked by the members they invited who joined in the period, with how many of those have bought.</translation>
    </message>
</context>
<context>
    <name>qundesk::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::NewMemberDialog</name>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Display name, e.g. 小红</source>
        <translation>Display name, e.g. 小红</translation>
    </message>
    <message>
        <source>Account name or ID on the platform (optional)</source>
        <translation>Account name or ID on the platform (optional)</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
</context>
<context>
    <name>qundesk::OrderEntryDialog</name>
    <message>
        <source>Add order</source>
        <translation>Add order</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>e.g. green tea gift box</source>
        <translation>e.g. green tea gift box</translation>
    </message>
</context>
<context>
    <name>qundesk::OrderImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Cannot import this file</translation>
    </message>
    <message>
        <source>Import orders — %1</source>
        <translation>Import orders — %1</translation>
    </message>
    <message numerus="yes">
        <source>Check how the columns are read. The first %n row(s) of the file are shown; choose in the top row what each column holds. Each order needs a date, an amount and its buyer (a member&apos;s name, handle or phone).</source>
        <translation>
            <numerusform>Check how the columns are read. The first %n row of the file is shown; choose in the top row what each column holds. Each order needs a date, an amount and its buyer (a member&apos;s name, handle or phone).</numerusform>
            <numerusform>Check how the columns are read. The first %n rows of the file are shown; choose in the top row what each column holds. Each order needs a date, an amount and its buyer (a member&apos;s name, handle or phone).</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source>Year-month-day (2024-05-03)</source>
        <translation>Year-month-day (2024-05-03)</translation>
    </message>
    <message>
        <source>Day-month-year (03/05/2024)</source>
        <translation>Day-month-year (03/05/2024)</translation>
    </message>
    <message>
        <source>Month-day-year (05/03/2024)</source>
        <translation>Month-day-year (05/03/2024)</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>&amp;Dates are written:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown cannot be read as orders (marked; point at a row for the reason). The import will ask before skipping them.</source>
        <translation>
            <numerusform>%n row shown cannot be read as an order (marked; point at it for the reason). The import will ask before skipping it.</numerusform>
            <numerusform>%n rows shown cannot be read as orders (marked; point at a row for the reason). The import will ask before skipping them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::PlaceholderPage</name>
    <message>
        <source>This page arrives in a coming version of QunDesk.</source>
        <translation>This page arrives in a coming version of QunDesk.</translation>
    </message>
</context>
<context>
    <name>qundesk::RecurrenceEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Custom rule</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>No end</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Number of times</translation>
    </message>
    <message>
        <source>Every N (days, weeks, months or years)</source>
        <translation>Every N (days, weeks, months or years)</translation>
    </message>
</context>
<context>
    <name>qundesk::ReferralView</name>
    <message>
        <source>Invited by</source>
        <translation>Invited by</translation>
    </message>
    <message>
        <source>Nobody known: the member came on their own.</source>
        <translation>Nobody known: the member came on their own.</translation>
    </message>
    <message numerus="yes">
        <source>Invited %n member(s) in all</source>
        <translation>
            <numerusform>Invited %n member in all</numerusform>
            <numerusform>Invited %n members in all</numerusform>
        </translation>
    </message>
    <message>
        <source>… and more</source>
        <translation>… and more</translation>
    </message>
</context>
<context>
    <name>qundesk::SettingsDialog</name>
    <message>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>The workspace settings could not be saved.</source>
        <translation>The workspace settings could not be saved.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>This workspace</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Silent after (days):</source>
        <translation>Silent after (days):</translation>
    </message>
    <message>
        <source>New member for (days):</source>
        <translation>New member for (days):</translation>
    </message>
    <message>
        <source>Declining without order for (days):</source>
        <translation>Declining without order for (days):</translation>
    </message>
    <message>
        <source>Extending from (orders):</source>
        <translation>Extending from (orders):</translation>
    </message>
    <message>
        <source>Private touches per member per week:</source>
        <translation>Private touches per member per week:</translation>
    </message>
    <message>
        <source>Posts per group per day:</source>
        <translation>Posts per group per day:</translation>
    </message>
    <message>
        <source>Quiet hours start:</source>
        <translation>Quiet hours start:</translation>
    </message>
    <message>
        <source>Quiet hours end:</source>
        <translation>Quiet hours end:</translation>
    </message>
    <message>
        <source>Marketing share of a group&apos;s week at most:</source>
        <translation>Marketing share of a group&apos;s week at most:</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list.</source>
        <translation>“%1” is not a time zone; choose one from the list.</translation>
    </message>
    <message>
        <source>Updating the members&apos; stages…</source>
        <translation>Updating the members&apos; stages…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stages not updated</source>
        <translation>Stages not updated</translation>
    </message>
    <message>
        <source>The settings are saved, but the members&apos; stages could not be updated; they are brought up to date tomorrow.</source>
        <translation>The settings are saved, but the members&apos; stages could not be updated; they are brought up to date tomorrow.</translation>
    </message>
    <message>
        <source>Days, “today”, silence, stages and reports of this workspace follow this zone on every computer. Changing it rebuilds them; calendar and SOP times keep their clock time.</source>
        <translation>Days, “today”, silence, stages and reports of this workspace follow this zone on every computer. Changing it rebuilds them; calendar and SOP times keep their clock time.</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Revenue is added up in this currency; orders in other currencies are shown apart, never added to it.</source>
        <translation>Revenue is added up in this currency; orders in other currencies are shown apart, never added to it.</translation>
    </message>
</context>
<context>
    <name>qundesk::SopApplyDialog</name>
    <message>
        <source>Apply “%1”</source>
        <translation>Apply “%1”</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Apply to a</source>
        <translation>Apply to a</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Starting on</source>
        <translation>Starting on</translation>
    </message>
    <message>
        <source>Choose whom the SOP is for.</source>
        <translation>Choose whom the SOP is for.</translation>
    </message>
    <message numerus="yes">
        <source>Group-wide tasks for a group of %n member(s).</source>
        <translation>
            <numerusform>Group-wide tasks for a group of %n member.</numerusform>
            <numerusform>Group-wide tasks for a group of %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) now; members who arrive later get theirs too.</source>
        <translation>
            <numerusform>%n member now; members who arrive later get theirs too.</numerusform>
            <numerusform>%n members now; members who arrive later get theirs too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::SopDryRunView</name>
    <message>
        <source>Day %1 · %2</source>
        <translation>Day %1 · %2</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Member joins on</source>
        <translation>Member joins on</translation>
    </message>
    <message numerus="yes">
        <source>Started on %1, a member receives %n message(s):</source>
        <translation>
            <numerusform>Started on %1, a member receives %n message:</numerusform>
            <numerusform>Started on %1, a member receives %n messages:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A member who joins on %1 receives %n message(s):</source>
        <translation>
            <numerusform>A member who joins on %1 receives %n message:</numerusform>
            <numerusform>A member who joins on %1 receives %n messages:</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
</context>
<context>
    <name>qundesk::SopEditor</name>
    <message>
        <source>every %1</source>
        <translation>every %1</translation>
    </message>
    <message>
        <source>day %1, then every %2 days</source>
        <translation>day %1, then every %2 days</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>day %1</translation>
    </message>
    <message>
        <source>(no other SOP)</source>
        <translation>(no other SOP)</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Add a step to see its script for a real member.</source>
        <translation>Add a step to see its script for a real member.</translation>
    </message>
    <message>
        <source>Save SOP</source>
        <translation>Save SOP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>for a</source>
        <translation>for a</translation>
    </message>
    <message>
        <source>counting days</source>
        <translation>counting days</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>then tag</source>
        <translation>then tag</translation>
    </message>
    <message>
        <source>and start</source>
        <translation>and start</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Ending</translation>
    </message>
    <message>
        <source>Ends early when the member buys</source>
        <translation>Ends early when the member buys</translation>
    </message>
    <message>
        <source>tag (optional)</source>
        <translation>tag (optional)</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Window · channel</source>
        <translation>Window · channel</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
</context>
<context>
    <name>qundesk::SopPage</name>
    <message>
        <source>New SOP</source>
        <translation>New SOP</translation>
    </message>
    <message>
        <source>Built-in SOPs</source>
        <translation>Built-in SOPs</translation>
    </message>
    <message numerus="yes">
        <source>%n SOP(s) added; %1 were there already.</source>
        <translation>
            <numerusform>%n SOP added; %1 were there already.</numerusform>
            <numerusform>%n SOPs added; %1 were there already.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import SOPs</source>
        <translation>Import SOPs</translation>
    </message>
    <message>
        <source>SOP files (*.json)</source>
        <translation>SOP files (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n SOP(s) imported; %1 were there already.</source>
        <translation>
            <numerusform>%n SOP imported; %1 were there already.</numerusform>
            <numerusform>%n SOPs imported; %1 were there already.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export SOP</source>
        <translation>Export SOP</translation>
    </message>
    <message>
        <source>Delete SOP</source>
        <translation>Delete SOP</translation>
    </message>
    <message>
        <source>Delete “%1” with its runs and tasks?</source>
        <translation>Delete “%1” with its runs and tasks?</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Add the built-in library</source>
        <translation>Add the built-in library</translation>
    </message>
    <message>
        <source>Onboarding, reactivation, birthday, big-sale, referral, new-group and VIP playbooks, in the interface language</source>
        <translation>Onboarding, reactivation, birthday, big-sale, referral, new-group and VIP playbooks, in the interface language</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Apply…</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
</context>
<context>
    <name>qundesk::SopRunsView</name>
    <message>
        <source>whole group</source>
        <translation>whole group</translation>
    </message>
    <message>
        <source>%1 of %2 settled (%3 done)</source>
        <translation>%1 of %2 settled (%3 done)</translation>
    </message>
    <message>
        <source>no task yet</source>
        <translation>no task yet</translation>
    </message>
    <message numerus="yes">
        <source>Completion: %1 of the %n task(s) due so far are done (%2).</source>
        <translation>
            <numerusform>Completion: %1 of the %n task due so far are done (%2).</numerusform>
            <numerusform>Completion: %1 of the %n tasks due so far are done (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>  Step %1 “%2”: %3 of %4 (%5)</source>
        <translation>  Step %1 “%2”: %3 of %4 (%5)</translation>
    </message>
    <message>
        <source>Conversion: %1 of %2 members it cared for bought (%3); comparable members of the same groups and join months: %4 of %5 (%6).</source>
        <translation>Conversion: %1 of %2 members it cared for bought (%3); comparable members of the same groups and join months: %4 of %5 (%6).</translation>
    </message>
    <message>
        <source>Stop run</source>
        <translation>Stop run</translation>
    </message>
    <message>
        <source>Stop this run? Its open tasks are removed; what was done stays.</source>
        <translation>Stop this run? Its open tasks are removed; what was done stays.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>qundesk::SopStepForm</name>
    <message>
        <source>day </source>
        <translation>day </translation>
    </message>
    <message>
        <source>once</source>
        <translation>once</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>repeat every</source>
        <translation>repeat every</translation>
    </message>
    <message>
        <source>Send between</source>
        <translation>Send between</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>One item a line (optional)</source>
        <translation>One item a line (optional)</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Insert placeholder</translation>
    </message>
</context>
<context>
    <name>qundesk::TagManagerDialog</name>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Cannot add the tag</source>
        <translation>Cannot add the tag</translation>
    </message>
    <message>
        <source>Tag “%1” added.</source>
        <translation>Tag “%1” added.</translation>
    </message>
    <message>
        <source>Cannot change the tag</source>
        <translation>Cannot change the tag</translation>
    </message>
    <message>
        <source>Tag “%1” saved.</source>
        <translation>Tag “%1” saved.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Delete tag</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? %n member(s) carry it; it is taken from them and its automatic rules are deleted too.</source>
        <translation>
            <numerusform>Delete the tag “%1”? %n member carry it; it is taken from them and its automatic rules are deleted too.</numerusform>
            <numerusform>Delete the tag “%1”? %n members carry it; it is taken from them and its automatic rules are deleted too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the tag</source>
        <translation>Cannot delete the tag</translation>
    </message>
    <message>
        <source>Tag “%1” deleted.</source>
        <translation>Tag “%1” deleted.</translation>
    </message>
    <message>
        <source>Rule saved: %1, %2.</source>
        <translation>Rule saved: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>%n tag added</numerusform>
            <numerusform>%n tags added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <source>Delete the rule “%1”? Tags it gave stay until the rules run again.</source>
        <translation>Delete the rule “%1”? Tags it gave stay until the rules run again.</translation>
    </message>
    <message>
        <source>Cannot delete the rule</source>
        <translation>Cannot delete the rule</translation>
    </message>
    <message>
        <source>Rule “%1” deleted.</source>
        <translation>Rule “%1” deleted.</translation>
    </message>
    <message>
        <source>Cannot change the rule</source>
        <translation>Cannot change the rule</translation>
    </message>
    <message>
        <source>Rule “%1” enabled.</source>
        <translation>Rule “%1” enabled.</translation>
    </message>
    <message>
        <source>Rule “%1” disabled.</source>
        <translation>Rule “%1” disabled.</translation>
    </message>
    <message>
        <source>Cannot run the rules</source>
        <translation>Cannot run the rules</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>Rules run</source>
        <translation>Rules run</translation>
    </message>
    <message>
        <source>Tags and rules</source>
        <translation>Tags and rules</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Automatic rules</source>
        <translation>Automatic rules</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>By rules</source>
        <translation>By rules</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>C&amp;olour:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <source>&amp;Add as new tag</source>
        <translation>&amp;Add as new tag</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;New rule…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>&amp;Run rules now</source>
        <translation>&amp;Run rules now</translation>
    </message>
</context>
<context>
    <name>qundesk::TagRuleEditor</name>
    <message>
        <source>Add at least one condition.</source>
        <translation>Add at least one condition.</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Give the rule a name.</translation>
    </message>
    <message>
        <source>Choose or type the tag it gives.</source>
        <translation>Choose or type the tag it gives.</translation>
    </message>
    <message>
        <source>Cannot save the rule</source>
        <translation>Cannot save the rule</translation>
    </message>
    <message>
        <source>Edit tag rule</source>
        <translation>Edit tag rule</translation>
    </message>
    <message>
        <source>New tag rule</source>
        <translation>New tag rule</translation>
    </message>
    <message>
        <source>Rule &amp;name:</source>
        <translation>Rule &amp;name:</translation>
    </message>
    <message>
        <source>Gives the &amp;tag:</source>
        <translation>Gives the &amp;tag:</translation>
    </message>
    <message>
        <source>&amp;Members who match:</source>
        <translation>&amp;Members who match:</translation>
    </message>
    <message>
        <source>e.g. Bought twice</source>
        <translation>e.g. Bought twice</translation>
    </message>
    <message>
        <source>all of the conditions (AND)</source>
        <translation>all of the conditions (AND)</translation>
    </message>
    <message>
        <source>any of the conditions (OR)</source>
        <translation>any of the conditions (OR)</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>&amp;Add condition</translation>
    </message>
    <message>
        <source>&amp;Save and apply</source>
        <translation>&amp;Save and apply</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match</source>
        <translation>
            <numerusform>%n member match</numerusform>
            <numerusform>%n members match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::TimeZonePicker</name>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Moving days, activity, stages and tags to %1…</source>
        <translation>Moving days, activity, stages and tags to %1…</translation>
    </message>
    <message>
        <source>The time zone was not changed.</source>
        <translation>The time zone was not changed.</translation>
    </message>
    <message>
        <source>The time zone could not be changed; the workspace is as it was.</source>
        <translation>The time zone could not be changed; the workspace is as it was.</translation>
    </message>
</context>
<context>
    <name>qundesk::TodayPage</name>
    <message numerus="yes">
        <source>%1 runs %n groups: above seven, conversion drops.</source>
        <translation>
            <numerusform>%1 runs %n group: above seven, conversion drops.</numerusform>
            <numerusform>%1 runs %n groups: above seven, conversion drops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newcomer(s) not welcomed yet: %1</source>
        <translation>
            <numerusform>%n newcomer not welcomed yet: %1</numerusform>
            <numerusform>%n newcomers not welcomed yet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer(s) turning Declining: %1</source>
        <translation>
            <numerusform>%n buyer turning Declining: %1</numerusform>
            <numerusform>%n buyers turning Declining: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday today: %1</source>
        <translation>Birthday today: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) held by do-not-disturb or the touch cap.</source>
        <translation>
            <numerusform>%n task held by do-not-disturb or the touch cap.</numerusform>
            <numerusform>%n tasks held by do-not-disturb or the touch cap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Copy script</source>
        <translation>Copy script</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Type why the task is skipped, then press Skip again.</source>
        <translation>Type why the task is skipped, then press Skip again.</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>Skip task</translation>
    </message>
    <message>
        <source>Postpone task</source>
        <translation>Postpone task</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due, %1 overdue</source>
        <translation>
            <numerusform>%n task due, %1 overdue</numerusform>
            <numerusform>%n tasks due, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due</source>
        <translation>
            <numerusform>%n task due</numerusform>
            <numerusform>%n tasks due</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Nothing is due today. Apply an SOP on the SOP page to plan tasks.</source>
        <translation>Nothing is due today. Apply an SOP on the SOP page to plan tasks.</translation>
    </message>
    <message>
        <source>Open a workspace to see today&apos;s tasks.</source>
        <translation>Open a workspace to see today&apos;s tasks.</translation>
    </message>
    <message numerus="yes">
        <source>Calendar today (%n)</source>
        <translation>
            <numerusform>Calendar today (%n)</numerusform>
            <numerusform>Calendar today (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
</context>
<context>
    <name>qundesk::TodayTaskPanel</name>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Why skip it? (required to skip)</source>
        <translation>Why skip it? (required to skip)</translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation>&amp;Copy script</translation>
    </message>
    <message>
        <source>Copies the script to the clipboard and records the touch (Ctrl+Shift+C)</source>
        <translation>Copies the script to the clipboard and records the touch (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Marks the task done; records the touch unless Copy did (Ctrl+D)</source>
        <translation>Marks the task done; records the touch unless Copy did (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>Skips the task with the reason typed beside it (Ctrl+K)</source>
        <translation>Skips the task with the reason typed beside it (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Postpone a day</source>
        <translation>&amp;Postpone a day</translation>
    </message>
    <message>
        <source>Moves the task to the same time tomorrow (Ctrl+P)</source>
        <translation>Moves the task to the same time tomorrow (Ctrl+P)</translation>
    </message>
    <message>
        <source>Choose a task to see its script.</source>
        <translation>Choose a task to see its script.</translation>
    </message>
    <message>
        <source>Everyone in the group</source>
        <translation>Everyone in the group</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · due %4</source>
        <translation>%1 · %2 · %3 · due %4</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>Held: %1</translation>
    </message>
</context>
<context>
    <name>qundesk::TrainerWindow</name>
    <message>
        <source>QunDesk trainer mode (demo copy)</source>
        <translation>QunDesk trainer mode (demo copy)</translation>
    </message>
    <message>
        <source>Simulated time: %1 %2</source>
        <translation>Simulated time: %1 %2</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>Next task</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 day</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message numerus="yes">
        <source>1 day every %n second(s)</source>
        <translation>
            <numerusform>1 day every %n second</numerusform>
            <numerusform>1 day every %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::WorkspaceController</name>
    <message>
        <source>Stages and fan levels could not be brought up to today: %1</source>
        <translation>Stages and fan levels could not be brought up to today: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
</TS>
