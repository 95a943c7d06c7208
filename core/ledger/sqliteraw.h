#pragma once

#include "model/ids.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace horisont::sqliteraw {

/// The SQLite connection behind a QSQLITE database, for the few loops that
/// touch every ledger row: QSqlQuery converts each bound and read value
/// through QVariant, which costs more than SQLite's own work there.
/// nullptr for another driver or a closed database.
sqlite3 *handle(const QSqlDatabase &db);

/// A prepared statement, finalized when it goes out of scope.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    sqlite3_stmt *get() const { return m_statement; }
    /// SQLite's message for the last failure on this connection.
    QString error() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

/// Sets the connection's page cache for the lifetime of this object and
/// restores it afterwards. Writing a million ledger rows touches index pages
/// all over the file: with SQLite's default 2 MB cache each insert would
/// evict (and, inside a transaction, spill) pages the next one needs again.
class PageCacheSize
{
public:
    PageCacheSize(sqlite3 *db, int kibibytes);
    ~PageCacheSize();
    PageCacheSize(const PageCacheSize &) = delete;
    PageCacheSize &operator=(const PageCacheSize &) = delete;

private:
    sqlite3 *m_db;
    qint64 m_previous = 0;
    bool m_changed = false;
};

/// yyyy-MM-dd into `out` (at least 16 bytes), as QDate::toString(Qt::ISODate)
/// writes it, without allocating (a million rows bind one each); returns the length.
int formatIsoDate(const QDate &date, char *out);

/// Binds an id, or NULL for NoId.
void bindId(sqlite3_stmt *statement, int column, Id id);

/// Text of a column as a QString (UTF-8 decoded; NULL is an empty string).
QString columnText(sqlite3_stmt *statement, int column);

} // namespace horisont::sqliteraw
