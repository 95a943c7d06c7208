#pragma once

// A copy of the demo plan on disk to import ledger exports into, shared by
// the ledger import tests.
#include "testsupport.h"

#include "ledger/import/ledgerimport.h"
#include "ledger/ledger.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace horisont::test {

class LedgerImportFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        doc = createDemo(dir);
        ASSERT_TRUE(doc);
        before = Ledger(doc->store()).totals();
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }

    ImportResult import(const QString &file, ImportOptions options = {}, const ImportProgress &progress = {})
    {
        return LedgerImport::import(*doc, file, options, progress);
    }

    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> doc;
    LedgerTotals before; ///< the demo's ledger before the test imported anything
};

/// The header of the exports the tests write (the sample export's columns).
inline const QByteArray ledgerHeader = "Ver.nr;Rad;Bokf.datum;Konto;Ansvar;Verksamhet;Aktivitet;Projekt;Belopp;Text\r\n";

} // namespace horisont::test
