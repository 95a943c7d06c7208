#include "report/packcontext.h"
#include "report/sections/sections.h"

#include "document/plandocument.h"
#include "export/exporttable.h"
#include "versions/plancomparison.h"
#include "versions/planscenarios.h"
#include "versions/planstates.h"
#include "versions/planversions.h"

#include <QCoreApplication>

#include <variant>

namespace horisont::sections {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PdfPack)
};

QString cellText(const ExportCell &cell, PackContext &context)
{
    if (const auto *money = std::get_if<Money>(&cell))
        return context.money(*money);
    if (const auto *date = std::get_if<QDate>(&cell))
        return context.date(*date);
    if (const auto *number = std::get_if<qint64>(&cell))
        return QString::number(*number);
    if (const auto *text = std::get_if<QString>(&cell))
        return *text;
    return {};
}

QString signedMoney(Money amount, PackContext &context)
{
    const QString text = context.money(amount);
    return amount.isNegative() || amount.isZero() ? text : QLatin1Char('+') + text;
}

void moneyTables(PackDocument &doc, PackContext &context, const PlanComparison &comparison, const Plan &before)
{
    if (comparison.money.isEmpty())
        return;
    doc.heading(Tr::tr("Money allocated"), 2);
    const ExportTable money = moneyChangesTable(comparison, before, context.plan);
    QList<QStringList> rows;
    for (const auto &row : money.rows) {
        QStringList texts;
        for (const ExportCell &cell : row)
            texts << cellText(cell, context);
        rows << texts;
    }
    doc.table({{Tr::tr("Year"), 7},
               {Tr::tr("Funding source"), 17},
               {Tr::tr("Organisation"), 16},
               {Tr::tr("Intervention"), 21},
               {Tr::tr("Before"), 13, true},
               {Tr::tr("After"), 13, true},
               {Tr::tr("Change"), 13, true}},
              rows, true);
    doc.heading(Tr::tr("Allocated per year"), 2);
    QList<QStringList> years;
    for (auto it = comparison.totalsPerYear.cbegin(); it != comparison.totalsPerYear.cend(); ++it) {
        years << QStringList{QString::number(it.key()), context.money(it->first), context.money(it->second),
                             signedMoney(it->second - it->first, context)};
    }
    doc.table({{Tr::tr("Year"), 16}, {Tr::tr("Before"), 28, true}, {Tr::tr("After"), 28, true}, {Tr::tr("Change"), 28, true}},
              years, false, 70);
}

} // namespace

/// What changed since a version (PdfPackOptions::compareWith), as `horisont
/// diff` lists it: every change of an item, the money per year, source,
/// organisation and intervention, and each year's totals. Nothing when the
/// pack compares with no version.
void changes(PackDocument &doc, PackContext &context)
{
    const QString name = context.options.compareWith;
    if (name.isEmpty())
        return;
    SqliteStore &store = context.document.store();
    doc.heading(Tr::tr("Changes since «%1»").arg(name.trimmed()));
    Plan before;
    QString error;
    const std::optional<PlanState> state = planstates::find(store, name.trimmed(), &error);
    if (!state || !planstates::load(store, *state, before, &error)) {
        doc.paragraph(error);
        return;
    }
    const std::optional<PlanVersion> version = planversions::find(store, state->name);
    const std::optional<PlanVersion> &shown = context.document.shownVersion();
    const std::optional<PlanScenario> &scenario = context.document.workingScenario();
    const QString comparedWith = shown      ? QStringLiteral("«%1»").arg(shown->name)
                                 : scenario ? Tr::tr("the scenario «%1»").arg(scenario->name)
                                            : Tr::tr("the plan as it is now");
    if (version)
        doc.paragraph(Tr::tr("«%1» (%2), frozen %3, compared with %4.")
                          .arg(version->name, planversions::decisionText(version->decision),
                               context.date(version->frozenAt.toLocalTime().date()), comparedWith));
    else
        doc.paragraph(Tr::tr("The scenario «%1» compared with %2.").arg(state->name, comparedWith));
    const PlanComparison comparison = comparePlans(before, context.plan);
    if (comparison.isEmpty()) {
        doc.paragraph(Tr::tr("Nothing has changed."));
        return;
    }
    if (!comparison.changes.isEmpty()) {
        QList<QStringList> rows;
        for (const PlanChange &change : comparison.changes)
            rows << QStringList{changeGroupTitle(change.group), describeChange(change, before, context.plan, context.locale)};
        doc.table({{Tr::tr("Change"), 16}, {Tr::tr("What changed"), 84}}, rows);
    }
    moneyTables(doc, context, comparison, before);
}

} // namespace horisont::sections
