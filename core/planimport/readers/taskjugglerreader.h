#pragma once

#include "planimport/planreader.h"

namespace horisont {

/// Reads a TaskJuggler 3 project (.tjp) with the .tji files it includes
/// (relative to the file, inside its directory) and its macros: the project
/// line, nested tasks (start, end, duration, length, effort, milestone,
/// depends, allocate, chargeset, charge, note, purge), nested resources
/// (one with members is a group), nested accounts, and `supplement task`.
/// TaskJuggler's end is a point in time, so `end 2002-03-05` means the task
/// ended as 5 March began: the exclusive end Horisont keeps. Dates a task
/// does not write are derived without scheduling (see tjdates::derive) and
/// warned about. Charges `onstart`/`onend` become costs on the task's charge
/// set's accounts, exact to the öre; what has no place in Horisont (reports,
/// dependencies, shifts, leaves, bookings, limits, rates, time-based charges,
/// scenario values, flags, ...) is counted in ForeignPlan::notMapped.
std::optional<ForeignPlan> readTaskJuggler(const QByteArray &content, const QString &path, QString *error);

} // namespace horisont
