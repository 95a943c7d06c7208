#include "labels/labels.h"

#include "model/schema.h"
#include "plan/itemname.h"
#include "plan/plan.h"


namespace horisont {

const char *Labels::kindSource(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Programme: return QT_TR_NOOP("Programme");
    case EntityKind::Decision: return QT_TR_NOOP("Decision");
    case EntityKind::Period: return QT_TR_NOOP("Period");
    case EntityKind::Organisation: return QT_TR_NOOP("Organisation");
    case EntityKind::Area: return QT_TR_NOOP("Area");
    case EntityKind::AreaClassification: return QT_TR_NOOP("Area classification");
    case EntityKind::Phase: return QT_TR_NOOP("Phase");
    case EntityKind::Problem: return QT_TR_NOOP("Problem");
    case EntityKind::Cause: return QT_TR_NOOP("Cause");
    case EntityKind::Goal: return QT_TR_NOOP("Goal");
    case EntityKind::Intervention: return QT_TR_NOOP("Intervention");
    case EntityKind::Activity: return QT_TR_NOOP("Activity");
    case EntityKind::InterventionArea: return QT_TR_NOOP("Targeted area");
    case EntityKind::InterventionCause: return QT_TR_NOOP("Link to cause");
    case EntityKind::InterventionGoal: return QT_TR_NOOP("Link to goal");
    case EntityKind::Responsibility: return QT_TR_NOOP("Responsibility");
    case EntityKind::FundingSource: return QT_TR_NOOP("Funding source");
    case EntityKind::Allocation: return QT_TR_NOOP("Allocation");
    case EntityKind::Indicator: return QT_TR_NOOP("Indicator");
    case EntityKind::Measurement: return QT_TR_NOOP("Measurement");
    case EntityKind::FollowUp: return QT_TR_NOOP("Follow-up");
    case EntityKind::Recommendation: return QT_TR_NOOP("Recommendation");
    case EntityKind::Risk: return QT_TR_NOOP("Risk");
    case EntityKind::ProblemArea: return QT_TR_NOOP("Problem area");
    case EntityKind::Forecast: return QT_TR_NOOP("Forecast");
    }
    return "";
}

QString Labels::kind(EntityKind kind)
{
    return tr(kindSource(kind));
}

CommandText Labels::kindText(EntityKind kind)
{
    return {"horisont::Labels", kindSource(kind)};
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
    return fieldLabel(kind, field);
}

QString Labels::entityName(const Plan &plan, EntityKind kind, Id id)
{
    if (id == NoId)
        return {};
    const std::optional<Record> record = plan.record(kind, id);
    if (!record)
        return tr("%1 #%2 (deleted)").arg(Labels::kind(kind)).arg(id);
    if (const QString name = recordName(plan, *record); !name.isEmpty())
        return name;
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
    const auto is = [&](EntityKind k, const Column &f) { return kind == k && field == f; };
    if (field == columns::status) {
        if (kind == EntityKind::Allocation)
            return {tr("Planned"), tr("Decided")};
        if (kind == EntityKind::Recommendation || kind == EntityKind::Risk)
            return {tr("Open"), tr("In progress"), tr("Done"), tr("Rejected")};
        return {status(WorkStatus::Planned), status(WorkStatus::Ongoing), status(WorkStatus::Done),
                status(WorkStatus::Paused), status(WorkStatus::Cancelled)};
    }
    if (is(EntityKind::Period, columns::kind))
        return {periodKind(PeriodKind::TermOfOffice), periodKind(PeriodKind::DirectionPeriod),
                periodKind(PeriodKind::BudgetYear), periodKind(PeriodKind::Tertial)};
    if (is(EntityKind::Organisation, columns::kind))
        return {organisationKind(OrganisationKind::Department), organisationKind(OrganisationKind::MunicipalCompany),
                organisationKind(OrganisationKind::ExternalPartner)};
    if (is(EntityKind::AreaClassification, columns::classification))
        return {classification(Classification::None), classification(Classification::Vulnerable),
                classification(Classification::Risk), classification(Classification::EspeciallyVulnerable)};
    if (is(EntityKind::Intervention, columns::kind))
        return {tr("Social"), tr("Situational")};
    if (is(EntityKind::Intervention, columns::horizon))
        return {tr("Short-term effect"), tr("Long-term effect")};
    if (is(EntityKind::Responsibility, columns::role))
        return {raci(RaciRole::Responsible), raci(RaciRole::Accountable), raci(RaciRole::Consulted),
                raci(RaciRole::Informed)};
    if (is(EntityKind::Cause, columns::perspective))
        return {tr("Victim"), tr("Offender"), tr("Place")};
    if (is(EntityKind::Goal, columns::kind))
        return {tr("Effect goal"), tr("Process goal"), tr("Output goal")};
    if (is(EntityKind::Indicator, columns::direction))
        return {tr("Increase"), tr("Decrease"), tr("Maintain")};
    if (is(EntityKind::Measurement, columns::kind))
        return {tr("Measured"), tr("Target")};
    if (is(EntityKind::Measurement, columns::sex))
        return {tr("All"), tr("Women and girls"), tr("Men and boys")};
    if (is(EntityKind::FollowUp, columns::kind))
        return {tr("Output"), tr("Process"), tr("Effect")};
    return {};
}

QString Labels::quoted(const QString &name)
{
    return tr("\u201C%1\u201D", "a name quoted in running text").arg(name);
}

} // namespace horisont
