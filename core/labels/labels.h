#pragma once

#include "model/commandtext.h"
#include "model/enums.h"
#include "model/ids.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace horisont {

class Plan;

/// Translated names of enum values and entity kinds: the one place where
/// the domain's enums meet the user's language.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(horisont::Labels)
public:
    static QString kind(EntityKind kind);         ///< "Intervention"
    /// The kind's label in no particular language, for a command's name.
    static CommandText kindText(EntityKind kind);
    static QString kindPlural(EntityKind kind);   ///< "Interventions"
    static QString field(EntityKind kind, const QString &field); ///< "Start", "Responsible organisation"
    /// Every value's label of the enum stored in field `field` of `kind`,
    /// in value order; empty when the field is not an enum.
    static QStringList enumValues(EntityKind kind, const QString &field);
    /// The label of `value` of the enum stored in field `field` of `kind`
    /// ("Effect goal"), or unknownValue() for one outside the enum.
    static QString enumValue(EntityKind kind, const QString &field, int value);
    /// "unknown (99)": an enum value no version of Horisont writes (a file
    /// changed behind its back), shown rather than trusted as an index.
    static QString unknownValue(int value);

    /// What people call one item of the plan: its name (or text, or
    /// reference), else its kind and id. Empty for NoId.
    static QString entityName(const Plan &plan, EntityKind kind, Id id);
    /// A name quoted in running text, the one rule for every message, list
    /// and pack: “Inriktningsperiod” in English, ”Inriktningsperiod” in
    /// Swedish (the translation says which marks).
    static QString quoted(const QString &name);

    static QString raciLetter(RaciRole role);    ///< "R", "A", "C", "I" (the same in Swedish); "?" if unknown
    static QString raci(RaciRole role);          ///< "Responsible"
    static QString status(WorkStatus status);
    static QString organisationKind(OrganisationKind kind);
    static QString classification(Classification classification);
    static QString periodKind(PeriodKind kind);

private:
    static const char *kindSource(EntityKind kind); ///< marked with QT_TR_NOOP
};

} // namespace horisont
