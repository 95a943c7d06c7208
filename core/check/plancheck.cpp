#include "check/plancheck.h"

#include "check/budgetcheck.h"
#include "check/gapcheck.h"

#include "model/halfopen.h"
#include "plan/plan.h"
#include "store/storedvalue.h"
#include "labels/labels.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanCheck)
};

QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// The last day of a half-open period ending (exclusively) at `end`: what a
/// message names as its end, as Properties shows it — never the stored end.
QString last(const QDate &end)
{
    return date(lastDayBefore(end));
}

Finding finding(Finding::Severity severity, const char *code, const QString &message, EntityKind kind, Id id)
{
    return Finding{severity, QString::fromLatin1(code), message, kind, id};
}

constexpr auto Error = Finding::Severity::Error;
constexpr auto Warning = Finding::Severity::Warning;

// [start, end) inside [outerStart, outerEnd); an invalid outer bound does not constrain.
bool within(const QDate &start, const QDate &end, const QDate &outerStart, const QDate &outerEnd)
{
    return (!outerStart.isValid() || start >= outerStart) && (!outerEnd.isValid() || end <= outerEnd);
}

void checkDates(const Plan &plan, Findings &out)
{
    const Programme &p = plan.programme();
    if (p.start.isValid() && p.horizonEnd.isValid() && p.horizonEnd <= p.start)
        out << finding(Error, "programme-dates",
                       Tr::tr("The programme %1 ends (%2) before it starts (%3).").arg(Labels::quoted(p.name), last(p.horizonEnd), date(p.start)),
                       EntityKind::Programme, p.id);
    for (const Phase &ph : plan.all<Phase>()) {
        if (ph.end < ph.start)
            out << finding(Error, "phase-dates", Tr::tr("Phase %1 ends before it starts.").arg(Labels::quoted(ph.name)),
                           EntityKind::Phase, ph.id);
        else if (!within(ph.start, ph.end, p.start, p.horizonEnd))
            out << finding(Warning, "phase-outside-horizon",
                           Tr::tr("Phase %1 (%2 – %3) lies outside the programme horizon.").arg(Labels::quoted(ph.name), date(ph.start), last(ph.end)),
                           EntityKind::Phase, ph.id);
    }
    for (const Intervention &i : plan.all<Intervention>()) {
        const Phase *phase = plan.find<Phase>(i.phaseId);
        if (i.end < i.start)
            out << finding(Error, "intervention-dates", Tr::tr("Intervention %1 ends before it starts.").arg(Labels::quoted(i.name)),
                           EntityKind::Intervention, i.id);
        else if (phase && !within(i.start, i.end, phase->start, phase->end))
            out << finding(Warning, "intervention-outside-phase",
                           Tr::tr("Intervention %1 (%2 – %3) lies outside its phase %4.")
                               .arg(Labels::quoted(i.name), date(i.start), last(i.end), Labels::quoted(phase->name)),
                           EntityKind::Intervention, i.id);
    }
    for (const Activity &a : plan.all<Activity>()) {
        const Intervention *i = plan.find<Intervention>(a.interventionId);
        const Phase *phase = i ? plan.find<Phase>(i->phaseId) : nullptr;
        if (a.end < a.start) {
            out << finding(Error, "activity-dates", Tr::tr("Activity %1 ends before it starts.").arg(Labels::quoted(a.name)),
                           EntityKind::Activity, a.id);
        } else if (!within(a.start, a.end, p.start, p.horizonEnd)) {
            out << finding(Warning, "activity-outside-horizon",
                           Tr::tr("Activity %1 (%2 – %3) lies outside the programme horizon.").arg(Labels::quoted(a.name), date(a.start), date(lastDayOf(a.start, a.end, a.milestone))),
                           EntityKind::Activity, a.id);
        } else if (phase && !within(a.start, a.end, phase->start, phase->end)) {
            out << finding(Warning, "activity-outside-phase",
                           Tr::tr("Activity %1 (%2 – %3) lies outside its phase %4.")
                               .arg(Labels::quoted(a.name), date(a.start), date(lastDayOf(a.start, a.end, a.milestone)),
                                    Labels::quoted(phase->name)),
                           EntityKind::Activity, a.id);
        }
        // The stored end is the first day after the intervention: a milestone on it is already after.
        if (a.milestone && i && i->end.isValid() && a.start >= i->end)
            out << finding(Warning, "milestone-after-intervention",
                           Tr::tr("Milestone %1 (%2) comes after its intervention %3 ends (%4).")
                               .arg(Labels::quoted(a.name), date(a.start), Labels::quoted(i->name), last(i->end)),
                           EntityKind::Activity, a.id);
    }
}

