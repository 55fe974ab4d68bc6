<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ActivityStore</name>
    <message>
        <source>Cannot store messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 of the batch lacks its source id, time or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update daily activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of import “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot log the import of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a QunDesk workspace backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists; choose a new name so nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace cannot be backed up onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup (the file could not be put in place).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is the workspace itself; nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the backup next to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the current workspace aside (is it still open?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup in place; the workspace was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one automatic backup must be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the old backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Group message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a date written YYYY-MM-DD, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>There is no workspace here yet; create one with “qundesk-cli demo” or by starting QunDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentLine</name>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentStatus</name>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>A calendar item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar item needs a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar item lasts from 0 minutes to one week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown content line “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add “%1” to the calendar: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which occurrence to change is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the occurrence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That occurrence has no change to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This line is longer than %n character(s); is it really a CSV file?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a QunDesk workspace (it is not a readable SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a QunDesk workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a QunDesk workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not QunDesk; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer QunDesk (schema version %1; this program reads up to %2). Update QunDesk to open it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An in-memory workspace cannot be shared between connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the workspace (is the disk read-only?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2 (to %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Definition</name>
    <message>
        <source>The definition is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition must be a JSON object ({…}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill an empty workspace with the demo (N multiplies members and messages; the same seed gives the same demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already has groups; the demo is only created in an empty workspace (choose another file with --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot write the demo (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo can only be created in an empty workspace; this one already has groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FanLevel</name>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <source>List the groups with their platform, purpose and member count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the group “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the group “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveKind</name>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>Check the workspace&apos;s integrity and schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the workspace to FILE (a new file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace with the backup FILE; the current workspace is kept next to it as “….before-restore-&lt;time&gt;”. Close QunDesk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberStore</name>
    <message>
        <source>A member needs a display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the member “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be their own referrer, directly or through others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the member “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity needs a platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity needs a user id, a handle or a nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the account to the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member cannot be linked to themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link the members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased member #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot erase the member’s personal data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipStore</name>
    <message>
        <source>“%1” is not a group role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is already in this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the member to the group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a way of leaving a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has already left this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member cannot leave before joining (joined %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The membership no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>An order needs the time it was placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order&apos;s amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order with the number “%1” is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s to-do list: the SOP steps and planned posts due now, with their scripts ready to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group you run, with its platform, purpose, head count and capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members across your groups, with tags, lifecycle stage, silent days and who invited them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content calendar: planned posts per group by day, week and month, with fatigue warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOP playbooks of timed steps and scripts, applied to a group, a segment or a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity, growth, retention and conversion charts, each with its metric&apos;s definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chat exports, member lists and orders, previewed before anything is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>New-customer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-service group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Groups, members, messages, active members, joins, leaves, buyers, orders and revenue over a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group named “%1” (see “qundesk-cli group list”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is empty: --from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>No migration to schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment “%1” cannot be saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the segment “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the segment “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SopAnchor</name>
    <message>
        <source>After joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the SOP starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SopRunStatus</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SopRunStore</name>
    <message>
        <source>Unknown SOP target “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whom the SOP is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SOP run needs its start day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the SOP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP run no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SOP run status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the SOP&apos;s tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SOP task needs the time it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown task status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the task is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the postponed task is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SopTarget</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SopTaskStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SopTemplateStore</name>
    <message>
        <source>An SOP needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SOP target “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SOP anchor “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 has an unknown timing “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 needs a weekday from Monday to Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot happen before its anchor day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 has a send window that ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 has an unknown channel “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the SOP “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the SOP “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOP no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SopTiming</name>
    <message>
        <source>Day after anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceChannel</name>
    <message>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error in “%1…”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>The summary query returned no row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagOrigin</name>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour of the form #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the tag “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the tag “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tag origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tag the members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tag the members with “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule “%1” cannot be saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the rule “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the rule “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag rule no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEncodingDetector</name>
    <message>
        <source>This file is binary, not a text or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding is not recognised (expected UTF-8 or GB18030). Save the file as “CSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchStore</name>
    <message>
        <source>A touch needs the member who was contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot log the touch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touch no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>No command given; run “qundesk-cli --help” for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong arguments; usage: qundesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: qundesk-cli [--db PATH] [--json] COMMAND …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print exactly one JSON object on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the command fails, 2 when the command line is wrong; the reason is one line on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qundesk-cli [--db PATH] [--json] COMMAND …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”; run “qundesk-cli --help” for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>QunDesk workspaces (*.qundesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QunDesk cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File ▸ Open workspace….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QunDesk backups (*.qundesk-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QunDesk backups (*.qundesk-backup *.qundesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current file is kept next to it as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not restored; the workspace is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop workbench for chat-group operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN or zh_TW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on a page: today, groups, members, calendar, sop, analytics or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window to a PNG FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qundesk::GroupSwitcher</name>
    <message numerus="yes">
        <source>You run %n active group(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A comfortable load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near the limit: more than seven groups lowers conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many groups for one operator: conversion drops above seven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group the pages show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qundesk::GroupTableModel</name>
    <message>
        <source>%1 of %2 places taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qundesk::GroupsPage</name>
    <message>
        <source>Search groups, platforms, operators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups appear here once you import a chat export or open the demo workspace (File ▸ Open workspace…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qundesk::MainMenus</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric &amp;glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About QunDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qundesk::MainWindow</name>
    <message>
        <source>%1 — QunDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QunDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop workbench for chat-group operators: groups, members, content calendar, SOP scripts and conversion charts, kept in one file on your own computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About QunDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qundesk::MetricGlossaryDialog</name>
    <message>
        <source>Active member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member is active in a group on a day when they sent at least one message there that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAU and active rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAU is the number of distinct active members of a group on a day; the active rate is DAU divided by the members present that day (joined on or before it, not yet left). WAU and MAU use 7- and 30-day windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the member&apos;s last message in the group, or since joining when they never posted. A member is silent from 30 silent days on (configurable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins, leaves and net change per day, and the member count over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the members who joined in week w, the share that is active in week w+k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members → engaged (active at least once in the period) → buyers (an order in the period) → repeat buyers (two or more orders in all, one in the period). The conversion rate is buyers divided by members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rule that matches wins: Declining when silent 30 days or more and no order in 90 days; Extending with 2 or more orders or at least one referral; Mature with 1 order or more; New when joined less than 14 days ago; otherwise Growing. All thresholds are configurable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-20% share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revenue of the top fifth of buyers divided by all revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active groups run by one operator: up to 5 is green, 6 to 7 amber, more is red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatigue limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default at most 3 private touches per member per 7 days, at most 4 planned posts per group per day, quiet hours from 22:00 to 08:00, and a marketing line of at most 40% of a group&apos;s week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chart, report and command uses these definitions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qundesk::PlaceholderPage</name>
    <message>
        <source>This page arrives in a coming version of QunDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qundesk::SettingsDialog</name>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent after (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member for (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declining without order for (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending from (orders):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private touches per member per week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts per group per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing share of a group&apos;s week at most:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
