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
    /// Commits; when COMMIT fails (the file busy, the disk full) everything
    /// is rolled back rather than left open for a later edit to commit.
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace horisont
