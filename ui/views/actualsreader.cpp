#include "views/actualsreader.h"

namespace horisont {

ActualsReader::ActualsReader(const QString &planPath, QObject *parent) : QObject(parent), m_path(planPath) {}

ActualsReader::~ActualsReader()
{
    // The worker posts its "done" to this object; once it has ended, the
    // QObject destructor discards that event, so no call reaches a dead view.
    m_cancel = true;
    if (m_worker.valid())
        m_worker.wait();
}

void ActualsReader::start()
{
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_readAgain = false;
    m_worker = std::async(std::launch::async, [this, path = m_path] {
        Result result;
        result.index = MonthlyActualsIndex::loadFile(path, &m_cancel, &result.error);
        if (!m_cancel)
            QMetaObject::invokeMethod(this, &ActualsReader::deliver, Qt::QueuedConnection);
        return result;
    });
}

void ActualsReader::deliver()
{
    Result result = m_worker.get(); // ready, or a moment away: the worker is returning
    m_reading = false;
    if (m_readAgain) {
        start();
        return;
    }
    if (!result.index) {
        Q_EMIT failed(result.error);
        return;
    }
    m_index = std::move(*result.index);
    Q_EMIT finished();
}

} // namespace horisont
