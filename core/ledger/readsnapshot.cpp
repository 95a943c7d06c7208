#include "ledger/readsnapshot.h"

#include "ledger/sqliteraw.h"
#include "store/sqlitestore.h"

#include <sqlite3.h>

namespace horisont {

ReadSnapshot::ReadSnapshot(SqliteStore &store)
{
    sqlite3 *db = sqliteraw::handle(store.database());
    if (!db || !sqlite3_get_autocommit(db))
        return;
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return;
    // BEGIN alone takes no lock: the snapshot starts with the first read,
    // which must be now, not whenever a section first asks for a figure.
    if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return;
    }
    m_db = db;
}

ReadSnapshot::~ReadSnapshot()
{
    release();
}

void ReadSnapshot::release()
{
    if (!m_db)
        return;
    // Nothing was written, so ending it either way is the same; ROLLBACK
    // also succeeds while a statement somewhere is still being stepped.
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    m_db = nullptr;
}

} // namespace horisont
