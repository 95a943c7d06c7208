#pragma once

#include <QSqlDatabase>

namespace horisont {

/// Begins a transaction and rolls it back on scope exit unless committed,
/// so an early return or an exception can never leave half an edit behind.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db) : m_db(std::move(db)), m_active(m_db.transaction()) {}
    ~TransactionGuard()
    {
        if (m_active)
            m_db.rollback();
    }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace horisont
