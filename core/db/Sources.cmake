target_sources(qundesk_core PRIVATE
    db/Database.cpp db/Database.h
    db/Migrations.cpp db/NativeSqlite.cpp db/NativeSqlite.h db/RowReader.cpp db/RowReader.h db/PageCacheScope.h db/Schema.h db/SchemaV1.cpp db/SchemaV2.cpp db/SchemaV3.cpp db/SchemaV4.cpp db/SchemaV5.cpp db/SchemaV6.cpp
    db/SchemaV7.cpp
    db/SchemaV8.cpp db/SchemaV9.cpp
    db/BatchInsert.cpp db/BatchInsert.h
    db/Sql.cpp db/Sql.h db/SqlDialect.h
    db/Transaction.cpp db/Transaction.h
    db/WorkspaceLock.cpp db/WorkspaceLock.h
    db/WorkspacePaths.cpp db/WorkspacePaths.h
    db/WorkspaceBusy.cpp db/WorkspaceBusy.h
    db/WorkspaceCondition.cpp db/WorkspaceCondition.h
    db/DamageCheck.cpp db/DamageCheck.h)
target_sources(qundesk_core PRIVATE db/Backup.cpp db/Backup.h db/Restore.cpp
    db/SqlCopy.cpp db/SqlCopy.h)
