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
Field<T> anyField(const Column &column, M T::*member)
{
    Field<T> f;
    f.meta.name = column.toString();
    f.meta.label = column.label();
    f.meta.noun = column.noun();
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
Field<T> field(const Column &column, M T::*member)
{
    static_assert(!std::is_same_v<M, qint64>, "use ref() for references");
    static_assert(!std::is_same_v<M, int>, "use number() with the range of its meaning");
    return anyField(column, member);
}

/// A whole number and the values it can mean, [low, high]: what the file
/// may hold, what an edit may write and what the property panel offers.
template<class T>
Field<T> number(const Column &column, int T::*member, qint64 low, qint64 high)
{
    Field<T> f = anyField(column, member);
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

/// A field that this kind labels otherwise than the column's label, e.g. a
/// programme's "start" is the "Programme start". `label` (and `noun`, when
/// the label is no noun, see FieldMeta::noun) are source texts marked with
/// QT_TRANSLATE_NOOP("horisont::Field", …).
template<class T>
Field<T> labelled(Field<T> f, const char *label, const char *noun = nullptr)
{
    f.meta.label = label;
    f.meta.noun = noun ? noun : label;
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
Field<T> longText(const Column &column, QString T::*member)
{
    Field<T> f = field(column, member);
    f.meta.maxLength = LongTextMaxLength;
    return f;
}

template<class T>
Field<T> ref(const Column &column, qint64 T::*member, EntityKind target, OnDelete onDelete)
{
    Field<T> f;
    f.meta.name = column.toString();
    f.meta.label = column.label();
    f.meta.noun = column.noun();
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
    labelled(field(columns::name, &Programme::name), QT_TRANSLATE_NOOP("horisont::Field", "Mandate")),
    field(columns::commissioning_body, &Programme::commissioningBody),
    field(columns::decision_reference, &Programme::decisionReference),
    field(columns::decision_date, &Programme::decisionDate),
    longText(columns::vision, &Programme::vision),
    field(columns::process_leader, &Programme::processLeader),
    labelled(field(columns::start, &Programme::start), QT_TRANSLATE_NOOP("horisont::Field", "Programme start")),
    field(columns::horizon_end, &Programme::horizonEnd),
    field(columns::currency, &Programme::currency),
    number(columns::fiscal_year_start_month, &Programme::fiscalYearStartMonth, 1, 12),
    longText(columns::description, &Programme::description))

HORISONT_SCHEMA(Decision, "decision",
    field(columns::body, &Decision::body),
    field(columns::date, &Decision::date),
    field(columns::reference, &Decision::reference),
    longText(columns::text, &Decision::text))

HORISONT_SCHEMA(Period, "period",
    field(columns::kind, &Period::kind),
    field(columns::name, &Period::name),
    field(columns::start, &Period::start),
    field(columns::end, &Period::end),
    ref(columns::decision_id, &Period::decisionId, K::Decision, Clear))

HORISONT_SCHEMA(Organisation, "organisation",
    field(columns::name, &Organisation::name),
    field(columns::short_name, &Organisation::shortName),
    field(columns::kind, &Organisation::kind),
    labelled(field(columns::code, &Organisation::code), QT_TRANSLATE_NOOP("horisont::Field", "Responsibility code")),
    labelled(ref(columns::parent_id, &Organisation::parentId, K::Organisation, Clear),
             QT_TRANSLATE_NOOP("horisont::Field", "Part of"), QT_TRANSLATE_NOOP("horisont::Field", "Parent organisation")))

HORISONT_SCHEMA(Area, "area",
    field(columns::name, &Area::name),
    field(columns::code, &Area::code))

HORISONT_SCHEMA(AreaClassification, "area_classification",
    required(ref(columns::area_id, &AreaClassification::areaId, K::Area, Cascade)),
    field(columns::from_date, &AreaClassification::from),
    field(columns::classification, &AreaClassification::classification),
    field(columns::source, &AreaClassification::source))

HORISONT_SCHEMA(Phase, "phase",
    field(columns::name, &Phase::name),
    required(field(columns::start, &Phase::start)),
    required(field(columns::end, &Phase::end)),
    longText(columns::objectives, &Phase::objectives),
    ref(columns::decision_id, &Phase::decisionId, K::Decision, Clear),
    number(columns::position, &Phase::position, 0, NoLimit))

HORISONT_SCHEMA(Problem, "problem",
    field(columns::name, &Problem::name),
    longText(columns::description, &Problem::description),
    longText(columns::situation_picture, &Problem::situationPicture),
    field(columns::trend, &Problem::trend),
    number(columns::priority, &Problem::priority, 0, CountLimit))

HORISONT_SCHEMA(Cause, "cause",
    ref(columns::problem_id, &Cause::problemId, K::Problem, Cascade),
    ref(columns::parent_cause_id, &Cause::parentCauseId, K::Cause, Cascade),
    field(columns::name, &Cause::name),
    field(columns::perspective, &Cause::perspective),
    longText(columns::description, &Cause::description))

HORISONT_SCHEMA(Goal, "goal",
    ref(columns::parent_goal_id, &Goal::parentGoalId, K::Goal, Cascade),
    ref(columns::problem_id, &Goal::problemId, K::Problem, Clear),
    field(columns::name, &Goal::name),
    field(columns::kind, &Goal::kind),
    field(columns::specific, &Goal::specific),
    field(columns::measurable, &Goal::measurable),
    field(columns::accepted, &Goal::accepted),
    field(columns::realistic, &Goal::realistic),
    field(columns::target_date, &Goal::targetDate))

HORISONT_SCHEMA(Intervention, "intervention",
    required(ref(columns::phase_id, &Intervention::phaseId, K::Phase, Cascade)),
    field(columns::name, &Intervention::name),
    labelled(field(columns::code, &Intervention::code), QT_TRANSLATE_NOOP("horisont::Field", "Project code")),
    labelled(field(columns::kind, &Intervention::kind), QT_TRANSLATE_NOOP("horisont::Field", "Type of intervention")),
    labelled(field(columns::horizon, &Intervention::horizon), QT_TRANSLATE_NOOP("horisont::Field", "Effect horizon")),
    required(field(columns::start, &Intervention::start)),
    required(field(columns::end, &Intervention::end)),
    field(columns::status, &Intervention::status),
    longText(columns::description, &Intervention::description),
    number(columns::position, &Intervention::position, 0, NoLimit))

HORISONT_SCHEMA(Activity, "activity",
    required(ref(columns::intervention_id, &Activity::interventionId, K::Intervention, Cascade)),
    field(columns::name, &Activity::name),
    required(field(columns::start, &Activity::start)),
    required(field(columns::end, &Activity::end)),
    field(columns::milestone, &Activity::milestone),
    field(columns::status, &Activity::status),
    number(columns::position, &Activity::position, 0, NoLimit),
    longText(columns::description, &Activity::description))

HORISONT_SCHEMA(InterventionArea, "intervention_area",
    required(ref(columns::intervention_id, &InterventionArea::interventionId, K::Intervention, Cascade)),
    required(ref(columns::area_id, &InterventionArea::areaId, K::Area, Cascade)))

HORISONT_SCHEMA(InterventionCause, "intervention_cause",
    required(ref(columns::intervention_id, &InterventionCause::interventionId, K::Intervention, Cascade)),
    required(ref(columns::cause_id, &InterventionCause::causeId, K::Cause, Cascade)),
    longText(columns::rationale, &InterventionCause::rationale))

HORISONT_SCHEMA(InterventionGoal, "intervention_goal",
    required(ref(columns::intervention_id, &InterventionGoal::interventionId, K::Intervention, Cascade)),
    required(ref(columns::goal_id, &InterventionGoal::goalId, K::Goal, Cascade)),
    longText(columns::rationale, &InterventionGoal::rationale))

HORISONT_SCHEMA(Responsibility, "responsibility",
    required(ref(columns::intervention_id, &Responsibility::interventionId, K::Intervention, Cascade)),
    ref(columns::activity_id, &Responsibility::activityId, K::Activity, Cascade),
    required(ref(columns::organisation_id, &Responsibility::organisationId, K::Organisation, Cascade)),
    field(columns::role, &Responsibility::role))

HORISONT_SCHEMA(FundingSource, "funding_source",
    field(columns::name, &FundingSource::name),
    labelled(field(columns::code, &FundingSource::code), QT_TRANSLATE_NOOP("horisont::Field", "Funding code")),
    field(columns::ceiling, &FundingSource::ceiling),
    field(columns::valid_from, &FundingSource::validFrom),
    field(columns::valid_until, &FundingSource::validUntil),
    field(columns::grantor, &FundingSource::grantor),
    ref(columns::decision_id, &FundingSource::decisionId, K::Decision, Clear),
    field(columns::earmark, &FundingSource::earmark))

HORISONT_SCHEMA(Allocation, "allocation",
    required(ref(columns::source_id, &Allocation::sourceId, K::FundingSource, Cascade)),
    ref(columns::intervention_id, &Allocation::interventionId, K::Intervention, Cascade),
    ref(columns::activity_id, &Allocation::activityId, K::Activity, Cascade),
    ref(columns::organisation_id, &Allocation::organisationId, K::Organisation, Cascade),
    number(columns::year, &Allocation::year, FirstYear, LastYear),
    field(columns::amount, &Allocation::amount),
    field(columns::status, &Allocation::status),
    ref(columns::decision_id, &Allocation::decisionId, K::Decision, Clear),
    field(columns::note, &Allocation::note))

HORISONT_SCHEMA(Indicator, "indicator",
    required(ref(columns::goal_id, &Indicator::goalId, K::Goal, Cascade)),
    field(columns::name, &Indicator::name),
    longText(columns::definition, &Indicator::definition),
    field(columns::unit, &Indicator::unit),
    field(columns::direction, &Indicator::direction),
    field(columns::source, &Indicator::source),
    field(columns::source_key, &Indicator::sourceKey),
    field(columns::by_area, &Indicator::byArea),
    field(columns::by_sex, &Indicator::bySex),
    field(columns::baseline, &Indicator::baseline),
    number(columns::baseline_year, &Indicator::baselineYear, 0, LastYear) /* 0: none */)

HORISONT_SCHEMA(Measurement, "measurement",
    required(ref(columns::indicator_id, &Measurement::indicatorId, K::Indicator, Cascade)),
    field(columns::kind, &Measurement::kind),
    number(columns::year, &Measurement::year, FirstYear, LastYear),
    number(columns::tertial, &Measurement::tertial, 0, 3),
    ref(columns::area_id, &Measurement::areaId, K::Area, Cascade),
    field(columns::sex, &Measurement::sex),
    field(columns::value, &Measurement::value))

HORISONT_SCHEMA(FollowUp, "follow_up",
    required(ref(columns::intervention_id, &FollowUp::interventionId, K::Intervention, Cascade)),
    field(columns::period_start, &FollowUp::periodStart),
    field(columns::period_end, &FollowUp::periodEnd),
    field(columns::kind, &FollowUp::kind),
    longText(columns::findings, &FollowUp::findings),
    longText(columns::deviations, &FollowUp::deviations),
    number(columns::hours, &FollowUp::hours, 0, CountLimit),
    field(columns::cost, &FollowUp::cost))

HORISONT_SCHEMA(Recommendation, "recommendation",
    longText(columns::text, &Recommendation::text),
    field(columns::source, &Recommendation::source),
    ref(columns::owner_organisation_id, &Recommendation::ownerOrganisationId, K::Organisation, Clear),
    field(columns::due_date, &Recommendation::dueDate),
    field(columns::status, &Recommendation::status))

HORISONT_SCHEMA(Risk, "risk",
    field(columns::name, &Risk::name),
    number(columns::likelihood, &Risk::likelihood, 1, 5),
    number(columns::impact, &Risk::impact, 1, 5),
    longText(columns::mitigation, &Risk::mitigation),
    ref(columns::owner_organisation_id, &Risk::ownerOrganisationId, K::Organisation, Clear),
    field(columns::review_date, &Risk::reviewDate),
    field(columns::status, &Risk::status))

HORISONT_SCHEMA(ProblemArea, "problem_area",
    required(ref(columns::problem_id, &ProblemArea::problemId, K::Problem, Cascade)),
    required(ref(columns::area_id, &ProblemArea::areaId, K::Area, Cascade)))

HORISONT_SCHEMA(Forecast, "forecast",
    ref(columns::source_id, &Forecast::sourceId, K::FundingSource, Cascade),
    ref(columns::intervention_id, &Forecast::interventionId, K::Intervention, Cascade),
    ref(columns::organisation_id, &Forecast::organisationId, K::Organisation, Cascade),
    number(columns::year, &Forecast::year, FirstYear, LastYear),
    field(columns::amount, &Forecast::amount),
    field(columns::note, &Forecast::note))

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

int fieldIndex(EntityKind kind, const Column &column)
{
    const int index = kindInfo(kind).fieldIndex(column);
    Q_ASSERT_X(index >= 0, "fieldIndex", "the kind has no such column");
    return index;
}

QString fieldLabel(const FieldMeta &field)
{
    return QCoreApplication::translate("horisont::Field", field.label);
}

CommandText fieldNounText(const FieldMeta &field)
{
    return CommandText("horisont::Field", field.noun);
}

QString fieldLabel(EntityKind kind, const QString &column)
{
    const KindInfo &info = kindInfo(kind);
    const int index = info.fieldIndex(column);
    return index < 0 ? column : fieldLabel(info.fields.at(index));
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
