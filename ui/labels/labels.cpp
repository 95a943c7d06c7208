#include "labels/labels.h"

#include "budget/audittrail.h"
#include "model/schema.h"
#include "plan/plan.h"

#include <QHash>

namespace horisont {

QString Labels::kind(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Programme: return tr("Programme");
    case EntityKind::Decision: return tr("Decision");
    case EntityKind::Period: return tr("Period");
    case EntityKind::Organisation: return tr("Organisation");
    case EntityKind::Area: return tr("Area");
    case EntityKind::AreaClassification: return tr("Area classification");
    case EntityKind::Phase: return tr("Phase");
    case EntityKind::Problem: return tr("Problem");
    case EntityKind::Cause: return tr("Cause");
    case EntityKind::Goal: return tr("Goal");
    case EntityKind::Intervention: return tr("Intervention");
    case EntityKind::Activity: return tr("Activity");
    case EntityKind::InterventionArea: return tr("Targeted area");
    case EntityKind::InterventionCause: return tr("Link to cause");
    case EntityKind::InterventionGoal: return tr("Link to goal");
    case EntityKind::Responsibility: return tr("Responsibility");
    case EntityKind::FundingSource: return tr("Funding source");
    case EntityKind::Allocation: return tr("Allocation");
    case EntityKind::Indicator: return tr("Indicator");
    case EntityKind::Measurement: return tr("Measurement");
    case EntityKind::FollowUp: return tr("Follow-up");
    case EntityKind::Recommendation: return tr("Recommendation");
    case EntityKind::Risk: return tr("Risk");
    case EntityKind::ProblemArea: return tr("Problem area");
    case EntityKind::Forecast: return tr("Forecast");
    }
    return {};
}

QString Labels::kindPlural(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Programme: return tr("Programmes");
    case EntityKind::Decision: return tr("Decisions");
    case EntityKind::Period: return tr("Periods");
    case EntityKind::Organisation: return tr("Organisations");
    case EntityKind::Area: return tr("Areas");
    case EntityKind::AreaClassification: return tr("Area classifications");
    case EntityKind::Phase: return tr("Phases");
    case EntityKind::Problem: return tr("Problems");
    case EntityKind::Cause: return tr("Causes");
    case EntityKind::Goal: return tr("Goals");
    case EntityKind::Intervention: return tr("Interventions");
    case EntityKind::Activity: return tr("Activities");
    case EntityKind::InterventionArea: return tr("Targeted areas");
    case EntityKind::InterventionCause: return tr("Links to causes");
    case EntityKind::InterventionGoal: return tr("Links to goals");
    case EntityKind::Responsibility: return tr("Responsibilities");
    case EntityKind::FundingSource: return tr("Funding sources");
    case EntityKind::Allocation: return tr("Allocations");
    case EntityKind::Indicator: return tr("Indicators");
    case EntityKind::Measurement: return tr("Measurements");
    case EntityKind::FollowUp: return tr("Follow-ups");
    case EntityKind::Recommendation: return tr("Recommendations");
    case EntityKind::Risk: return tr("Risks");
    case EntityKind::ProblemArea: return tr("Problem areas");
    case EntityKind::Forecast: return tr("Forecasts");
    }
    return {};
}

