#pragma once

#include "planimport/planimport.h"

#include <QObject>

#include <functional>
#include <optional>

template<class T>
class QFutureWatcher;

namespace horisont {

/// Bringing a plan in from another tool off the GUI thread, one step at a
/// time: reading and mapping the file (readForeignPlanFile), then creating
/// the new plan (createImportedPlan). cancel() abandons a reading at once;
/// a plan being created is removed as soon as its writing ends, so a
/// cancelled import leaves nothing behind, and only then cancelled() comes.
class PlanImportJob : public QObject
{
    Q_OBJECT
public:
    explicit PlanImportJob(QObject *parent = nullptr);
    /// Waits for a plan being created and removes it unless it was reported created.
    ~PlanImportJob() override;

    bool isBusy() const { return m_watcher != nullptr; }
    /// Busy removing what a cancelled creation wrote.
    bool isCancelling() const { return m_cancelling; }

    /// Starts reading `source`; readDone() when it is read (or refused).
    void read(const QString &source, const PlanImportOptions &options);
    /// Starts creating `out` from `mapped`; createDone() when it is written (or refused).
    void create(const MappedPlan &mapped, const QString &out);
    void cancel();

    /// After readDone(): the plan read, or nothing and error() says why.
    const std::optional<MappedPlan> &mapped() const { return m_mapped; }
    /// Why the last step failed, naming the file (and the line) as core words it.
    QString error() const { return m_error; }

Q_SIGNALS:
    void readDone();
    void createDone(bool created);
    void cancelled();

public:
    struct Outcome {
        std::optional<MappedPlan> mapped;
        bool created = false;
        QString error;
    };

private:
    void start(bool creating, std::function<Outcome()> work);
    void finish();
    void abandon();

    QFutureWatcher<Outcome> *m_watcher = nullptr;
    bool m_creating = false;
    bool m_cancelling = false;
    QString m_out;
    std::optional<MappedPlan> m_mapped;
    QString m_error;
};

} // namespace horisont
