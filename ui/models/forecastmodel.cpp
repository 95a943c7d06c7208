#include "models/forecastmodel.h"

#include "access/rolegate.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "model/columns.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace horisont {

ForecastModel::ForecastModel(PlanDocument &document, QObject *parent) : QAbstractTableModel(parent), m_document(document) {}

void ForecastModel::setTable(const ForecastTable &table, int asOfMonth)
{
    beginResetModel();
    m_table = table;
    m_asOfMonth = asOfMonth;
    endResetModel();
}

int ForecastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.years.size());
}

int ForecastModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ForecastModel::text(int row, int column) const
{
    const ForecastTable::Year &year = m_table.years[std::size_t(row)];
    const QLocale locale;
    switch (Column(column)) {
    case Year:
        return QString::number(year.year);
    case Allocated:
        return m_table.grid.cell(row, ForecastTable::Allocated).format(locale);
    case Spent:
        return m_table.isEmpty(row, ForecastTable::Spent) ? QStringLiteral("–")
                                                          : m_table.grid.cell(row, ForecastTable::Spent).format(locale);
    case Forecast:
        return m_table.isEmpty(row, ForecastTable::Forecast) ? QString()
                                                             : m_table.grid.cell(row, ForecastTable::Forecast).format(locale);
    case Suggestion:
        return m_table.isEmpty(row, ForecastTable::Suggestion)
                   ? QStringLiteral("–")
                   : m_table.grid.cell(row, ForecastTable::Suggestion).format(locale);
    case Basis:
        switch (year.basis) {
        case ForecastBasis::None: return tr("No spending to go on yet");
        case ForecastBasis::Actual: return tr("Spent (year ended)");
        case ForecastBasis::RunRate: return tr("Run rate of %n completed month(s)", nullptr, m_asOfMonth - 1);
        }
        return {};
    case AllocatedMinusForecast:
        return m_table.isEmpty(row, ForecastTable::ForecastVsAllocated)
                   ? QString()
                   : m_table.grid.cell(row, ForecastTable::ForecastVsAllocated).format(locale);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ForecastModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::EditRole:
        if (column == Forecast && m_table.years[std::size_t(row)].forecastId != NoId)
            return m_table.grid.cell(row, ForecastTable::Forecast).format(QLocale(), Money::Style::Plain);
        return text(row, column);
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(text(row, Year), headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                                    text(row, column).isEmpty() ? tr("none") : text(row, column));
    case Qt::TextAlignmentRole:
        return column == Basis || column == Year ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == AllocatedMinusForecast && m_table.years[std::size_t(row)].forecastId != NoId
            && m_table.grid.cell(row, ForecastTable::ForecastVsAllocated).isNegative())
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (column == Basis || (column == Suggestion && m_table.years[std::size_t(row)].basis == ForecastBasis::None))
            return QBrush(QColor(0x55, 0x55, 0x55));
        return {};
    case OreRole: {
        static const int gridColumn[ColumnCount] = {-1, ForecastTable::Allocated, ForecastTable::Spent,
                                                    ForecastTable::Forecast, ForecastTable::Suggestion, -1,
                                                    ForecastTable::ForecastVsAllocated};
        // An empty cell has no amount, not a zero one.
        return gridColumn[column] < 0 || m_table.isEmpty(row, gridColumn[column])
                   ? QVariant()
                   : QVariant(qlonglong(m_table.grid.cell(row, gridColumn[column]).ore()));
    }
    }
    return {};
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Year: return tr("Year");
    case Allocated: return tr("Allocated");
    case Spent: return tr("Spent");
    case Forecast: return tr("Forecast");
    case Suggestion: return tr("Suggestion");
    case Basis: return tr("Based on");
    case AllocatedMinusForecast: return tr("Allocated − forecast");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags ForecastModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Forecast && rolegate::mayChange(m_document, EntityKind::Forecast))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ForecastModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != Forecast)
        return false;
    const QString typed = value.toString().trimmed();
    if (typed.isEmpty())
        return setForecast(index.row(), std::nullopt);
    const std::optional<Money> amount = Money::parse(typed, QLocale().decimalPoint().at(0));
    if (!amount)
        return refuse(tr("Forecast: \"%1\" is not an amount.").arg(typed));
    return setForecast(index.row(), amount);
}

bool ForecastModel::takeSuggestion(int row)
{
    if (row < 0 || row >= rowCount() || m_table.years[std::size_t(row)].basis == ForecastBasis::None)
        return refuse(tr("There is no suggestion for this year."));
    return setForecast(row, m_table.grid.cell(row, ForecastTable::Suggestion));
}

bool ForecastModel::setForecast(int row, std::optional<Money> amount)
{
    if (row < 0 || row >= rowCount())
        return false;
    if (m_document.isReadOnly())
        return refuse(m_document.readOnlyReason());
    const ForecastTable::Year year = m_table.years[std::size_t(row)];
    QString error;
    EditCommand *command = nullptr;
    if (!amount) {
        if (year.forecastId == NoId)
            return true; // nothing entered, nothing to clear
        command = commands::remove(m_document, EntityKind::Forecast, {year.forecastId},
                                   CommandText::of<ForecastModel>(QT_TR_NOOP("Clear forecast %1"))
                                       .arg(QString::number(year.year)),
                                   &error);
    } else if (year.forecastId != NoId) {
        command = commands::setField(m_document, EntityKind::Forecast, year.forecastId, columns::amount,
                                     qlonglong(amount->ore()), &error);
    } else {
        horisont::Forecast forecast;
        forecast.sourceId = m_table.sourceId;
        forecast.year = year.year;
        forecast.amount = *amount;
        command = commands::insert(m_document, forecast,
                                   CommandText::of<ForecastModel>(QT_TR_NOOP("Enter forecast %1"))
                                       .arg(QString::number(year.year)));
    }
    const commands::Outcome outcome = commands::execute(m_document, command, error);
    return outcome.state == commands::Outcome::Refused ? refuse(outcome.refusal) : true;
}

bool ForecastModel::refuse(const QString &reason)
{
    m_lastError = reason;
    Q_EMIT statusMessage(reason);
    return false;
}

} // namespace horisont
