#pragma once

// Finding the demo's entities by their codes and names (header-only,
// for both the GoogleTest and the QtTest suites).
#include "plan/plan.h"

#include <QList>
#include <QString>

namespace horisont::test {

/// The id of the first T whose `member` equals `value`, or NoId.
template<class T, class Member>
Id idWhere(const Plan &plan, Member T::*member, const Member &value)
{
    for (const T &entity : plan.all<T>()) {
        if (entity.*member == value)
            return entity.id;
    }
    return NoId;
}

/// The id of the T (FundingSource, Intervention, Organisation) with this code, or NoId.
template<class T>
Id idWithCode(const Plan &plan, const QString &code)
{
    return idWhere(plan, &T::code, code);
}

/// The id of the T with this name, or NoId.
template<class T>
Id idNamed(const Plan &plan, const QString &name)
{
    return idWhere(plan, &T::name, name);
}

/// The demo's lookups by name, shared by both suites.
inline Id interventionWithCode(const Plan &plan, const QString &code)
{
    return idWithCode<Intervention>(plan, code);
}
inline Id sourceWithCode(const Plan &plan, const QString &code)
{
    return idWithCode<FundingSource>(plan, code);
}
/// The organisation with this short name ("Umeåbrå").
inline Id organisationNamed(const Plan &plan, const QString &shortName)
{
    return idWhere(plan, &Organisation::shortName, shortName);
}

/// The allocations of `source` to `intervention` in budget year `year`.
inline QList<Allocation> allocationsIn(const Plan &plan, Id source, Id intervention, int year)
{
    QList<Allocation> found;
    for (const Allocation &a : plan.all<Allocation>()) {
        if (a.sourceId == source && a.interventionId == intervention && a.year == year)
            found << a;
    }
    return found;
}

} // namespace horisont::test
