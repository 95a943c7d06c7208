#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QDate>
#include <QString>

#include <optional>

namespace horisont {

/// A problem drawn from the situation picture (lägesbild).
struct Problem {
    Id id = NoId;
    QString name;
    QString description;
    QString situationPicture;
    QString trend;
    int priority = 0;
    bool operator==(const Problem &) const = default;
};

/// A problem's link to an area where it shows (the lägesbild's geography).
struct ProblemArea {
    Id id = NoId;
    Id problemId = NoId;
    Id areaId = NoId;
    bool operator==(const ProblemArea &) const = default;
};

struct Cause {
    Id id = NoId;
    Id problemId = NoId;
    Id parentCauseId = NoId;
    QString name;
    CausePerspective perspective = CausePerspective::Place;
    QString description;
    bool operator==(const Cause &) const = default;
};

struct Goal {
    Id id = NoId;
    Id parentGoalId = NoId;
    Id problemId = NoId;
    QString name;
    GoalKind kind = GoalKind::Effect;
    QString specific;
    QString measurable;
    QString accepted;
    QString realistic;
    QDate targetDate; ///< the time-bound part of SMART
    bool operator==(const Goal &) const = default;
};

struct InterventionCause {
    Id id = NoId;
    Id interventionId = NoId;
    Id causeId = NoId;
    QString rationale;
    bool operator==(const InterventionCause &) const = default;
};

struct InterventionGoal {
    Id id = NoId;
    Id interventionId = NoId;
    Id goalId = NoId;
    QString rationale;
    bool operator==(const InterventionGoal &) const = default;
};

/// How progress towards a goal is measured. Values are indicator units
/// (percent, count, index), never money, so they are plain doubles.
struct Indicator {
    Id id = NoId;
    Id goalId = NoId;
    QString name;
    QString definition;
    QString unit;
    Direction direction = Direction::Decrease;
    QString source;    ///< e.g. "Kolada", "NTU", "own survey"
    QString sourceKey; ///< e.g. a Kolada key-figure id
    bool byArea = false;
    bool bySex = false;
    std::optional<double> baseline;
    int baselineYear = 0;
    bool operator==(const Indicator &) const = default;
};

/// A measured value or a target for a year (or a tertial of it), optionally per area and sex.
struct Measurement {
    Id id = NoId;
    Id indicatorId = NoId;
    MeasurementKind kind = MeasurementKind::Actual;
    int year = 0;
    int tertial = 0; ///< 0: the whole year; 1–3: Jan–Apr, May–Aug, Sep–Dec
    Id areaId = NoId;
    Sex sex = Sex::All;
    double value = 0;
    bool operator==(const Measurement &) const = default;
};

} // namespace horisont
