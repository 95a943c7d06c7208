#pragma once

// Plans to test on: a small empty programme or the Umeå demo, in a
// temporary folder, opened for editing as user "tester". For both the
// GoogleTest and the QtTest suites: a plan that cannot be made is nullptr
// (the reason goes to the log), which the caller asserts.
#include "document/plandocument.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace horisont::test {

/// A new plan file in `dir` with a programme that runs 2020–2035.
std::unique_ptr<PlanDocument> createPlan(const QTemporaryDir &dir, const QString &name = QStringLiteral("plan.horisont"));
/// The Umeå demo plan in `dir`.
std::unique_ptr<PlanDocument> createDemo(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.horisont"));

/// SQL that puts ten days of a thousand ledger rows into a plan by hand (import
/// 9001; no import writes them, LedgerMagnitude bounds what one may): each
/// day's sum within 64 bits and agreeing with its rows, the ten together past
/// what 64 bits hold. Run it with test::sqlite3.
QString ledgerPastWhatCanBeCountedSql();

} // namespace horisont::test
