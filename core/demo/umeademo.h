#pragma once

#include "document/plandocument.h"

#include <QString>

#include <memory>

namespace horisont::demo {

/// Builds the Umeå demo plan in a new file at path: the programme "Umeå växer –
/// tryggt och säkert" with its decisions, periods, organisations, focus areas,
/// phases, interventions, programme logic, indicators, funding, follow-ups and
/// a few years of illustrative ledger transactions (2020–2022, 2024–2025 and 2026
/// up to the demo's day; 2023 is left for the sample ledger export). The content is deterministic.
/// Returns nullptr and sets *error on failure (and leaves no file behind).
std::unique_ptr<PlanDocument> createUmea(const QString &path, QString *error);

} // namespace horisont::demo
