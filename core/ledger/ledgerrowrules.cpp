#include "ledger/ledgerrowrules.h"

#include "ledger/sqliteraw.h"

#include <QDate>

#include <sqlite3.h>

#include <algorithm>

namespace horisont::ledgerrowrules {

qint64 storedDay(sqlite3_stmt *s, int column)
{
    if (sqlite3_column_type(s, column) != SQLITE_TEXT)
        return 0;
    const unsigned char *text = sqlite3_column_text(s, column);
    if (sqlite3_column_bytes(s, column) != 10 || text[4] != '-' || text[7] != '-')
        return 0;
    int parts[3] = {0, 0, 0}; // year, month, day
    for (int i = 0, part = 0; i < 10; ++i) {
        if (i == 4 || i == 7) {
            ++part;
            continue;
        }
        if (text[i] < '0' || text[i] > '9')
            return 0;
        parts[part] = parts[part] * 10 + (text[i] - '0');
    }
    if (!QDate::isValid(parts[0], parts[1], parts[2]))
        return 0;
    // The same bounds as comparing the text: a real date's digits sort as its text.
    const qint64 day = qint64(parts[0]) * 10000 + parts[1] * 100 + parts[2];
    return day >= 19000101 && day <= 22010101 ? day : 0;
}

bool isId(sqlite3_stmt *s, int column)
{
    return sqlite3_column_type(s, column) == SQLITE_INTEGER && sqlite3_column_int64(s, column) > 0;
}

bool isIdOrNull(sqlite3_stmt *s, int column)
{
    return sqlite3_column_type(s, column) == SQLITE_NULL || isId(s, column);
}

bool isAmountBelow(sqlite3_stmt *s, int column, qint64 bound)
{
    if (sqlite3_column_type(s, column) != SQLITE_INTEGER)
        return false;
    const qint64 amount = sqlite3_column_int64(s, column);
    return amount > -bound && amount < bound;
}

bool isNonEmptyText(sqlite3_stmt *s, int column)
{
    return sqlite3_column_type(s, column) == SQLITE_TEXT && sqlite3_column_bytes(s, column) > 0;
}

bool IdSet::load(sqlite3 *db, const char *table, QString *error)
{
    const QByteArray sql = QByteArrayLiteral("SELECT id FROM ") + table;
    const sqliteraw::Statement select(db, sql.constData());
    if (!select.isValid()) {
        *error = select.error();
        return false;
    }
    m_ids.clear();
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(select.get())) == SQLITE_ROW)
        m_ids.push_back(sqlite3_column_int64(select.get(), 0));
    if (step != SQLITE_DONE) {
        *error = select.error();
        return false;
    }
    std::sort(m_ids.begin(), m_ids.end());
    return true;
}

bool IdSet::holdsOrNull(sqlite3_stmt *s, int column) const
{
    return sqlite3_column_type(s, column) == SQLITE_NULL
           || std::binary_search(m_ids.cbegin(), m_ids.cend(), sqlite3_column_int64(s, column));
}

} // namespace horisont::ledgerrowrules
