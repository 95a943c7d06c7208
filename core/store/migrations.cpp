#include "store/migrations.h"

namespace horisont {
namespace {

// Version 1: the plan's structure, the ledger, imports and the change log.
// Never edit a released migration: add a new one below it.
const char *const v1 = R"SQL(
CREATE TABLE programme (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    commissioning_body TEXT NOT NULL DEFAULT '',
    decision_reference TEXT NOT NULL DEFAULT '',
    decision_date TEXT,
    vision TEXT NOT NULL DEFAULT '',
    process_leader TEXT NOT NULL DEFAULT '',
    start TEXT,
    horizon_end TEXT,
    currency TEXT NOT NULL DEFAULT '',
    fiscal_year_start_month INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE decision (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL DEFAULT '',
    date TEXT,
    reference TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL DEFAULT ''
);
CREATE TABLE period (
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    start TEXT,
    "end" TEXT,
    decision_id INTEGER REFERENCES decision(id)
);
CREATE INDEX period_decision_id ON period(decision_id);
CREATE TABLE organisation (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    short_name TEXT NOT NULL DEFAULT '',
    kind INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES organisation(id)
);
CREATE INDEX organisation_parent_id ON organisation(parent_id);
CREATE TABLE area (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL DEFAULT ''
);
CREATE TABLE area_classification (
    id INTEGER PRIMARY KEY,
    area_id INTEGER REFERENCES area(id),
    from_date TEXT,
    classification INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX area_classification_area_id ON area_classification(area_id);
CREATE TABLE phase (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    start TEXT,
    "end" TEXT,
    objectives TEXT NOT NULL DEFAULT '',
    decision_id INTEGER REFERENCES decision(id),
    "position" INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX phase_decision_id ON phase(decision_id);
CREATE TABLE problem (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    situation_picture TEXT NOT NULL DEFAULT '',
    trend TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE cause (
    id INTEGER PRIMARY KEY,
    problem_id INTEGER REFERENCES problem(id),
    parent_cause_id INTEGER REFERENCES cause(id),
    name TEXT NOT NULL DEFAULT '',
    perspective INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cause_problem_id ON cause(problem_id);
CREATE INDEX cause_parent_cause_id ON cause(parent_cause_id);
CREATE TABLE goal (
    id INTEGER PRIMARY KEY,
    parent_goal_id INTEGER REFERENCES goal(id),
    problem_id INTEGER REFERENCES problem(id),
    name TEXT NOT NULL DEFAULT '',
    kind INTEGER NOT NULL DEFAULT 0,
    specific TEXT NOT NULL DEFAULT '',
    measurable TEXT NOT NULL DEFAULT '',
    accepted TEXT NOT NULL DEFAULT '',
    realistic TEXT NOT NULL DEFAULT '',
    target_date TEXT
);
CREATE INDEX goal_parent_goal_id ON goal(parent_goal_id);
CREATE INDEX goal_problem_id ON goal(problem_id);
CREATE TABLE intervention (
    id INTEGER PRIMARY KEY,
    phase_id INTEGER REFERENCES phase(id),
    name TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL DEFAULT '',
    kind INTEGER NOT NULL DEFAULT 0,
    horizon INTEGER NOT NULL DEFAULT 0,
    start TEXT,
    "end" TEXT,
    status INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX intervention_phase_id ON intervention(phase_id);
CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER REFERENCES intervention(id),
    name TEXT NOT NULL DEFAULT '',
    start TEXT,
    "end" TEXT,
    milestone INTEGER NOT NULL DEFAULT 0,
    status INTEGER NOT NULL DEFAULT 0,
    "position" INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activity_intervention_id ON activity(intervention_id);
CREATE TABLE intervention_area (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER REFERENCES intervention(id),
    area_id INTEGER REFERENCES area(id)
);
CREATE INDEX intervention_area_intervention_id ON intervention_area(intervention_id);
CREATE INDEX intervention_area_area_id ON intervention_area(area_id);
CREATE TABLE intervention_cause (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER REFERENCES intervention(id),
    cause_id INTEGER REFERENCES cause(id),
    rationale TEXT NOT NULL DEFAULT ''
);
CREATE INDEX intervention_cause_intervention_id ON intervention_cause(intervention_id);
CREATE INDEX intervention_cause_cause_id ON intervention_cause(cause_id);
CREATE TABLE intervention_goal (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER REFERENCES intervention(id),
    goal_id INTEGER REFERENCES goal(id),
    rationale TEXT NOT NULL DEFAULT ''
);
CREATE INDEX intervention_goal_intervention_id ON intervention_goal(intervention_id);
CREATE INDEX intervention_goal_goal_id ON intervention_goal(goal_id);
CREATE TABLE responsibility (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER REFERENCES intervention(id),
    activity_id INTEGER REFERENCES activity(id),
    organisation_id INTEGER REFERENCES organisation(id),
    role INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX responsibility_intervention_id ON responsibility(intervention_id);
CREATE INDEX responsibility_activity_id ON responsibility(activity_id);
CREATE INDEX responsibility_organisation_id ON responsibility(organisation_id);
CREATE TABLE funding_source (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL DEFAULT '',
    ceiling INTEGER,
    valid_from TEXT,
    valid_until TEXT,
    grantor TEXT NOT NULL DEFAULT '',
    decision_id INTEGER REFERENCES decision(id),
    earmark TEXT NOT NULL DEFAULT ''
);
CREATE INDEX funding_source_decision_id ON funding_source(decision_id);
CREATE TABLE allocation (
    id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES funding_source(id),
    intervention_id INTEGER REFERENCES intervention(id),
    activity_id INTEGER REFERENCES activity(id),
    organisation_id INTEGER REFERENCES organisation(id),
    year INTEGER NOT NULL DEFAULT 0,
    amount INTEGER NOT NULL DEFAULT 0,
    status INTEGER NOT NULL DEFAULT 0,
    decision_id INTEGER REFERENCES decision(id),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX allocation_source_id ON allocation(source_id);
CREATE INDEX allocation_intervention_id ON allocation(intervention_id);
CREATE INDEX allocation_activity_id ON allocation(activity_id);
CREATE INDEX allocation_organisation_id ON allocation(organisation_id);
CREATE INDEX allocation_decision_id ON allocation(decision_id);
CREATE TABLE indicator (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER REFERENCES goal(id),
    name TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    direction INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT '',
    source_key TEXT NOT NULL DEFAULT '',
    by_area INTEGER NOT NULL DEFAULT 0,
    by_sex INTEGER NOT NULL DEFAULT 0,
    baseline REAL,
    baseline_year INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX indicator_goal_id ON indicator(goal_id);
CREATE TABLE measurement (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER REFERENCES indicator(id),
    kind INTEGER NOT NULL DEFAULT 0,
    year INTEGER NOT NULL DEFAULT 0,
    tertial INTEGER NOT NULL DEFAULT 0,
    area_id INTEGER REFERENCES area(id),
    sex INTEGER NOT NULL DEFAULT 0,
    value REAL NOT NULL DEFAULT 0
);
CREATE INDEX measurement_indicator_id ON measurement(indicator_id);
CREATE INDEX measurement_area_id ON measurement(area_id);
CREATE TABLE follow_up (
    id INTEGER PRIMARY KEY,
    intervention_id INTEGER REFERENCES intervention(id),
    period_start TEXT,
    period_end TEXT,
    kind INTEGER NOT NULL DEFAULT 0,
    findings TEXT NOT NULL DEFAULT '',
    deviations TEXT NOT NULL DEFAULT '',
    hours INTEGER NOT NULL DEFAULT 0,
    cost INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX follow_up_intervention_id ON follow_up(intervention_id);
CREATE TABLE recommendation (
    id INTEGER PRIMARY KEY,
    "text" TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    owner_organisation_id INTEGER REFERENCES organisation(id),
    due_date TEXT,
    status INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX recommendation_owner_organisation_id ON recommendation(owner_organisation_id);
CREATE TABLE risk (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    likelihood INTEGER NOT NULL DEFAULT 0,
    impact INTEGER NOT NULL DEFAULT 0,
    mitigation TEXT NOT NULL DEFAULT '',
    owner_organisation_id INTEGER REFERENCES organisation(id),
    review_date TEXT,
    status INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX risk_owner_organisation_id ON risk(owner_organisation_id);
CREATE TABLE import_batch (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    total_ore INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE ledger_transaction (
    id INTEGER PRIMARY KEY,
    import_id INTEGER REFERENCES import_batch(id),
    voucher TEXT NOT NULL DEFAULT '',
    line TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    amount INTEGER NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    organisation_code TEXT NOT NULL DEFAULT '',
    intervention_code TEXT NOT NULL DEFAULT '',
    source_code TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL DEFAULT '',
    organisation_id INTEGER REFERENCES organisation(id),
    intervention_id INTEGER REFERENCES intervention(id),
    source_id INTEGER REFERENCES funding_source(id),
    identity TEXT NOT NULL UNIQUE
);
CREATE INDEX ledger_transaction_rollup ON ledger_transaction(source_id, intervention_id, organisation_id, date, amount);
CREATE INDEX ledger_transaction_import ON ledger_transaction(import_id);
CREATE INDEX ledger_transaction_intervention ON ledger_transaction(intervention_id);
CREATE INDEX ledger_transaction_organisation ON ledger_transaction(organisation_id);
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    command TEXT NOT NULL DEFAULT '',
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX change_log_entity ON change_log(entity, entity_id);
)SQL";

// Version 2: problems linked to the areas where they show, and forecasts.
const char *const v2 = R"SQL(
CREATE TABLE problem_area (
    id INTEGER PRIMARY KEY,
    problem_id INTEGER REFERENCES problem(id),
    area_id INTEGER REFERENCES area(id)
);
CREATE INDEX problem_area_problem_id ON problem_area(problem_id);
CREATE INDEX problem_area_area_id ON problem_area(area_id);
CREATE TABLE forecast (
    id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES funding_source(id),
    intervention_id INTEGER REFERENCES intervention(id),
    organisation_id INTEGER REFERENCES organisation(id),
    year INTEGER NOT NULL DEFAULT 0,
    amount INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX forecast_source_id ON forecast(source_id);
CREATE INDEX forecast_intervention_id ON forecast(intervention_id);
CREATE INDEX forecast_organisation_id ON forecast(organisation_id);
)SQL";

// Version 3: the ledger summed per import, source, organisation,
// intervention and day (see LedgerDaySums). The aggregates read these sums,
// and the sums carry the foreign keys to the plan (indexed: deleting an
// organisation checks the day sums, not a million transactions). So the
// transactions keep only their identity index and no foreign keys to the
// plan: maintaining four more indexes on import cost more than the import.
// SQLite cannot drop a constraint, so the table is rebuilt.
const char *const v3 = R"SQL(
CREATE TABLE ledger_day (
    id INTEGER PRIMARY KEY,
    import_id INTEGER REFERENCES import_batch(id),
    source_id INTEGER REFERENCES funding_source(id),
    organisation_id INTEGER REFERENCES organisation(id),
    intervention_id INTEGER REFERENCES intervention(id),
    date TEXT NOT NULL,
    unassigned INTEGER NOT NULL,
    row_count INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    first_id INTEGER NOT NULL,
    first_voucher TEXT NOT NULL DEFAULT ''
);
INSERT INTO ledger_day (import_id, source_id, organisation_id, intervention_id, date, unassigned, row_count, amount, first_id, first_voucher)
SELECT import_id, source_id, organisation_id, intervention_id, date, unassigned, row_count, amount, first_id, first_voucher FROM (
    SELECT import_id, source_id, organisation_id, intervention_id, date,
        ((organisation_id IS NULL AND organisation_code <> '') OR
         (intervention_id IS NULL AND intervention_code <> '') OR
         (source_id IS NULL AND source_code <> '') OR
         (organisation_id IS NULL AND intervention_id IS NULL AND source_id IS NULL)) AS unassigned,
        count(*) AS row_count, sum(amount) AS amount, min(id) AS first_id, voucher AS first_voucher
    FROM ledger_transaction GROUP BY 1, 2, 3, 4, 5, 6);
CREATE INDEX ledger_day_import_id ON ledger_day(import_id);
CREATE INDEX ledger_day_source_id ON ledger_day(source_id);
CREATE INDEX ledger_day_organisation_id ON ledger_day(organisation_id);
CREATE INDEX ledger_day_intervention_id ON ledger_day(intervention_id);
CREATE TABLE ledger_transaction_v3 (
    id INTEGER PRIMARY KEY,
    import_id INTEGER REFERENCES import_batch(id),
    voucher TEXT NOT NULL DEFAULT '',
    line TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    amount INTEGER NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    organisation_code TEXT NOT NULL DEFAULT '',
    intervention_code TEXT NOT NULL DEFAULT '',
    source_code TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL DEFAULT '',
    organisation_id INTEGER,
    intervention_id INTEGER,
    source_id INTEGER,
    identity TEXT NOT NULL UNIQUE
);
INSERT INTO ledger_transaction_v3 (id, import_id, voucher, line, date, amount, account, organisation_code, intervention_code, source_code, "text", organisation_id, intervention_id, source_id, identity)
SELECT id, import_id, voucher, line, date, amount, account, organisation_code, intervention_code, source_code, "text", organisation_id, intervention_id, source_id, identity FROM ledger_transaction;
DROP TABLE ledger_transaction;
ALTER TABLE ledger_transaction_v3 RENAME TO ledger_transaction;
)SQL";

// Version 4: decided versions and snapshots of the plan's content (see
// planversions.h). A version is one row: its decision, who froze it when,
// the content as one compressed CBOR value and a digest over all of it, so
// that it is immutable by construction and any alteration shows.
const char *const v4 = R"SQL(
CREATE TABLE plan_version (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    decided_by TEXT NOT NULL DEFAULT '',
    decided_on TEXT,
    reference TEXT NOT NULL DEFAULT '',
    frozen_at TEXT NOT NULL,
    frozen_by TEXT NOT NULL DEFAULT '',
    content BLOB NOT NULL,
    digest TEXT NOT NULL
);
)SQL";

// Version 5: scenarios, named what-ifs of the plan kept as content (the
// encoding versions use) and edited in place of the plan; the change-log
// lines of their edits name them. Ids are never handed out twice in a file,
// not after a delete and not in a scenario and the plan at once: each kind's
// highest id ever written is kept, so that a scenario promoted to be the
// plan cannot mistake a new item of its own for another one the plan made.
const char *const v5 = R"SQL(
CREATE TABLE plan_scenario (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    based_on TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    content BLOB NOT NULL
);
ALTER TABLE change_log ADD COLUMN scenario TEXT;
CREATE TABLE id_high_water (
    entity TEXT PRIMARY KEY,
    high INTEGER NOT NULL
);
INSERT INTO id_high_water (entity, high)
SELECT 'programme', coalesce(max(id), 0) FROM programme
UNION ALL SELECT 'decision', coalesce(max(id), 0) FROM decision
UNION ALL SELECT 'period', coalesce(max(id), 0) FROM period
UNION ALL SELECT 'organisation', coalesce(max(id), 0) FROM organisation
UNION ALL SELECT 'area', coalesce(max(id), 0) FROM area
UNION ALL SELECT 'area_classification', coalesce(max(id), 0) FROM area_classification
UNION ALL SELECT 'phase', coalesce(max(id), 0) FROM phase
UNION ALL SELECT 'problem', coalesce(max(id), 0) FROM problem
UNION ALL SELECT 'cause', coalesce(max(id), 0) FROM cause
UNION ALL SELECT 'goal', coalesce(max(id), 0) FROM goal
UNION ALL SELECT 'intervention', coalesce(max(id), 0) FROM intervention
UNION ALL SELECT 'activity', coalesce(max(id), 0) FROM activity
UNION ALL SELECT 'intervention_area', coalesce(max(id), 0) FROM intervention_area
UNION ALL SELECT 'intervention_cause', coalesce(max(id), 0) FROM intervention_cause
UNION ALL SELECT 'intervention_goal', coalesce(max(id), 0) FROM intervention_goal
UNION ALL SELECT 'responsibility', coalesce(max(id), 0) FROM responsibility
UNION ALL SELECT 'funding_source', coalesce(max(id), 0) FROM funding_source
UNION ALL SELECT 'allocation', coalesce(max(id), 0) FROM allocation
UNION ALL SELECT 'indicator', coalesce(max(id), 0) FROM indicator
UNION ALL SELECT 'measurement', coalesce(max(id), 0) FROM measurement
UNION ALL SELECT 'follow_up', coalesce(max(id), 0) FROM follow_up
UNION ALL SELECT 'recommendation', coalesce(max(id), 0) FROM recommendation
UNION ALL SELECT 'risk', coalesce(max(id), 0) FROM risk
UNION ALL SELECT 'problem_area', coalesce(max(id), 0) FROM problem_area
UNION ALL SELECT 'forecast', coalesce(max(id), 0) FROM forecast;
)SQL";

// Version 6: an activity has a description (a plan brought in from another
// tool keeps its notes and, for a task flattened from deeper levels, the path
// it sat at there).
const char *const v6 = R"SQL(
ALTER TABLE activity ADD COLUMN description TEXT NOT NULL DEFAULT '';
)SQL";

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        {1, v1},
        {2, v2},
        {3, v3},
        {4, v4},
        {5, v5},
        {6, v6},
    };
    return all;
}

QStringList statementsOf(const Migration &migration)
{
    QStringList statements;
    for (const QString &statement : QString::fromUtf8(migration.sql).split(QStringLiteral(";\n"), Qt::SkipEmptyParts))
        if (!statement.trimmed().isEmpty())
            statements << statement;
    return statements;
}

} // namespace horisont
