#pragma once

#include "planimport/planreader.h"
#include "planimport/readers/plancolumns.h"

namespace horisont {

/// Reads a plan spreadsheet ("åtgärdsplan"), XLSX or CSV, a row per
/// intervention or activity (README, "Bringing a plan in from another
/// tool"): rows sharing a Fas group under one phase, Insats under it,
/// Aktivitet under the insats; Ansvarig gives resources, Finansiering
/// accounts, Budget costs — on the row's År when it has one. The columns
/// are found by their usual Swedish and English headers, in a header row
/// that may stand below a few title rows, or named by `profile`. An XLSX is
/// told by its zip, anything else is read as CSV. Nothing, with *error
/// naming the file, the row (CSV: the line) and the column, for a cell that
/// cannot be read: an amount, a date, a year, an end before its start.
std::optional<ForeignPlan> readPlanSpreadsheet(const QByteArray &content, const QString &path,
                                               const PlanSheetProfile &profile, QString *error);
/// The same without a profile: the PlanReader planformats registers.
std::optional<ForeignPlan> readPlanSpreadsheet(const QByteArray &content, const QString &path, QString *error);

/// Reads a profile file (a few lines of JSON); *error names the file and the key at fault.
std::optional<PlanSheetProfile> readPlanSheetProfile(const QString &path, QString *error);

} // namespace horisont
