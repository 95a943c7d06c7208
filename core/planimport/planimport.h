#pragma once

#include "planimport/planmapping.h"

#include <QString>

#include <optional>

namespace horisont {

struct PlanImportOptions {
    QString format; ///< a PlanFormat's name; empty: sniffed from the content
    QString profilePath; ///< the plan spreadsheet's column profile (JSON), for its reader
};

/// Reads a plan file of another tool and maps it (nothing is written):
/// what `import-plan` and the window's import share. *error names the file
/// and, where the reader can, the element or line.
std::optional<MappedPlan> readForeignPlanFile(const QString &source, const PlanImportOptions &options, QString *error);

/// Creates the new plan `out` from `mapped`: written beside it under a
/// temporary name and renamed only once whole, never over an existing file,
/// so that a failed import leaves nothing behind.
bool createImportedPlan(const MappedPlan &mapped, const QString &out, QString *error);

} // namespace horisont
