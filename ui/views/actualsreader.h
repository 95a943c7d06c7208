#pragma once

#include "budget/monthlyactuals.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <future>

namespace horisont {

/// Reads a plan's spending per month (MonthlyActualsIndex) on a worker
/// thread, through a read-only connection of its own to the plan file, so
/// that a ledger of a million rows (seconds of SQL) never freezes the window.
/// finished() is emitted on the thread that owns the reader. Destroying the
/// reader while it reads stops the query and waits for the worker, so nothing
/// outlives it.
class ActualsReader : public QObject
{
    Q_OBJECT
public:
    explicit ActualsReader(const QString &planPath, QObject *parent = nullptr);
    ~ActualsReader() override;

    /// Starts reading. While a read runs, the ledger is read once more after
    /// it (the running one may have missed the latest import).
    void start();
    bool isReading() const { return m_reading; }
    /// The index of the last read that finished.
    const MonthlyActualsIndex &index() const { return m_index; }

Q_SIGNALS:
    void finished();
    void failed(const QString &message);

private:
    struct Result {
        std::optional<MonthlyActualsIndex> index;
        QString error;
    };
    void deliver();

    QString m_path;
    MonthlyActualsIndex m_index;
    std::atomic_bool m_cancel{false};
    std::future<Result> m_worker;
    bool m_reading = false;
    bool m_readAgain = false;
};

} // namespace horisont