void checkPhaseSequence(const Plan &plan, Findings &out)
{
    std::vector<const Phase *> phases;
    for (const Phase &ph : plan.all<Phase>()) {
        if (ph.start.isValid() && ph.end.isValid() && ph.start <= ph.end)
            phases.push_back(&ph);
    }
    std::sort(phases.begin(), phases.end(), [](const Phase *a, const Phase *b) {
        return a->start < b->start || (a->start == b->start && a->id < b->id);
    });
    const Programme &p = plan.programme();
    if (!phases.empty() && p.start.isValid() && phases.front()->start > p.start)
        out << finding(Warning, "phase-gap",
                       Tr::tr("No phase covers %1 – %2 at the start of the programme.").arg(date(p.start), last(phases.front()->start)),
                       EntityKind::Phase, phases.front()->id);
    for (std::size_t k = 1; k < phases.size(); ++k) {
        const Phase *prev = phases[k - 1];
        const Phase *next = phases[k];
        if (next->start < prev->end)
            out << finding(Warning, "phase-overlap",
                           Tr::tr("Phases %1 and %2 overlap (%3 – %4).")
                               .arg(Labels::quoted(prev->name), Labels::quoted(next->name), date(next->start), last(std::min(prev->end, next->end))),
                           EntityKind::Phase, next->id);
        else if (next->start > prev->end)
            out << finding(Warning, "phase-gap",
                           Tr::tr("No phase covers %1 – %2, between %3 and %4.")
                               .arg(date(prev->end), last(next->start), Labels::quoted(prev->name),
                                    Labels::quoted(next->name)),
                           EntityKind::Phase, next->id);
    }
    if (!phases.empty() && p.horizonEnd.isValid() && phases.back()->end < p.horizonEnd)
        out << finding(Warning, "phase-gap",
                       Tr::tr("No phase covers %1 – %2 at the end of the programme.").arg(date(phases.back()->end), last(p.horizonEnd)),
                       EntityKind::Phase, phases.back()->id);
}

void checkAccountable(const Plan &plan, Findings &out)
{
    QHash<Id, int> accountable;
    for (const Responsibility &r : plan.all<Responsibility>()) {
        if (r.role == RaciRole::Accountable && r.activityId == NoId)
            ++accountable[r.interventionId];
    }
    for (const Intervention &i : plan.all<Intervention>()) {
        const int n = accountable.value(i.id);
        if (n == 0)
            out << finding(Error, "accountable-missing",
                           Tr::tr("Intervention %1 has no accountable organisation.").arg(Labels::quoted(i.name)),
                           EntityKind::Intervention, i.id);
        else if (n > 1)
            out << finding(Error, "accountable-several",
                           Tr::tr("Intervention %1 has %2 accountable organisations; it must have exactly one.").arg(Labels::quoted(i.name)).arg(n),
                           EntityKind::Intervention, i.id);
    }
}

template<class T>
void checkDuplicateCodes(const Plan &plan, EntityKind kind, const char *code, const char *message, Findings &out)
{
    QHash<QString, const T *> seen;
    for (const T &e : plan.all<T>()) {
        if (e.code.isEmpty())
            continue;
        if (const T *first = seen.value(e.code))
            out << finding(Error, code, Tr::tr(message).arg(e.code, Labels::quoted(first->name), Labels::quoted(e.name)), kind, e.id);
        else
            seen.insert(e.code, &e);
    }
}

} // namespace

// A file an earlier Horisont wrote may hold no value where one is required
// (see isMissingRequiredValue); the row opens and is named here.
void checkRequiredValues(const Plan &plan, Findings &out)
{
    forEachKind([&]<class T>() {
        for (const auto &field : fieldsOf<T>()) {
            if (field.meta.nullable || !(field.meta.isReference || field.meta.type == FieldType::Date))
                continue;
            for (const T &entity : plan.all<T>()) {
                if (isMissingRequiredValue(field.meta, field.get(entity)))
                    out << finding(Error, "value-missing",
                                   Tr::tr("%1 %2 has no %3, which it must have: choose one in Properties.")
                                       .arg(kindInfo(kindOf<T>).table)
                                       .arg(entity.id)
                                       .arg(field.meta.name),
                                   kindOf<T>, entity.id);
            }
        }
    });
}

Findings checkPlan(const Plan &plan, const CheckContext &context)
{
    Findings out;
    checkRequiredValues(plan, out);
    checkDates(plan, out);
    checkPhaseSequence(plan, out);
    checkAccountable(plan, out);
    checkDuplicateCodes<Organisation>(plan, EntityKind::Organisation, "organisation-code-duplicate",
                                      QT_TRANSLATE_NOOP("horisont::PlanCheck",
                                                        "Code %1 is used by both %2 and %3."),
                                      out);
    checkDuplicateCodes<Intervention>(plan, EntityKind::Intervention, "intervention-code-duplicate",
                                      QT_TRANSLATE_NOOP("horisont::PlanCheck",
                                                        "Project code %1 is used by both %2 and %3."),
                                      out);
    checkDuplicateCodes<FundingSource>(plan, EntityKind::FundingSource, "source-code-duplicate",
                                       QT_TRANSLATE_NOOP("horisont::PlanCheck",
                                                         "Funding code %1 is used by both %2 and %3."),
                                       out);
    checkBudget(plan, context, out);
    out << checkGaps(plan, context.asOf);
    return out;
}

} // namespace horisont
