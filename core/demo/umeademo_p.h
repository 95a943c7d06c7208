#pragma once

// Internal to the Umeå demo (umeademo*.cpp): the builder
// that collects the demo's inserts and the ids later sections refer to.

#include "edit/change.h"
#include "model/entities.h"
#include "model/halfopen.h"
#include "model/schema.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <array>
#include <vector>

namespace horisont {
class PlanDocument;
}

namespace horisont::demo::detail {

/// The day the demo is a snapshot of: statuses (done, ongoing, planned) are relative to it.
inline QDate asOf()
{
    return QDate(2026, 11, 25);
}

/// Done when [start, end) is over by asOf(), ongoing when it has begun, else planned.
inline WorkStatus statusFor(const QDate &start, const QDate &end)
{
    return statusOn(start, end, asOf());
}

/// Collects one insert per entity with ids assigned per kind (1, 2, 3…) and
/// hands them out in EntityKind order, so sections may be built in any order
/// as long as an entity is added after the ones it refers to.
class Builder
{
public:
    template<class T>
    Id add(T entity)
    {
        const auto k = std::size_t(kindOf<T>);
        entity.id = ++m_next[k];
        m_changes[k].append(Change::insert(toRecord(entity)));
        return entity.id;
    }

    /// Every insert, in EntityKind order.
    ChangeList changes() const
    {
        ChangeList all;
        for (const ChangeList &list : m_changes)
            all.append(list);
        return all;
    }

    /// The id stored under key in map; a missing key is remembered as a
    /// mistake in the demo's own tables (see missing()) instead of becoming NoId.
    Id ref(const QHash<QString, Id> &map, const QString &key)
    {
        const auto it = map.constFind(key);
        if (it != map.constEnd())
            return *it;
        m_missing.append(key);
        return NoId;
    }
    const QStringList &missing() const { return m_missing; }

    // What later sections refer to, by readable keys.
    QHash<QString, Id> decisions;      ///< "mandate", "reorganisation", "council", "extension", "direction"
    QHash<QString, Id> organisations;  ///< ledger code (1100…6100) or "police", "region", "civil", "ucer"
    QHash<QString, QString> organisationCodes; ///< key → ledger code (empty for partners)
    QHash<QString, Id> areas;          ///< area name
    std::vector<Id> phases;            ///< by position
    QHash<QString, Id> interventionIds; ///< project code (7100…7180)
    QHash<QString, Intervention> interventions; ///< project code → the intervention as inserted
    QHash<QString, Id> problems;       ///< short key
    QHash<QString, Id> causes;         ///< short key
    QHash<QString, Id> goals;          ///< short key
    QHash<QString, FundingSource> sources; ///< UTV, BRA, ORD as inserted
    std::vector<Allocation> allocations;   ///< as inserted

private:
    std::array<Id, EntityKindCount> m_next{};
    std::array<ChangeList, EntityKindCount> m_changes;
    QStringList m_missing;
};

/// The funding sources UTV, BRA and ORD.
void addFunding(Builder &b);
/// The allocations of every year with the decisions they rest on, and the forecasts of 2026.
void addAllocations(Builder &b);
/// Problems, causes, goals, their links to interventions, indicators and measurements.
void addLogic(Builder &b);
/// Follow-ups, evaluation recommendations and risks.
void addFollowUp(Builder &b);
/// Illustrative ledger rows for the decided allocations of 2020–2022 and 2024–2025,
/// and for the current year's allocations up to asOf().
std::vector<Transaction> demoTransactions(const Builder &b);
/// Budget edits with reasons, by a fictitious controller, made after the plan is written.
bool addBudgetHistory(PlanDocument &doc, const Builder &b, QString *error);

} // namespace horisont::demo::detail
