#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <utility>

namespace horisont {

/// The prepared statements of one connection, kept by their SQL: a
/// statement an edit runs again and again is parsed once. Cleared before the
/// connection closes.
class PreparedQueries
{
public:
    QSqlQuery &get(const QSqlDatabase &db, const QString &sql)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end() || !it->second) {
            // A statement whose preparing failed (in a transaction the server had
            // already given up) is prepared again, not kept broken.
            QSqlQuery query(db);
            const bool prepared = query.prepare(sql);
            it = m_queries.insert(sql, {query, prepared});
        }
        return it->first;
    }
    void clear() { m_queries.clear(); }

private:
    QHash<QString, std::pair<QSqlQuery, bool>> m_queries;
};

} // namespace horisont
