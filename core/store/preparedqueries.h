#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

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
        if (it == m_queries.end()) {
            QSqlQuery query(db);
            query.prepare(sql);
            it = m_queries.insert(sql, query);
        }
        return *it;
    }
    void clear() { m_queries.clear(); }

private:
    QHash<QString, QSqlQuery> m_queries;
};

} // namespace horisont
