#pragma once

// A copy of the demo plan on disk to import ledger exports into, shared by
// the ledger import tests.
#include "testsupport.h"

#include "ledger/import/ledgerimport.h"
#include "ledger/ledger.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace horisont::test {

class LedgerImportFixture : public DemoTest
{
protected:
    void prepare() override
    {
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

    /// A bad file: nothing is imported, the message names the file (and the
    /// line when given) and the plan's bytes are unchanged.
    ImportResult expectRefused(const QString &name, const QByteArray &bytes, const QString &phrase, qint64 line,
                               const ImportOptions &options = {})
    {
        SCOPED_TRACE(name.toStdString());
        const QString path = write(name, bytes);
        const QByteArray hash = fileHash(doc->path());
        const ImportResult r = import(path, options);
        EXPECT_FALSE(r.ok);
        EXPECT_TRUE(r.error.startsWith(name + QLatin1String(": "))) << r.error.toStdString();
        EXPECT_TRUE(r.error.contains(phrase)) << r.error.toStdString();
        if (line > 0)
            EXPECT_TRUE(r.error.contains(QStringLiteral("line %1:").arg(line))) << r.error.toStdString();
        EXPECT_EQ(r.imported, 0);
        EXPECT_EQ(fileHash(doc->path()), hash);
        EXPECT_EQ(Ledger(doc->store()).totals().count, before.count);
        return r;
    }

    LedgerTotals before; ///< the demo's ledger before the test imported anything
};

/// The header of the exports the tests write (the sample export's columns).
inline const QByteArray ledgerHeader = "Ver.nr;Rad;Bokf.datum;Konto;Ansvar;Verksamhet;Aktivitet;Projekt;Belopp;Text\r\n";

} // namespace horisont::test
