#pragma once

#include <QtGlobal>
#include <QString>

namespace horisont::notmapped {

/// What a source holds that Horisont has no place for, as the keys of
/// ForeignPlan::notMapped. A key is an untranslated source text in the
/// context "horisont::NotMapped", so that every reader names the same thing
/// the same way and the report shows it in the reader's language (label()).
/// A reader with something not listed here writes its own key with
/// QT_TRANSLATE_NOOP("horisont::NotMapped", "...").
inline constexpr const char *Dependencies = QT_TRANSLATE_NOOP("horisont::NotMapped", "dependencies");
inline constexpr const char *Calendars = QT_TRANSLATE_NOOP("horisont::NotMapped", "calendars");
inline constexpr const char *Holidays = QT_TRANSLATE_NOOP("horisont::NotMapped", "holidays and days off");
inline constexpr const char *Vacations = QT_TRANSLATE_NOOP("horisont::NotMapped", "resource vacations");
inline constexpr const char *Effort = QT_TRANSLATE_NOOP("horisont::NotMapped", "effort (work)");
inline constexpr const char *Rates = QT_TRANSLATE_NOOP("horisont::NotMapped", "rates");
inline constexpr const char *CalculatedCosts = QT_TRANSLATE_NOOP("horisont::NotMapped", "costs calculated from rates");
inline constexpr const char *Baselines = QT_TRANSLATE_NOOP("horisont::NotMapped", "baselines");
inline constexpr const char *CustomFields = QT_TRANSLATE_NOOP("horisont::NotMapped", "custom fields");
inline constexpr const char *Constraints = QT_TRANSLATE_NOOP("horisont::NotMapped", "date constraints");
inline constexpr const char *Progress = QT_TRANSLATE_NOOP("horisont::NotMapped", "progress (% complete)");
inline constexpr const char *TimephasedData = QT_TRANSLATE_NOOP("horisont::NotMapped", "timephased data");
inline constexpr const char *Roles = QT_TRANSLATE_NOOP("horisont::NotMapped", "roles");
inline constexpr const char *BlankRows = QT_TRANSLATE_NOOP("horisont::NotMapped", "blank task rows");
inline constexpr const char *SummaryCosts = QT_TRANSLATE_NOOP("horisont::NotMapped", "costs of summary tasks beside their subtasks' costs");
inline constexpr const char *PhaseAssignments = QT_TRANSLATE_NOOP("horisont::NotMapped", "resources assigned to tasks that became phases");
inline constexpr const char *AssignmentsToUnknown = QT_TRANSLATE_NOOP("horisont::NotMapped", "assignments of unknown resources or tasks");

/// A key in the language of the installed translator.
QString label(const QString &key);

} // namespace horisont::notmapped
