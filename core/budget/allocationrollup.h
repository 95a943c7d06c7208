#pragma once

#include "model/ids.h"
#include "money/money.h"

#include <QHash>
#include <QObject>

namespace horisont {

class Plan;

/// Allocated money (all years) per intervention, activity and funding source, kept current from the
/// plan's change signals (one edit updates two sums, never a full pass).
class AllocationRollup : public QObject
{
    Q_OBJECT
public:
    explicit AllocationRollup(const Plan &plan, QObject *parent = nullptr);

    Money forIntervention(Id intervention) const { return Money::fromOre(m_byIntervention.value(intervention)); }
    Money forActivity(Id activity) const { return Money::fromOre(m_byActivity.value(activity)); }
    Money forSource(Id source) const { return Money::fromOre(m_bySource.value(source)); }

Q_SIGNALS:
    /// The sums of this intervention (and, when not NoId, this activity) and
    /// of this funding source changed.
    void changed(horisont::Id intervention, horisont::Id activity, horisont::Id source);

private:
    struct Entry {
        Id intervention;
        Id activity;
        Id source;
        qint64 ore;
    };
    void rebuild();
    void add(Id allocation);
    void subtract(Id allocation);
    /// Adds (sign +1) or takes back (−1) what one allocation contributes.
    void count(const Entry &entry, int sign);

    const Plan &m_plan;
    QHash<Id, Entry> m_entries; // allocation id -> what it added
    QHash<Id, qint64> m_byIntervention;
    QHash<Id, qint64> m_byActivity;
    QHash<Id, qint64> m_bySource;
};

} // namespace horisont