QString Labels::field(EntityKind kind, const QString &field)
{
    // Kind-specific names first, then names shared by many kinds.
    if (kind == EntityKind::Programme && field == QLatin1String("start"))
        return tr("Programme start");
    if (kind == EntityKind::Programme && field == QLatin1String("name"))
        return tr("Mandate");
    if (kind == EntityKind::Intervention && field == QLatin1String("code"))
        return tr("Project code");
    if (kind == EntityKind::Organisation && field == QLatin1String("code"))
        return tr("Responsibility code");
    if (kind == EntityKind::FundingSource && field == QLatin1String("code"))
        return tr("Funding code");
    if (kind == EntityKind::Organisation && field == QLatin1String("parent_id"))
        return tr("Part of");
    if (kind == EntityKind::Intervention && field == QLatin1String("kind"))
        return tr("Type of intervention");
    if (kind == EntityKind::Intervention && field == QLatin1String("horizon"))
        return tr("Effect horizon");

    static const QHash<QString, const char *> shared{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("commissioning_body"), QT_TR_NOOP("Commissioned by")},
        {QStringLiteral("decision_reference"), QT_TR_NOOP("Decision reference")},
        {QStringLiteral("decision_date"), QT_TR_NOOP("Decision date")},
        {QStringLiteral("vision"), QT_TR_NOOP("Vision and goal")},
        {QStringLiteral("process_leader"), QT_TR_NOOP("Process leader")},
        {QStringLiteral("start"), QT_TR_NOOP("Start")},
        {QStringLiteral("end"), QT_TR_NOOP("End")},
        {QStringLiteral("horizon_end"), QT_TR_NOOP("Horizon end")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("fiscal_year_start_month"), QT_TR_NOOP("Fiscal year starts in month")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("body"), QT_TR_NOOP("Decided by")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("reference"), QT_TR_NOOP("Reference")},
        {QStringLiteral("text"), QT_TR_NOOP("Text")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("decision_id"), QT_TR_NOOP("Decision")},
        {QStringLiteral("short_name"), QT_TR_NOOP("Short name")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("area_id"), QT_TR_NOOP("Area")},
        {QStringLiteral("from_date"), QT_TR_NOOP("From")},
        {QStringLiteral("classification"), QT_TR_NOOP("Classification")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("objectives"), QT_TR_NOOP("Objectives")},
        {QStringLiteral("position"), QT_TR_NOOP("Order")},
        {QStringLiteral("situation_picture"), QT_TR_NOOP("Situation picture")},
        {QStringLiteral("trend"), QT_TR_NOOP("Trend")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("problem_id"), QT_TR_NOOP("Problem")},
        {QStringLiteral("parent_cause_id"), QT_TR_NOOP("Part of cause")},
        {QStringLiteral("perspective"), QT_TR_NOOP("Perspective")},
        {QStringLiteral("parent_goal_id"), QT_TR_NOOP("Part of goal")},
        {QStringLiteral("specific"), QT_TR_NOOP("Specific")},
        {QStringLiteral("measurable"), QT_TR_NOOP("Measurable")},
        {QStringLiteral("accepted"), QT_TR_NOOP("Accepted")},
        {QStringLiteral("realistic"), QT_TR_NOOP("Realistic")},
        {QStringLiteral("target_date"), QT_TR_NOOP("Target date")},
        {QStringLiteral("phase_id"), QT_TR_NOOP("Phase")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("intervention_id"), QT_TR_NOOP("Intervention")},
        {QStringLiteral("milestone"), QT_TR_NOOP("Milestone")},
        {QStringLiteral("cause_id"), QT_TR_NOOP("Cause")},
        {QStringLiteral("goal_id"), QT_TR_NOOP("Goal")},
        {QStringLiteral("rationale"), QT_TR_NOOP("Rationale")},
        {QStringLiteral("activity_id"), QT_TR_NOOP("Activity")},
        {QStringLiteral("organisation_id"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("ceiling"), QT_TR_NOOP("Ceiling")},
        {QStringLiteral("valid_from"), QT_TR_NOOP("Valid from")},
        {QStringLiteral("valid_until"), QT_TR_NOOP("Valid until")},
        {QStringLiteral("grantor"), QT_TR_NOOP("Grantor")},
        {QStringLiteral("earmark"), QT_TR_NOOP("Earmark")},
        {QStringLiteral("source_id"), QT_TR_NOOP("Funding source")},
        {QStringLiteral("year"), QT_TR_NOOP("Year")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("definition"), QT_TR_NOOP("Definition")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("direction"), QT_TR_NOOP("Desired direction")},
        {QStringLiteral("source_key"), QT_TR_NOOP("Key figure id")},
        {QStringLiteral("by_area"), QT_TR_NOOP("By area")},
        {QStringLiteral("by_sex"), QT_TR_NOOP("By sex")},
        {QStringLiteral("baseline"), QT_TR_NOOP("Baseline")},
        {QStringLiteral("baseline_year"), QT_TR_NOOP("Baseline year")},
        {QStringLiteral("indicator_id"), QT_TR_NOOP("Indicator")},
        {QStringLiteral("tertial"), QT_TR_NOOP("Tertial")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("period_start"), QT_TR_NOOP("Period start")},
        {QStringLiteral("period_end"), QT_TR_NOOP("Period end")},
        {QStringLiteral("findings"), QT_TR_NOOP("Findings")},
        {QStringLiteral("deviations"), QT_TR_NOOP("Deviations and why")},
        {QStringLiteral("hours"), QT_TR_NOOP("Hours")},
        {QStringLiteral("cost"), QT_TR_NOOP("Cost")},
        {QStringLiteral("owner_organisation_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Due date")},
        {QStringLiteral("likelihood"), QT_TR_NOOP("Likelihood (1–5)")},
        {QStringLiteral("impact"), QT_TR_NOOP("Impact (1–5)")},
        {QStringLiteral("mitigation"), QT_TR_NOOP("Mitigation")},
        {QStringLiteral("review_date"), QT_TR_NOOP("Review date")},
        {QStringLiteral("horizon"), QT_TR_NOOP("Horizon")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Parent")},
    };
    const char *text = shared.value(field);
    return text ? tr(text) : field;
}

QString Labels::entityName(const Plan &plan, EntityKind kind, Id id)
{
    if (id == NoId)
        return {};
    const std::optional<Record> record = plan.record(kind, id);
    if (!record)
        return tr("%1 #%2 (deleted)").arg(Labels::kind(kind)).arg(id);
    if (kind == EntityKind::Allocation || kind == EntityKind::Forecast) {
        // No name of their own: their source, year, intervention and organisation.
        const QString described = budgetItemName(plan, *record);
        if (!described.isEmpty())
            return described;
    }
    if (kind == EntityKind::Decision) {
        // Decisions are cited by reference and date, as in the minutes.
        const Decision *d = plan.find<Decision>(id);
        if (!d->reference.isEmpty())
            return QStringLiteral("%1 (%2)").arg(d->reference, d->date.toString(Qt::ISODate));
    }
    const KindInfo &info = kindInfo(kind);
    for (const char *candidate : {"name", "text", "reference"}) {
        const int f = info.fieldIndex(QString::fromLatin1(candidate));
        if (f >= 0 && !record->values.at(f).toString().isEmpty())
            return record->values.at(f).toString();
    }
    return tr("%1 #%2").arg(Labels::kind(kind)).arg(id);
}

QString Labels::raciLetter(RaciRole role)
{
    switch (role) {
    case RaciRole::Responsible: return QStringLiteral("R");
    case RaciRole::Accountable: return QStringLiteral("A");
    case RaciRole::Consulted: return QStringLiteral("C");
    case RaciRole::Informed: return QStringLiteral("I");
    }
    return QStringLiteral("?");
}

QString Labels::raci(RaciRole role)
{
    switch (role) {
    case RaciRole::Responsible: return tr("Responsible");
    case RaciRole::Accountable: return tr("Accountable");
    case RaciRole::Consulted: return tr("Consulted");
    case RaciRole::Informed: return tr("Informed");
    }
    return unknownValue(int(role));
}

QString Labels::status(WorkStatus status)
{
    switch (status) {
    case WorkStatus::Planned: return tr("Planned");
    case WorkStatus::Ongoing: return tr("Ongoing");
    case WorkStatus::Done: return tr("Done");
    case WorkStatus::Paused: return tr("Paused");
    case WorkStatus::Cancelled: return tr("Cancelled");
    }
    return unknownValue(int(status));
}

QString Labels::organisationKind(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Department: return tr("Department");
    case OrganisationKind::MunicipalCompany: return tr("Municipal company");
    case OrganisationKind::ExternalPartner: return tr("External partner");
    }
    return unknownValue(int(kind));
}

