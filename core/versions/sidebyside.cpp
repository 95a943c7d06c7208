#include "versions/sidebyside.h"

#include "check/gapcheck.h"
#include "model/halfopen.h"
#include "plan/itemname.h"
#include "plan/plan.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::SideBySide)
};

using Row = std::vector<ExportCell>;

/// A money row per key: each state's sum, or nothing where it allocates none.
template<class Key>
using MoneyRows = QMap<Key, std::vector<std::optional<Money>>>;

template<class Key>
void add(MoneyRows<Key> &rows, const Key &key, qsizetype column, qsizetype columns, Money amount)
{
    auto &row = rows[key];
    row.resize(std::size_t(columns));
    auto &cell = row[std::size_t(column)];
    cell = cell.value_or(Money()) + amount;
}

Row moneyRow(const QString &label, const std::vector<std::optional<Money>> &sums)
{
    Row row{label};
    for (const auto &sum : sums)
        row.push_back(sum ? ExportCell(*sum) : ExportCell());
    return row;
}

/// The name of an item in the first state that has it.
QString nameIn(const QList<NamedPlan> &states, EntityKind kind, Id id)
{
    if (id == NoId)
        return Tr::tr("(none)");
    for (const NamedPlan &state : states) {
        if (const QString name = itemName(*state.plan, kind, id); !name.isEmpty())
            return name;
    }
    return QString::number(id);
}

QString spanText(QDate start, QDate end)
{
    return start.isValid() && end.isValid() ? isoSpan(start, end) : QString();
}

} // namespace

ExportTable sideBySideTable(const QList<NamedPlan> &states)
{
    ExportTable table;
    table.name = QStringLiteral("side-by-side");
    table.title = Tr::tr("Side by side");
    table.header << Tr::tr("Measure");
    for (const NamedPlan &state : states) // a heading starts with a capital, whatever the title's place in a sentence
        table.header << state.title.left(1).toUpper() + state.title.mid(1);
    const qsizetype columns = states.size();

    Row horizon{Tr::tr("Programme horizon")};
    Row span{Tr::tr("Interventions from – to")};
    Row count{Tr::tr("Interventions (not cancelled)")};
    Row gaps{Tr::tr("Gaps in the programme logic")};
    Row total{Tr::tr("Allocated in all")};
    MoneyRows<int> perYear;
    MoneyRows<Id> perSource;
    MoneyRows<Id> perOrganisation;
    for (qsizetype c = 0; c < columns; ++c) {
        const Plan &plan = *states.at(c).plan;
        horizon.push_back(spanText(plan.programme().start, plan.programme().horizonEnd));
        QDate first;
        QDate end;
        qint64 interventions = 0;
        for (const Intervention &i : plan.all<Intervention>()) {
            if (i.status == WorkStatus::Cancelled)
                continue;
            ++interventions;
            if (i.start.isValid() && (!first.isValid() || i.start < first))
                first = i.start;
            if (i.end.isValid() && (!end.isValid() || i.end > end))
                end = i.end;
        }
        span.push_back(spanText(first, end));
        count.push_back(interventions);
        gaps.push_back(qint64(checkGaps(plan).size()));
        Money sum;
        for (const Allocation &a : plan.all<Allocation>()) {
            sum = sum + a.amount;
            add(perYear, a.year, c, columns, a.amount);
            add(perSource, a.sourceId, c, columns, a.amount);
            add(perOrganisation, a.organisationId, c, columns, a.amount);
        }
        total.push_back(sum);
    }
    table.rows = {horizon, span, count, gaps, total};
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it)
        table.rows.push_back(moneyRow(Tr::tr("Allocated %1").arg(it.key()), *it));
    for (auto it = perSource.cbegin(); it != perSource.cend(); ++it)
        table.rows.push_back(moneyRow(
            Tr::tr("From %1").arg(nameIn(states, EntityKind::FundingSource, it.key())), *it));
    for (auto it = perOrganisation.cbegin(); it != perOrganisation.cend(); ++it)
        table.rows.push_back(moneyRow(
            Tr::tr("To %1").arg(nameIn(states, EntityKind::Organisation, it.key())), *it));
    return table;
}

} // namespace horisont
