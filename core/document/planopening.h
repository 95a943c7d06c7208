#pragma once

#include "document/plandocument.h"

#include <memory>

namespace horisont {

/// Opening and creating a plan file: its header and format number, the
/// lock, side files (a journal or WAL recovered in a copy, never replayed
/// into the plan), verification, and why a plan opens read-only.
/// PlanDocument::open and PlanDocument::create hand to it.
class PlanOpening
{
public:
    static std::unique_ptr<PlanDocument> open(const QString &path, QString *error, PlanDocument::Access access,
                                              PlanDocument::Verification verification);
    static std::unique_ptr<PlanDocument> create(const QString &path, const Programme &programme, QString *error);

private:
    /// Takes the plan's lock, or says in doc's read-only reason who holds it.
    static bool acquireLock(PlanDocument &doc);
    /// Opens a read-only view of a plan with side files: as recovered in a
    /// scratch copy, or as last saved when they do not belong to it.
    static std::unique_ptr<PlanDocument> openRecoveredCopy(const QString &path, const QString &readOnlyReason,
                                                           QString *error);
};

} // namespace horisont
