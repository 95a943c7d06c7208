#include "planimport/readers/planrows.h"

#include "ledger/import/ledgercells.h"
#include "ledger/import/shownvalue.h"
#include "model/datebounds.h"
#include "planimport/planreader.h"
#include "planimport/readers/foreignamount.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanSpreadsheet)
};

void widen(ForeignTask &task, QDate start, QDate end)
{
    if (!start.isValid())
        return;
    if (!task.start.isValid() || start < task.start)
        task.start = start;
    if (!task.end.isValid() || end > task.end)
        task.end = end;
}
} // namespace

PlanRows::PlanRows(const QString &path, const QStringList &header, const PlanColumnMap &columns,
                   const PlanSheetProfile &profile, bool csv, ForeignPlan *plan)
    : m_file(QFileInfo(path).fileName()), m_header(header), m_columns(columns), m_profile(profile), m_csv(csv), m_plan(plan),
      m_decimal(profile.decimal)
{
}

void PlanRows::judgeDecimal(const QList<SheetRow> &rows)
{
    if (!m_decimal.isNull() || !m_columns.has(PlanColumn::Budget))
        return;
    ledgercells::DecimalEvidence evidence;
    for (const SheetRow &row : rows) {
        if (const SheetCell *c = row.cell(m_columns[PlanColumn::Budget]); c && c->kind == SheetCell::Kind::Text)
            evidence.add(c->text);
    }
    m_decimal = evidence.decimal();
}

QString PlanRows::cellText(const SheetRow &row, PlanColumn c) const
{
    const SheetCell *cell = m_columns.has(c) ? row.cell(m_columns[c]) : nullptr;
    if (!cell)
        return QString();
    return cell->kind == SheetCell::Kind::Date ? cell->date.toString(Qt::ISODate) : cell->text.trimmed();
}

QString PlanRows::location(const SheetRow &row, PlanColumn c) const
{
    const int column = m_columns[c];
    const QString name = shownValue(m_header.value(column).trimmed());
    // A CSV file has lines and numbered fields, a sheet rows and lettered columns.
    return m_csv ? Tr::tr("%1, line %2, column %3 (%4)").arg(m_file).arg(row.number).arg(column + 1).arg(name)
                 : Tr::tr("%1, row %2, column %3 (%4)").arg(m_file).arg(row.number).arg(sheetrows::columnLetters(column), name);
}

bool PlanRows::date(const SheetRow &row, PlanColumn c, QDate *out, QString *error) const
{
    const SheetCell *cell = m_columns.has(c) ? row.cell(m_columns[c]) : nullptr;
    if (!cell || (cell->kind == SheetCell::Kind::Text && cell->text.trimmed().isEmpty()))
        return true;
    QDate day;
    ledgercells::DateError why = ledgercells::DateError::NotADate;
    if (cell->kind == SheetCell::Kind::Date) {
        day = cell->date;
    } else if (cell->kind == SheetCell::Kind::Number) {
        // A number in a date column is a date whose cell lost its style.
        day = sheetrows::excelDate(cell->text, false).value_or(QDate());
    } else if (const auto d = ledgercells::parseDate(cell->text, m_profile.dateFormat, &why)) {
        day = *d;
    }
    if (day.isValid() && (day < datebounds::earliest() || day > datebounds::latest())) {
        why = ledgercells::DateError::OutsideWindow;
        day = QDate();
    }
    if (!day.isValid()) {
        const QString shown = shownValue(cellText(row, c));
        *error = why == ledgercells::DateError::OutsideWindow
                     ? Tr::tr("%1: the date %2 is outside %3–%4.")
                           .arg(location(row, c), shown)
                           .arg(datebounds::FirstYear)
                           .arg(datebounds::LastYear)
                     : Tr::tr("%1: \"%2\" is not a date (2025-01-31, 20250131, 31.01.2025%3).")
                           .arg(location(row, c), shown,
                                m_profile.dateFormat.isEmpty() ? QString() : QStringLiteral(", ") + m_profile.dateFormat);
        return false;
    }
    *out = day;
    return true;
}

