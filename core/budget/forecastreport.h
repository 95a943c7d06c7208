#pragma once

#include "budget/moneygrid.h"

#include <QDate>

#include <optional>
#include <vector>

namespace horisont {

class MonthlyActualsIndex;
class Plan;
struct Forecast;

/// What the suggestion beside an entered forecast is based on.
enum class ForecastBasis {
    None,    ///< a future year, or the current one before a month has passed
    Actual,  ///< a past year: what was spent
    RunRate, ///< the current year: spent in its completed months / months × 12
};

/// The forecast of each budget year for one scope: a funding source, or the
/// whole programme (sourceId NoId). A forecast belongs to a scope when its
/// source is the scope's and it names no intervention or organisation, so
/// what the controller types for a year is exactly what the year shows.
struct ForecastTable {
    enum Column { Allocated, Spent, Forecast, Suggestion, ForecastVsAllocated, ColumnCount };
    struct Year {
        int year = 0;
        Id forecastId = NoId; ///< the entered forecast, NoId when none
        ForecastBasis basis = ForecastBasis::None;
        bool begun = true; ///< false for a year after the one asOf falls in: nothing spent yet, not 0 kr
    };
    Id sourceId = NoId;
    std::vector<Year> years;
    /// One row per year; Forecast and ForecastVsAllocated (allocated −
    /// forecast) are zero when none is entered, Suggestion when the basis is None.
    MoneyGrid grid;

    /// Whether a cell holds no figure: Forecast and ForecastVsAllocated of a
    /// year without an entered forecast, Suggestion of a year without a basis,
    /// Spent of a year that has not begun (unless something is booked in it).
    bool isEmpty(int row, int column) const;
    /// A column's total over the cells that hold a figure, or nothing when
    /// none does: the total of no forecasts is empty ("–"), not 0 kr.
    std::optional<Money> total(int column) const;
};

ForecastTable forecastByYear(const Plan &plan, const MonthlyActualsIndex &actuals, Id sourceId, int firstYear,
                             int lastYear, QDate asOf);

/// The entered forecast of a scope and year (see ForecastTable), or nullptr.
const Forecast *findForecast(const Plan &plan, Id sourceId, int year);

/// Spending so far extrapolated to twelve months, rounded to the öre
/// (half away from zero). `months` must be positive.
Money runRate(Money spentSoFar, int months);

} // namespace horisont
