// The domain edits of randomEdit: each builds its command through the same
// core function the view that offers it calls.
#include "randomedits.h"

#include "budget/spread.h"
#include "edit/allocationcommands.h"
#include "edit/levelcommands.h"
#include "edit/responsibilitycommands.h"
#include "edit/structurecommands.h"

#include <algorithm>

namespace horisont::test {
namespace {

/// A random entity of kind T, or nullptr when the plan has none.
template<class T>
const T *any(const Plan &plan, std::mt19937 &random)
{
    const auto &all = plan.all<T>();
    return all.empty() ? nullptr : &all.items()[random() % all.size()];
}

/// The ids of a random handful (one to three) of T.
template<class T>
QList<Id> some(const Plan &plan, std::mt19937 &random)
{
    QList<Id> ids;
    for (unsigned n = 1 + random() % 3; n > 0; --n) {
        if (const T *e = any<T>(plan, random); e && !ids.contains(e->id))
            ids << e->id;
    }
    return ids;
}

QUndoCommand *paste(PlanDocument &doc, std::mt19937 &random)
{
    const Plan &plan = doc.plan();
    switch (random() % 3) {
    case 0:
        return structure::paste(doc, EntityKind::Phase, some<Phase>(plan, random), NoId);
    case 1: {
        const Phase *target = any<Phase>(plan, random);
        return target ? structure::paste(doc, EntityKind::Intervention, some<Intervention>(plan, random), target->id)
                      : nullptr;
    }
    default: {
        const Intervention *target = any<Intervention>(plan, random);
        return target ? structure::paste(doc, EntityKind::Activity, some<Activity>(plan, random), target->id) : nullptr;
    }
    }
}

/// Shuffles the interventions of a phase, with one from another phase
/// dropped among them, as a drag and drop does; or moves an activity a step.
QUndoCommand *arrange(PlanDocument &doc, std::mt19937 &random)
{
    const Plan &plan = doc.plan();
    if (random() % 2) {
        const Activity *a = any<Activity>(plan, random);
        return a ? structure::move(doc, EntityKind::Activity, a->id, random() % 2 ? 1 : -1) : nullptr;
    }
    const Phase *phase = any<Phase>(plan, random);
    const Intervention *dropped = any<Intervention>(plan, random);
    if (!phase || !dropped)
        return nullptr;
    QList<Id> order;
    for (const Intervention &in : plan.all<Intervention>()) {
        if (in.phaseId == phase->id && in.id != dropped->id)
            order << in.id;
    }
    order.insert(qsizetype(random() % unsigned(order.size() + 1)), dropped->id);
    std::shuffle(order.begin(), order.end(), random);
    return structure::arrange(doc, EntityKind::Intervention, phase->id, order, CommandText::verbatim(QStringLiteral("Move")));
}

/// An amount spread over one to four years of an intervention's cells on
/// a source, evenly or by weights, as the spread dialog does.
QUndoCommand *spread(PlanDocument &doc, std::mt19937 &random)
{
    const Plan &plan = doc.plan();
    const Intervention *in = any<Intervention>(plan, random);
    const FundingSource *source = any<FundingSource>(plan, random);
    if (!in || !source)
        return nullptr;
    const int first = in->start.year() + int(random() % 3);
    QList<allocations::Cell> cells;
    std::vector<qint64> weights;
    for (int year = first, n = 1 + int(random() % 4); n > 0; ++year, --n) {
        cells << allocations::findCell(plan, source->id, in->id, NoId, year);
        weights.push_back(qint64(random() % 4));
    }
    const Money amount = Money::fromOre(qint64(random() % 500'000'000));
    const SpreadResult parts = random() % 2 ? spreadByWeights(amount, weights) : spreadEvenly(amount, int(cells.size()));
    QString error;
    return parts.ok() ? allocations::setCells(doc, cells, parts.parts, QStringLiteral("spread"), &error) : nullptr;
}

QUndoCommand *markDecided(PlanDocument &doc, std::mt19937 &random)
{
    const Decision *decision = any<Decision>(doc.plan(), random);
    QString error;
    return decision ? allocations::markDecided(doc, some<Allocation>(doc.plan(), random), decision->id,
                                               QStringLiteral("decided"), &error)
                    : nullptr;
}

QUndoCommand *role(PlanDocument &doc, std::mt19937 &random)
{
    const Plan &plan = doc.plan();
    const Intervention *in = any<Intervention>(plan, random);
    if (!in)
        return nullptr;
    QList<responsibilities::Cell> cells;
    for (Id organisation : some<Organisation>(plan, random))
        cells << responsibilities::Cell{in->id, organisation};
    const unsigned r = random() % 5;
    const std::optional<RaciRole> wanted = r == 4 ? std::nullopt : std::optional<RaciRole>(RaciRole(r));
    QString error;
    return responsibilities::setRole(doc, cells, wanted, &error); // two accountable at once: refused
}

QUndoCommand *accountable(PlanDocument &doc, std::mt19937 &random)
{
    const Intervention *in = any<Intervention>(doc.plan(), random);
    const Organisation *o = any<Organisation>(doc.plan(), random);
    return in && o ? responsibilities::setAccountable(doc, in->id, random() % 4 ? o->id : NoId) : nullptr;
}

QUndoCommand *areas(PlanDocument &doc, std::mt19937 &random)
{
    const Plan &plan = doc.plan();
    if (random() % 2) {
        const Problem *p = any<Problem>(plan, random);
        return p ? structure::setProblemAreas(doc, p->id, some<Area>(plan, random)) : nullptr;
    }
    const Intervention *in = any<Intervention>(plan, random);
    return in ? structure::setAreas(doc, in->id, some<Area>(plan, random)) : nullptr;
}

} // namespace

QUndoCommand *randomDomainEdit(PlanDocument &doc, RandomEdit kind, std::mt19937 &random)
{
    const Plan &plan = doc.plan();
    QString error;
    switch (kind) {
    case RandomEdit::Paste:
        return paste(doc, random);
    case RandomEdit::Arrange:
        return arrange(doc, random);
    case RandomEdit::Outdent: {
        const Activity *a = any<Activity>(plan, random);
        return a ? structure::outdent(doc, a->id, &error) : nullptr;
    }
    case RandomEdit::Indent: {
        // Only an intervention without activities can become one (most of
        // those an outdent made); indent refuses the rest.
        QList<Id> bare;
        for (const Intervention &in : plan.all<Intervention>()) {
            if (std::none_of(plan.all<Activity>().begin(), plan.all<Activity>().end(),
                             [&](const Activity &a) { return a.interventionId == in.id; }))
                bare << in.id;
        }
        return bare.isEmpty() ? nullptr : structure::indent(doc, bare[qsizetype(random() % bare.size())], &error);
    }
    case RandomEdit::Spread:
        return spread(doc, random);
    case RandomEdit::MarkDecided:
        return markDecided(doc, random);
    case RandomEdit::Role:
        return role(doc, random);
    case RandomEdit::Accountable:
        return accountable(doc, random);
    case RandomEdit::Areas:
        return areas(doc, random);
    default:
        return nullptr;
    }
}

} // namespace horisont::test
