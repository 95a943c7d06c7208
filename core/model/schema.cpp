#include "model/schema.h"

#include "model/datebounds.h"

#include <array>
#include <limits>

namespace horisont {
namespace {

template<class M>
constexpr FieldType fieldTypeOf()
{
    if constexpr (std::is_same_v<M, QString>)
        return FieldType::Text;
    else if constexpr (std::is_same_v<M, bool>)
        return FieldType::Boolean;
    else if constexpr (std::is_same_v<M, int>)
        return FieldType::Integer;
    else if constexpr (std::is_same_v<M, double> || std::is_same_v<M, std::optional<double>>)
        return FieldType::Real;
    else if constexpr (std::is_same_v<M, QDate>)
        return FieldType::Date;
    else if constexpr (std::is_same_v<M, Money> || std::is_same_v<M, std::optional<Money>>)
        return FieldType::Money;
    else if constexpr (std::is_enum_v<M>)
        return FieldType::Enum;
    else
        static_assert(sizeof(M) == 0, "no storage form for this field type");
}

template<class M>
constexpr bool nullableOf()
{
    return std::is_same_v<M, QDate> || std::is_same_v<M, std::optional<double>>
           || std::is_same_v<M, std::optional<Money>>;
}

template<class T, class M>
Field<T> anyField(const char *name, M T::*member)
{
    Field<T> f;
    f.meta.name = QString::fromLatin1(name);
    f.meta.type = fieldTypeOf<M>();
    f.meta.nullable = nullableOf<M>();
    if constexpr (std::is_enum_v<M>)
        f.meta.enumCount = enumValueCount(M{});
    f.get = [member](const T &e) { return storage::to(e.*member); };
    f.set = [member](T &e, const QVariant &v) { storage::from(v, e.*member); };
    f.normalise = [](const QVariant &v) { return storage::normalised<M>(v); };
    if constexpr (std::is_same_v<M, QString>)
        f.meta.maxLength = ShortTextMaxLength;
    return f;
}

template<class T, class M>
Field<T> field(const char *name, M T::*member)
{
    static_assert(!std::is_same_v<M, qint64>, "use ref() for references");
    static_assert(!std::is_same_v<M, int>, "use number() with the range of its meaning");
    return anyField(name, member);
}

/// A whole number and the values it can mean, [low, high]: what the file
/// may hold, what an edit may write and what the property panel offers.
template<class T>
Field<T> number(const char *name, int T::*member, qint64 low, qint64 high)
{
    Field<T> f = anyField(name, member);
    f.meta.low = low;
    f.meta.high = high;
    return f;
}

/// A reference or date that every row has: NULL in it is damage.
/// Decided per field from what Horisont's own edits write. Nullable stay:
/// a programme's start and horizon (`horisont new` without --demo sets
/// none), a forecast's source (a forecast for the whole programme), an
/// allocation's organisation (an intervention without an accountable
/// organisation in the allocation grid) and intervention or activity (an
/// organisation-level allocation), every reference cleared when its target
/// is deleted, and the dates of decisions, periods, sources, goals,
/// classifications, follow-ups and risks.
template<class T>
Field<T> required(Field<T> f)
{
    f.meta.nullable = false;
    return f;
}

constexpr qint64 NoLimit = std::numeric_limits<int>::max();
/// How far a count (hours, a priority) may go: what the property panel's spin box offers.
constexpr qint64 CountLimit = 1'000'000;
constexpr qint64 FirstYear = datebounds::FirstYear;
constexpr qint64 LastYear = datebounds::LastYear;

/// A text of paragraphs (a description, findings): the property panel edits
/// it on several lines and an edit may store LongTextMaxLength characters.
template<class T>
Field<T> longText(const char *name, QString T::*member)
{
    Field<T> f = field(name, member);
    f.meta.maxLength = LongTextMaxLength;
    return f;
}

template<class T>
Field<T> ref(const char *name, qint64 T::*member, EntityKind target, OnDelete onDelete)
{
    Field<T> f;
    f.meta.name = QString::fromLatin1(name);
    f.meta.type = FieldType::Reference;
    f.meta.nullable = true;
    f.meta.isReference = true;
    f.meta.references = target;
    f.meta.onDelete = onDelete;
    f.get = [member](const T &e) { return storage::to(e.*member); };
    f.set = [member](T &e, const QVariant &v) { storage::from(v, e.*member); };
    f.normalise = [](const QVariant &v) { return storage::normalised<qint64>(v); };
    return f;
}

using K = EntityKind;
constexpr auto Cascade = OnDelete::Cascade;
constexpr auto Clear = OnDelete::Clear;

} // namespace

#define HORISONT_SCHEMA(Type, table, ...)                                 \
    template<>                                                          \
    const char *tableOf<Type>() { return table; }                       \
    template<>                                                          \
    const std::vector<Field<Type>> &fieldsOf<Type>()                    \
    {                                                                   \
        static const std::vector<Field<Type>> fields{__VA_ARGS__};      \
        return fields;                                                  \
    }

HORISONT_SCHEMA(Programme, "programme",
    field("name", &Programme::name),
    field("commissioning_body", &Programme::commissioningBody),
    field("decision_reference", &Programme::decisionReference),
    field("decision_date", &Programme::decisionDate),
    longText("vision", &Programme::vision),
    field("process_leader", &Programme::processLeader),
    field("start", &Programme::start),
    field("horizon_end", &Programme::horizonEnd),
    field("currency", &Programme::currency),
    number("fiscal_year_start_month", &Programme::fiscalYearStartMonth, 1, 12),
    longText("description", &Programme::description))

HORISONT_SCHEMA(Decision, "decision",
    field("body", &Decision::body),
    field("date", &Decision::date),
    field("reference", &Decision::reference),
    longText("text", &Decision::text))

HORISONT_SCHEMA(Period, "period",
    field("kind", &Period::kind),
    field("name", &Period::name),
    field("start", &Period::start),
    field("end", &Period::end),
    ref("decision_id", &Period::decisionId, K::Decision, Clear))

HORISONT_SCHEMA(Organisation, "organisation",
    field("name", &Organisation::name),
    field("short_name", &Organisation::shortName),
    field("kind", &Organisation::kind),
    field("code", &Organisation::code),
    ref("parent_id", &Organisation::parentId, K::Organisation, Clear))

HORISONT_SCHEMA(Area, "area",
    field("name", &Area::name),
    field("code", &Area::code))

HORISONT_SCHEMA(AreaClassification, "area_classification",
    required(ref("area_id", &AreaClassification::areaId, K::Area, Cascade)),
    field("from_date", &AreaClassification::from),
    field("classification", &AreaClassification::classification),
    field("source", &AreaClassification::source))

HORISONT_SCHEMA(Phase, "phase",
    field("name", &Phase::name),
    required(field("start", &Phase::start)),
    required(field("end", &Phase::end)),
    longText("objectives", &Phase::objectives),
    ref("decision_id", &Phase::decisionId, K::Decision, Clear),
    number("position", &Phase::position, 0, NoLimit))

HORISONT_SCHEMA(Problem, "problem",
    field("name", &Problem::name),
    longText("description", &Problem::description),
    longText("situation_picture", &Problem::situationPicture),
    field("trend", &Problem::trend),
    number("priority", &Problem::priority, 0, CountLimit))

HORISONT_SCHEMA(Cause, "cause",
    ref("problem_id", &Cause::problemId, K::Problem, Cascade),
    ref("parent_cause_id", &Cause::parentCauseId, K::Cause, Cascade),
    field("name", &Cause::name),
    field("perspective", &Cause::perspective),
    longText("description", &Cause::description))

HORISONT_SCHEMA(Goal, "goal",
    ref("parent_goal_id", &Goal::parentGoalId, K::Goal, Cascade),
    ref("problem_id", &Goal::problemId, K::Problem, Clear),
    field("name", &Goal::name),
    field("kind", &Goal::kind),
    field("specific", &Goal::specific),
    field("measurable", &Goal::measurable),
    field("accepted", &Goal::accepted),
    field("realistic", &Goal::realistic),
    field("target_date", &Goal::targetDate))

HORISONT_SCHEMA(Intervention, "intervention",
    required(ref("phase_id", &Intervention::phaseId, K::Phase, Cascade)),
    field("name", &Intervention::name),
    field("code", &Intervention::code),
    field("kind", &Intervention::kind),
    field("horizon", &Intervention::horizon),
    required(field("start", &Intervention::start)),
    required(field("end", &Intervention::end)),
    field("status", &Intervention::status),
    longText("description", &Intervention::description),
    number("position", &Intervention::position, 0, NoLimit))

HORISONT_SCHEMA(Activity, "activity",
    required(ref("intervention_id", &Activity::interventionId, K::Intervention, Cascade)),
    field("name", &Activity::name),
    required(field("start", &Activity::start)),
    required(field("end", &Activity::end)),
    field("milestone", &Activity::milestone),
    field("status", &Activity::status),
    number("position", &Activity::position, 0, NoLimit))

HORISONT_SCHEMA(InterventionArea, "intervention_area",
    required(ref("intervention_id", &InterventionArea::interventionId, K::Intervention, Cascade)),
    required(ref("area_id", &InterventionArea::areaId, K::Area, Cascade)))

HORISONT_SCHEMA(InterventionCause, "intervention_cause",
    required(ref("intervention_id", &InterventionCause::interventionId, K::Intervention, Cascade)),
    required(ref("cause_id", &InterventionCause::causeId, K::Cause, Cascade)),
    longText("rationale", &InterventionCause::rationale))

HORISONT_SCHEMA(InterventionGoal, "intervention_goal",
    required(ref("intervention_id", &InterventionGoal::interventionId, K::Intervention, Cascade)),
    required(ref("goal_id", &InterventionGoal::goalId, K::Goal, Cascade)),
    longText("rationale", &InterventionGoal::rationale))

HORISONT_SCHEMA(Responsibility, "responsibility",
    required(ref("intervention_id", &Responsibility::interventionId, K::Intervention, Cascade)),
    ref("activity_id", &Responsibility::activityId, K::Activity, Cascade),
    required(ref("organisation_id", &Responsibility::organisationId, K::Organisation, Cascade)),
    field("role", &Responsibility::role))

HORISONT_SCHEMA(FundingSource, "funding_source",
    field("name", &FundingSource::name),
    field("code", &FundingSource::code),
    field("ceiling", &FundingSource::ceiling),
    field("valid_from", &FundingSource::validFrom),
    field("valid_until", &FundingSource::validUntil),
    field("grantor", &FundingSource::grantor),
    ref("decision_id", &FundingSource::decisionId, K::Decision, Clear),
    field("earmark", &FundingSource::earmark))

HORISONT_SCHEMA(Allocation, "allocation",
    required(ref("source_id", &Allocation::sourceId, K::FundingSource, Cascade)),
    ref("intervention_id", &Allocation::interventionId, K::Intervention, Cascade),
    ref("activity_id", &Allocation::activityId, K::Activity, Cascade),
    ref("organisation_id", &Allocation::organisationId, K::Organisation, Cascade),
    number("year", &Allocation::year, FirstYear, LastYear),
    field("amount", &Allocation::amount),
    field("status", &Allocation::status),
    ref("decision_id", &Allocation::decisionId, K::Decision, Clear),
    field("note", &Allocation::note))

HORISONT_SCHEMA(Indicator, "indicator",
    required(ref("goal_id", &Indicator::goalId, K::Goal, Cascade)),
    field("name", &Indicator::name),
    longText("definition", &Indicator::definition),
    field("unit", &Indicator::unit),
    field("direction", &Indicator::direction),
    field("source", &Indicator::source),
    field("source_key", &Indicator::sourceKey),
    field("by_area", &Indicator::byArea),
    field("by_sex", &Indicator::bySex),
    field("baseline", &Indicator::baseline),
    number("baseline_year", &Indicator::baselineYear, 0, LastYear) /* 0: none */)

HORISONT_SCHEMA(Measurement, "measurement",
    required(ref("indicator_id", &Measurement::indicatorId, K::Indicator, Cascade)),
    field("kind", &Measurement::kind),
    number("year", &Measurement::year, FirstYear, LastYear),
    number("tertial", &Measurement::tertial, 0, 3),
    ref("area_id", &Measurement::areaId, K::Area, Cascade),
    field("sex", &Measurement::sex),
    field("value", &Measurement::value))

HORISONT_SCHEMA(FollowUp, "follow_up",
    required(ref("intervention_id", &FollowUp::interventionId, K::Intervention, Cascade)),
    field("period_start", &FollowUp::periodStart),
    field("period_end", &FollowUp::periodEnd),
    field("kind", &FollowUp::kind),
    longText("findings", &FollowUp::findings),
    longText("deviations", &FollowUp::deviations),
    number("hours", &FollowUp::hours, 0, CountLimit),
    field("cost", &FollowUp::cost))

HORISONT_SCHEMA(Recommendation, "recommendation",
    longText("text", &Recommendation::text),
    field("source", &Recommendation::source),
    ref("owner_organisation_id", &Recommendation::ownerOrganisationId, K::Organisation, Clear),
    field("due_date", &Recommendation::dueDate),
    field("status", &Recommendation::status))

HORISONT_SCHEMA(Risk, "risk",
    field("name", &Risk::name),
    number("likelihood", &Risk::likelihood, 1, 5),
    number("impact", &Risk::impact, 1, 5),
    longText("mitigation", &Risk::mitigation),
    ref("owner_organisation_id", &Risk::ownerOrganisationId, K::Organisation, Clear),
    field("review_date", &Risk::reviewDate),
    field("status", &Risk::status))

HORISONT_SCHEMA(ProblemArea, "problem_area",
    required(ref("problem_id", &ProblemArea::problemId, K::Problem, Cascade)),
    required(ref("area_id", &ProblemArea::areaId, K::Area, Cascade)))

HORISONT_SCHEMA(Forecast, "forecast",
    ref("source_id", &Forecast::sourceId, K::FundingSource, Cascade),
    ref("intervention_id", &Forecast::interventionId, K::Intervention, Cascade),
    ref("organisation_id", &Forecast::organisationId, K::Organisation, Cascade),
    number("year", &Forecast::year, FirstYear, LastYear),
    field("amount", &Forecast::amount),
    field("note", &Forecast::note))

#undef HORISONT_SCHEMA

std::pair<qint64, qint64> integerRange(const FieldMeta &field)
{
    switch (field.type) {
    case FieldType::Boolean:
        return {0, 1};
    case FieldType::Enum:
        return {0, field.enumCount - 1};
    case FieldType::Integer:
        return {field.low, field.high};
    default:
        return {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
    }
}

int KindInfo::fieldIndex(const QString &name) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].name == name)
            return i;
    }
    return -1;
}

namespace {
std::array<KindInfo, EntityKindCount> buildKindInfos()
{
    std::array<KindInfo, EntityKindCount> infos;
    forEachKind([&]<class T>() {
        KindInfo &info = infos[std::size_t(kindOf<T>)];
        info.kind = kindOf<T>;
        info.table = QString::fromLatin1(tableOf<T>());
        for (const auto &f : fieldsOf<T>())
            info.fields.append(f.meta);
    });
    return infos;
}
} // namespace

const KindInfo &kindInfo(EntityKind kind)
{
    static const auto infos = buildKindInfos();
    return infos[std::size_t(kind)];
}

int kindFromTable(const QString &table)
{
    for (int k = 0; k < EntityKindCount; ++k) {
        if (kindInfo(EntityKind(k)).table == table)
            return k;
    }
    return -1;
}

QVariant normaliseField(EntityKind kind, int field, const QVariant &value)
{
    QVariant result;
    withKind(kind, [&]<class T>() { result = fieldsOf<T>().at(std::size_t(field)).normalise(value); });
    return result;
}

} // namespace horisont
