#pragma once

struct sqlite3;

namespace horisont {

class SqliteStore;

/// One read transaction on a plan's connection, so that every figure read
/// through it while it lasts comes from one state of the file: a pack or an
/// export that reads the ledger several times never mixes the totals from
/// before an import another process commits with those from after it.
///
/// The plan's rollback journal lets no other connection commit while a read
/// transaction is open: an import waits (its busy timeout) until release().
/// Hold it for the reading only, not while pages are painted or written.
/// On a connection already inside a transaction it does nothing: that one
/// is the snapshot.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(SqliteStore &store);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    /// Ends the transaction (idempotent).
    void release();
    /// Whether this object opened a transaction that is still open.
    bool isHeld() const { return m_db != nullptr; }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace horisont
