#pragma once

#include "export/exporttable.h"

class QAbstractItemModel;

namespace horisont {

/// A table model as it is shown, ready for the spreadsheet writers: the
/// header texts (line breaks become spaces), amounts as exact numbers (a
/// cell that carries `oreRole` — MoneyGridModel::OreRole and
/// ForecastModel::OreRole are the same role), every other cell as the text
/// on screen, empty cells empty. `lastRowIsTotals` marks the last row as the
/// totals row, which a workbook writes as SUM formulas.
ExportTable tableAsShown(const QAbstractItemModel &model, int oreRole, bool lastRowIsTotals);

} // namespace horisont
