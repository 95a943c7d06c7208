#pragma once

#include "model/ids.h"
#include "money/money.h"

#include <QHash>
#include <QObject>

namespace horisont {

class Plan;

/// Allocated money per intervention and per activity, kept current from the
/// plan's change signals (one edit updates two sums, never a full pass).
class AllocationRollup : public QObject
{
    Q_OBJECT
public:
    explicit AllocationRollup(const Plan &plan, QObject *parent = nullptr);

    Money forIntervention(Id intervention) const { return Money::fromOre(m_byIntervention.value(intervention)); }
    Money forActivity(Id activity) const { return Money::fromOre(m_byActivity.value(activity)); }

Q_SIGNALS:
    /// The sums of this intervention (and, when not NoId, this activity) changed.
    void changed(horisont::Id intervention, horisont::Id activity);

private:
    struct Entry {
        Id intervention;
        Id activity;
        qint64 ore;
    };
    void rebuild();
    void add(Id allocation);
    void subtract(Id allocation);

    const Plan &m_plan;
    QHash<Id, Entry> m_entries; // allocation id -> what it added
    QHash<Id, qint64> m_byIntervention;
    QHash<Id, qint64> m_byActivity;
};

} // namespace horisont