bool PlanRows::amount(const SheetRow &row, std::optional<Money> *out, QString *error) const
{
    const SheetCell *cell = m_columns.has(PlanColumn::Budget) ? row.cell(m_columns[PlanColumn::Budget]) : nullptr;
    if (!cell || cell->text.trimmed().isEmpty())
        return true;
    Money::ParseError why = Money::ParseError::NotAnAmount;
    // XLSX stores a number with a point, perhaps with an exponent; what
    // people type in a text cell or a CSV is read as the ledger import
    // reads amounts ("1 234,50", "1234.50", "12 000 kr"), never via a double.
    *out = cell->kind == SheetCell::Kind::Number ? foreignamount::parse(cell->text)
           : cell->kind == SheetCell::Kind::Text ? Money::parse(cell->text.trimmed(), m_decimal, &why)
                                                 : std::nullopt;
    if (!*out) {
        *error = why == Money::ParseError::OutOfBounds
                     ? Tr::tr("%1: the amount \"%2\" is beyond what Horisont holds.").arg(location(row, PlanColumn::Budget),
                                                                                       shownValue(cellText(row, PlanColumn::Budget)))
                     : Tr::tr("%1: \"%2\" is not an amount (1 234,50 or 1234.50).")
                           .arg(location(row, PlanColumn::Budget), shownValue(cellText(row, PlanColumn::Budget)));
        return false;
    }
    return true;
}

bool PlanRows::year(const SheetRow &row, int *out, QString *error) const
{
    const QString text = cellText(row, PlanColumn::Year);
    if (text.isEmpty())
        return true;
    static const QRegularExpression digits(QStringLiteral("^\\d{4}(\\.0+)?$"));
    const int y = digits.match(text).hasMatch() ? text.left(4).toInt() : 0;
    if (y < datebounds::FirstYear || y > datebounds::LastYear) {
        *error = Tr::tr("%1: \"%2\" is not a budget year from %3 to %4.")
                     .arg(location(row, PlanColumn::Year), shownValue(text))
                     .arg(datebounds::FirstYear)
                     .arg(datebounds::LastYear);
        return false;
    }
    *out = y;
    return true;
}

int PlanRows::task(int parent, const QString &name, const SheetRow &row)
{
    const auto key = qMakePair(parent, name);
    if (const auto it = m_tasks.constFind(key); it != m_tasks.constEnd())
        return *it;
    ForeignTask t;
    t.sourceId = QString::number(row.number);
    t.name = name;
    t.parent = parent;
    t.where = m_csv ? Tr::tr("line %1").arg(row.number) : Tr::tr("row %1").arg(row.number);
    m_plan->tasks.append(t);
    return m_tasks[key] = int(m_plan->tasks.size() - 1);
}

void PlanRows::addCost(ForeignTask &task, ForeignCost cost)
{
    // One cost per funding source and year, however many rows give it.
    for (ForeignCost &c : task.costs) {
        if (c.account == cost.account && c.year == cost.year) {
            c.amount += cost.amount;
            return;
        }
    }
    task.costs.append(cost);
}

