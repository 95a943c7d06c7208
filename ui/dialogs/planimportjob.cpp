#include "dialogs/planimportjob.h"

#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace horisont {

PlanImportJob::PlanImportJob(QObject *parent) : QObject(parent)
{}

PlanImportJob::~PlanImportJob()
{
    if (m_watcher && m_creating) {
        // The dialog goes before the user saw the plan made: nothing stays.
        m_watcher->waitForFinished();
        if (m_watcher->result().created)
            QFile::remove(m_out);
    }
}

void PlanImportJob::read(const QString &source, const PlanImportOptions &options)
{
    m_mapped.reset();
    start(false, [source, options] {
        Outcome outcome;
        outcome.mapped = readForeignPlanFile(source, options, &outcome.error);
        return outcome;
    });
}

void PlanImportJob::create(const MappedPlan &mapped, const QString &out)
{
    m_out = out;
    start(true, [mapped, out] {
        Outcome outcome;
        outcome.created = createImportedPlan(mapped, out, &outcome.error);
        return outcome;
    });
}

void PlanImportJob::start(bool creating, std::function<Outcome()> work)
{
    Q_ASSERT(!isBusy());
    m_error.clear();
    m_creating = creating;
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &PlanImportJob::finish);
    m_watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void PlanImportJob::cancel()
{
    if (!m_watcher || m_cancelling)
        return;
    if (m_creating) {
        // The writing cannot stop halfway; what it made is removed when it ends.
        m_cancelling = true;
        return;
    }
    // A reading is left to end on its own, its result unread.
    abandon();
    Q_EMIT cancelled();
}

void PlanImportJob::abandon()
{
    QFutureWatcher<Outcome> *watcher = m_watcher;
    m_watcher = nullptr;
    watcher->disconnect(this);
    if (watcher->isFinished())
        watcher->deleteLater();
    else
        connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
}

void PlanImportJob::finish()
{
    Outcome outcome = m_watcher->result();
    const bool creating = m_creating;
    abandon();
    if (m_cancelling) {
        m_cancelling = false;
        if (outcome.created)
            QFile::remove(m_out);
        Q_EMIT cancelled();
        return;
    }
    m_error = outcome.error;
    if (creating) {
        Q_EMIT createDone(outcome.created);
        return;
    }
    m_mapped = std::move(outcome.mapped);
    Q_EMIT readDone();
}

} // namespace horisont
