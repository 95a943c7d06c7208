#pragma once

#include "model/ids.h"

#include <QList>
#include <QString>

namespace horisont {

/// One result of a plan check: what is wrong, how bad, and where.
struct Finding {
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Warning;
    QString code;    ///< stable machine name, e.g. "accountable-count"
    QString message; ///< translated, names the item
    EntityKind kind = EntityKind::Programme;
    Id id = NoId;
    bool operator==(const Finding &) const = default;
};

using Findings = QList<Finding>;

} // namespace horisont
