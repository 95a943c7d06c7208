#include "ledger/sqliteraw.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstdio>
#include <cstring>

namespace horisont::sqliteraw {

sqlite3 *handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Statement::Statement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

QString Statement::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

PageCacheSize::PageCacheSize(sqlite3 *db, int kibibytes) : m_db(db)
{
    Statement current(db, "PRAGMA cache_size");
    if (!current.isValid() || sqlite3_step(current.get()) != SQLITE_ROW)
        return;
    m_previous = sqlite3_column_int64(current.get(), 0);
    // Negative: a size in KiB rather than pages. Only what is used is allocated.
    const QByteArray set = "PRAGMA cache_size = " + QByteArray::number(-qint64(kibibytes));
    m_changed = sqlite3_exec(db, set.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

PageCacheSize::~PageCacheSize()
{
    if (!m_changed)
        return;
    const QByteArray reset = "PRAGMA cache_size = " + QByteArray::number(m_previous);
    sqlite3_exec(m_db, reset.constData(), nullptr, nullptr, nullptr);
}

int formatIsoDate(const QDate &date, char *out)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 1000 || y > 9999) {
        const QByteArray text = date.toString(Qt::ISODate).toLatin1().left(15);
        std::memcpy(out, text.constData(), size_t(text.size()));
        return int(text.size());
    }
    std::snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return 10;
}

void bindId(sqlite3_stmt *statement, int column, Id id)
{
    if (id == NoId)
        sqlite3_bind_null(statement, column);
    else
        sqlite3_bind_int64(statement, column, id);
}

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

} // namespace horisont::sqliteraw