QString Labels::classification(Classification classification)
{
    switch (classification) {
    case Classification::None: return tr("Not classified");
    case Classification::Vulnerable: return tr("Vulnerable area");
    case Classification::Risk: return tr("Risk area");
    case Classification::EspeciallyVulnerable: return tr("Especially vulnerable area");
    }
    return unknownValue(int(classification));
}

QString Labels::periodKind(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::TermOfOffice: return tr("Term of office");
    case PeriodKind::DirectionPeriod: return tr("Direction period");
    case PeriodKind::BudgetYear: return tr("Budget year");
    case PeriodKind::Tertial: return tr("Tertial");
    }
    return unknownValue(int(kind));
}

QString Labels::unknownValue(int value)
{
    return tr("unknown (%1)").arg(value);
}

QString Labels::enumValue(EntityKind kind, const QString &field, int value)
{
    const QStringList values = enumValues(kind, field);
    return value >= 0 && value < values.size() ? values.at(value) : unknownValue(value);
}

QStringList Labels::enumValues(EntityKind kind, const QString &field)
{
    const auto is = [&](EntityKind k, const char *f) { return kind == k && field == QLatin1String(f); };
    if (field == QLatin1String("status")) {
        if (kind == EntityKind::Allocation)
            return {tr("Planned"), tr("Decided")};
        if (kind == EntityKind::Recommendation || kind == EntityKind::Risk)
            return {tr("Open"), tr("In progress"), tr("Done"), tr("Rejected")};
        return {status(WorkStatus::Planned), status(WorkStatus::Ongoing), status(WorkStatus::Done),
                status(WorkStatus::Paused), status(WorkStatus::Cancelled)};
    }
    if (is(EntityKind::Period, "kind"))
        return {periodKind(PeriodKind::TermOfOffice), periodKind(PeriodKind::DirectionPeriod),
                periodKind(PeriodKind::BudgetYear), periodKind(PeriodKind::Tertial)};
    if (is(EntityKind::Organisation, "kind"))
        return {organisationKind(OrganisationKind::Department), organisationKind(OrganisationKind::MunicipalCompany),
                organisationKind(OrganisationKind::ExternalPartner)};
    if (is(EntityKind::AreaClassification, "classification"))
        return {classification(Classification::None), classification(Classification::Vulnerable),
                classification(Classification::Risk), classification(Classification::EspeciallyVulnerable)};
    if (is(EntityKind::Intervention, "kind"))
        return {tr("Social"), tr("Situational")};
    if (is(EntityKind::Intervention, "horizon"))
        return {tr("Short-term effect"), tr("Long-term effect")};
    if (is(EntityKind::Responsibility, "role"))
        return {raci(RaciRole::Responsible), raci(RaciRole::Accountable), raci(RaciRole::Consulted),
                raci(RaciRole::Informed)};
    if (is(EntityKind::Cause, "perspective"))
        return {tr("Victim"), tr("Offender"), tr("Place")};
    if (is(EntityKind::Goal, "kind"))
        return {tr("Effect goal"), tr("Process goal"), tr("Output goal")};
    if (is(EntityKind::Indicator, "direction"))
        return {tr("Increase"), tr("Decrease"), tr("Maintain")};
    if (is(EntityKind::Measurement, "kind"))
        return {tr("Measured"), tr("Target")};
    if (is(EntityKind::Measurement, "sex"))
        return {tr("All"), tr("Women and girls"), tr("Men and boys")};
    if (is(EntityKind::FollowUp, "kind"))
        return {tr("Output"), tr("Process"), tr("Effect")};
    return {};
}

} // namespace horisont
