#pragma once

#include "model/followup.h"
#include "model/funding.h"
#include "model/governance.h"
#include "model/logic.h"
#include "model/organisation.h"
#include "model/structure.h"

#include <tuple>
#include <utility>

namespace horisont {

/// Every entity type, in the order of EntityKind.
using EntityTypes = std::tuple<Programme, Decision, Period, Organisation, Area, AreaClassification,
                               Phase, Problem, Cause, Goal, Intervention, Activity,
                               InterventionArea, InterventionCause, InterventionGoal,
                               Responsibility, FundingSource, Allocation, Indicator, Measurement,
                               FollowUp, Recommendation, Risk, ProblemArea, Forecast>;
static_assert(std::tuple_size_v<EntityTypes> == EntityKindCount);

template<EntityKind K>
using EntityType = std::tuple_element_t<std::size_t(K), EntityTypes>;

namespace detail {
template<class T, std::size_t I = 0>
constexpr EntityKind kindOfImpl()
{
    if constexpr (std::is_same_v<T, std::tuple_element_t<I, EntityTypes>>)
        return EntityKind(I);
    else
        return kindOfImpl<T, I + 1>();
}
} // namespace detail

template<class T>
constexpr EntityKind kindOf = detail::kindOfImpl<T>();

/// Calls f.template operator()<T>() for the entity type T of kind k.
template<class F>
void withKind(EntityKind k, F &&f)
{
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (void)((std::size_t(k) == I
                    ? (f.template operator()<std::tuple_element_t<I, EntityTypes>>(), true)
                    : false)
               || ...);
    }(std::make_index_sequence<EntityKindCount>{});
}

/// Calls f.template operator()<T>() for every entity type, in EntityKind order.
template<class F>
void forEachKind(F &&f)
{
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (f.template operator()<std::tuple_element_t<I, EntityTypes>>(), ...);
    }(std::make_index_sequence<EntityKindCount>{});
}

} // namespace horisont
