#pragma once

#include "model/schema.h"

#include <QString>
#include <QVariant>

namespace horisont {

/// What is wrong with a value read from a plan file for a field described by
/// `field`, or an empty string when it is a value Horisont could have
/// written: the right type, an enum value that exists, a date within
/// datebounds, an amount within Money's bounds, an id that is positive.
/// A plan's rows are untrusted input: the file may have been edited outside
/// Horisont or damaged, and a wrong value must be refused before any figure
/// or picture is computed from it.
QString storedValueProblem(const FieldMeta &field, const QVariant &value);

/// A NULL where the schema requires a reference or a date (FieldMeta::
/// nullable false). An edit never writes one (storedValueProblem refuses
/// it), but an earlier Horisont let Properties clear such a reference
/// ("(none)"), so a file may hold one: it opens, and the plan checks report
/// it ("value-missing") instead of locking the user out of the plan.
bool isMissingRequiredValue(const FieldMeta &field, const QVariant &value);

/// The same for a row's id.
QString storedIdProblem(const QVariant &value);

} // namespace horisont