bool PlanRows::add(const SheetRow &row, QString *error)
{
    const QString phase = cellText(row, PlanColumn::Phase);
    const QString intervention = cellText(row, PlanColumn::Intervention);
    const QString activity = cellText(row, PlanColumn::Activity);
    QDate start, last;
    int budgetYear = 0;
    std::optional<Money> budget;
    if (!date(row, PlanColumn::Start, &start, error) || !date(row, PlanColumn::End, &last, error)
        || !year(row, &budgetYear, error) || !amount(row, &budget, error))
        return false;
    if (start.isValid() && last.isValid() && last < start) {
        *error = Tr::tr("%1: the end %2 is before the start %3.")
                     .arg(location(row, PlanColumn::End), last.toString(Qt::ISODate), start.toString(Qt::ISODate));
        return false;
    }
    if (budget) {
        const Money size = *budget < Money() ? -*budget : *budget;
        if (!Money::isWithinBounds(m_total.ore() + size.ore())) {
            *error = Tr::tr("%1: the budgets add up to more than Horisont holds.").arg(location(row, PlanColumn::Budget));
            return false;
        }
        m_total += size;
    }
    if (!phase.isEmpty()) {
        if (m_plan->tasks.size() >= planreadlimits::MaxTasks - 2) {
            *error = Tr::tr("%1, row %2: more than %3 tasks, more than any plan.").arg(m_file).arg(row.number).arg(planreadlimits::MaxTasks);
            return false;
        }
        const int p = task(-1, phase, row);
        if (p != m_phase)
            m_intervention = -1; // a new phase's rows start their own interventions
        m_phase = p;
    }
    if (!intervention.isEmpty()) {
        if (m_phase < 0) {
            *error = Tr::tr("%1: the intervention %2 has no phase above it.").arg(location(row, PlanColumn::Phase), shownValue(intervention));
            return false;
        }
        m_intervention = task(m_phase, intervention, row);
    } else if (!phase.isEmpty()) {
        m_intervention = -1; // a phase's own row
    }
    int target = m_intervention >= 0 ? m_intervention : m_phase;
    if (target < 0) {
        *error = Tr::tr("%1: the row names no phase, and none is above it.").arg(location(row, PlanColumn::Phase));
        return false;
    }
    if (!activity.isEmpty()) {
        if (m_intervention < 0) {
            *error = Tr::tr("%1: the activity %2 has no intervention above it.")
                         .arg(location(row, PlanColumn::Intervention), shownValue(activity));
            return false;
        }
        target = task(m_intervention, activity, row);
    }
    ForeignTask &t = m_plan->tasks[target];
    // Slut is the last day; Horisont's periods end the day after. A row with
    // only a budget year spans that year; with one date, that day.
    if (start.isValid() || last.isValid())
        widen(t, start.isValid() ? start : last, (last.isValid() ? last : start).addDays(1));
    else if (budgetYear > 0)
        widen(t, QDate(budgetYear, 1, 1), QDate(budgetYear + 1, 1, 1));
    const QString notes = cellText(row, PlanColumn::Notes);
    if (!notes.isEmpty() && !t.notes.contains(notes))
        t.notes += (t.notes.isEmpty() ? QString() : QStringLiteral("\n")) + notes;
    static const QRegularExpression separators(QStringLiteral("[,;/]"));
    for (const QString &part : cellText(row, PlanColumn::Responsible).split(separators)) {
        const QString name = part.simplified();
        if (name.isEmpty())
            continue;
        int r = m_resources.value(name, -1);
        if (r < 0 && m_plan->resources.size() < planreadlimits::MaxResources) {
            m_plan->resources.append(ForeignResource{name, name, -1, false});
            r = m_resources[name] = int(m_plan->resources.size() - 1);
        }
        if (r >= 0 && !t.resources.contains(r))
            t.resources.append(r);
    }
    int account = -1;
    if (const QString funding = cellText(row, PlanColumn::Funding).simplified(); !funding.isEmpty()) {
        account = m_accounts.value(funding, -1);
        if (account < 0) {
            m_plan->accounts.append(ForeignAccount{funding, funding, -1});
            account = m_accounts[funding] = int(m_plan->accounts.size() - 1);
        }
    }
    if (budget && *budget != Money())
        addCost(t, ForeignCost{*budget, account, budgetYear});
    return true;
}

void PlanRows::finish()
{
    // Children come after their parents: backwards, each widens its parent.
    for (qsizetype i = m_plan->tasks.size() - 1; i >= 0; --i) {
        const ForeignTask &t = m_plan->tasks[i];
        if (t.parent >= 0)
            widen(m_plan->tasks[t.parent], t.start, t.end);
    }
}

} // namespace horisont
