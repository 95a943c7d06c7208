#pragma once

#include "money/money.h"
#include "planimport/foreignplan.h"
#include "planimport/readers/tjplexer.h"

#include <QHash>
#include <QList>

#include <utility>

namespace horisont {

/// TaskJuggler's charges, read as the file goes and booked once it is read:
/// a `chargeset` names the accounts a task's charges go to (with shares,
/// inherited by subtasks), and `charge AMOUNT onstart|onend` is a cost. The
/// set a charge goes to is the task's as it stands at the end of the file,
/// since TaskJuggler books charges when it schedules, after reading all.
class TjCharges
{
public:
    /// The next task (tasks are added in order), with its parent's charge
    /// set, as TaskJuggler inherits it; -1 for a top-level task.
    void addTask(int parent);
    /// `chargeset a 60%, b 40%` of `task`, the keyword `s` just read; an
    /// account not in `accounts` (by id) is left out with a warning.
    void readChargeSet(TjLexer &lex, const TjToken &s, int task, const QHash<QString, int> &accounts, QStringList *warnings);
    /// `charge AMOUNT MODE` of `task`; time-based modes are counted in
    /// plan.notMapped, an amount that cannot be read is warned of in plan.warnings.
    void readCharge(TjLexer &lex, const TjToken &s, int task, ForeignPlan &plan);
    /// `purge chargeset`.
    void purge(int task) { m_sets[task].clear(); }
    /// Gives each task its charges as costs, split over its charge set's
    /// accounts by their shares (to no account when it has none).
    void book(ForeignPlan &plan) const;

private:
    struct Share {
        int account;
        qint64 share; ///< in hundredths of a per cent
    };
    QList<QList<Share>> m_sets; // beside the plan's tasks
    QList<std::pair<int, Money>> m_charges; // task, amount
};

} // namespace horisont
