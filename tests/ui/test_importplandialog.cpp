// File ▸ Import Plan… with the tests' own plans of other tools: the preview
// shows what will be created and writes nothing; Import writes the new plan
// and the window opens it; Cancel leaves nothing; an existing file is never
// written over; a broken file is named with its line.
#include "dialogs/importplandialog.h"
#include "document/plandocument.h"
#include "mainwindow.h"
#include "models/importpreviewmodels.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

using namespace horisont;

namespace {
const QString plans = QStringLiteral(HORISONT_TEST_DATA "/plans");
const QString msProject = plans + QStringLiteral("/msproject-nested.xml");
const QString ganttProject = plans + QStringLiteral("/ganttproject-nested.gan");

QString written(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return f.fileName();
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
}

/// Every row of the tree under `parent` as "kind: name (dates)", depth first.
QStringList rowsOf(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex name = model.index(r, ImportStructureModel::Name, parent);
        rows << QStringLiteral("%1: %2 (%3)")
                    .arg(model.index(r, ImportStructureModel::Kind, parent).data().toString(), name.data().toString(),
                         model.index(r, ImportStructureModel::Dates, parent).data().toString());
        rows << rowsOf(model, name);
    }
    return rows;
}

int countOf(const QStringList &rows, const QString &kind)
{
    return int(rows.filter(QRegularExpression(QStringLiteral("^%1: ").arg(kind))).size());
}

bool previewed(ImportPlanDialog &dialog, const QString &source)
{
    dialog.setSource(source);
    dialog.startPreview();
    if (!dialog.isBusy())
        return false;
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 10000);
}
} // namespace

class TestImportPlanDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void previewShowsWhatWillBeCreatedAndWritesNothing()
    {
        QTemporaryDir dir;
        ImportPlanDialog dialog;
        dialog.setTarget(dir.filePath(QStringLiteral("trygghet.horisont")));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(previewed(dialog, msProject));
        QVERIFY2(dialog.message().contains(QStringLiteral("msproject-nested.xml read")), qPrintable(dialog.message()));
        QVERIFY(filesIn(dir).isEmpty()); // nothing before Import

        const QStringList rows = rowsOf(*dialog.structureModel());
        QCOMPARE(dialog.structureModel()->rowCount(), 2); // the two phases at the top
        QCOMPARE(dialog.structureModel()->index(0, 0).data().toString(), QStringLiteral("Fas 1: Kartläggning"));
        QCOMPARE(countOf(rows, QStringLiteral("Phase")), 2);
        QCOMPARE(countOf(rows, QStringLiteral("Milestone")), 2);
        // The tree holds what the report counts, one row for each.
        const QString report = dialog.reportText();
        for (const QString &kind : {QStringLiteral("Phase"), QStringLiteral("Intervention"), QStringLiteral("Activity"),
                                    QStringLiteral("Milestone")}) {
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("%1(s|ies)?:\\s+(\\d+)").arg(kind.chopped(kind.endsWith(QLatin1Char('y')))))
                    .match(report);
            QVERIFY2(m.hasMatch(), qPrintable(kind + QStringLiteral("\n") + report));
            QCOMPARE(countOf(rows, kind), m.captured(2).toInt());
        }
        // A task from below the third level: an activity of its intervention, with its dates.
        QVERIFY2(rows.contains(QStringLiteral("Activity: Vandring Ålidhem (2024-12-29 – 2025-01-01)")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.contains(QStringLiteral("Activity: Enkät (2024-09-02 – 2024-09-09)")), qPrintable(rows.join(QLatin1Char('\n'))));

        // Resources become organisations, their groups the parents.
        const ImportOrganisationModel &orgs = *dialog.organisationModel();
        QCOMPARE(orgs.rowCount(), 4);
        QStringList organisations;
        for (int r = 0; r < orgs.rowCount(); ++r)
            organisations << orgs.index(r, ImportOrganisationModel::Name).data().toString() + QStringLiteral(" < ")
                                 + orgs.index(r, ImportOrganisationModel::PartOf).data().toString();
        QVERIFY2(organisations.contains(QStringLiteral("Socialtjänsten < Umeå kommun")), qPrintable(organisations.join(QLatin1Char('|'))));
        QVERIFY(organisations.contains(QStringLiteral("Polisen < ")));

        QVERIFY2(report.contains(QStringLiteral("dependencies: 1")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("Allocated in total:")));
        QVERIFY(report.contains(QStringLiteral("150 000.03")) || report.contains(QStringLiteral("150,000.03")));
        QVERIFY(dialog.importButton()->isEnabled());
        dialog.show();
        QVERIFY_EVERY_CONTROL_NAMED(&dialog);

        // Another file chosen: the preview no longer stands for what Import would make.
        dialog.setSource(ganttProject);
        QCOMPARE(dialog.structureModel()->rowCount(), 0);
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(filesIn(dir).isEmpty());
    }

    void importWritesThePlanAndTheWindowOpensIt()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("gantt.horisont"));
        MainWindow window;
        QVERIFY(!window.document());
        auto *action = window.findChild<QAction *>(QStringLiteral("importPlan"));
        QVERIFY(action);
        QVERIFY(action->isEnabled()); // no plan need be open
        QStringList phases;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<ImportPlanDialog *>();
            QVERIFY(dialog);
            QTimer::singleShot(20000, dialog, &QDialog::reject); // never hangs the test
            dialog->setTarget(target);
            QVERIFY(previewed(*dialog, ganttProject));
            QVERIFY(!QFileInfo::exists(target));
            for (int r = 0; r < dialog->structureModel()->rowCount(); ++r)
                phases << dialog->structureModel()->index(r, 0).data().toString();
            dialog->importButton()->click();
            QVERIFY(dialog->isBusy());
        });
        action->trigger();
        QCOMPARE(phases, QStringList({QStringLiteral("Fas 1: Kartläggning"), QStringLiteral("Fas 2: Genomförande")}));
        QVERIFY(window.document());
        QCOMPARE(window.document()->path(), target);
        QStringList opened;
        for (const Phase &p : window.document()->plan().all<Phase>())
            opened << p.name;
        QCOMPARE(opened, phases);
        QCOMPARE(test::sqlite3(target, QStringLiteral("SELECT count(*) FROM phase")), QStringLiteral("2"));
    }

    void cancelLeavesNothingAndTheDialogStaysUsable()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("ms.horisont"));
        ImportPlanDialog dialog;
        dialog.setTarget(target);
        // Cancelled while reading: no preview.
        dialog.setSource(msProject);
        dialog.startPreview();
        QVERIFY(dialog.isBusy());
        dialog.cancel();
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.structureModel()->rowCount(), 0);
        QVERIFY(!dialog.importButton()->isEnabled());
        QTest::qWait(200); // the abandoned reading ends meanwhile and changes nothing
        QCOMPARE(dialog.structureModel()->rowCount(), 0);

        // Cancelled while creating: whatever was written is removed.
        QVERIFY(previewed(dialog, msProject));
        dialog.startImport();
        QVERIFY(dialog.isBusy());
        dialog.cancel();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 10000));
        QVERIFY2(dialog.message().contains(QStringLiteral("nothing was written")), qPrintable(dialog.message()));
        QCOMPARE(filesIn(dir), QStringList());
        QVERIFY(dialog.createdPlan().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // Then the same import goes through.
        QVERIFY(dialog.importButton()->isEnabled());
        dialog.startImport();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 10000));
        QCOMPARE(dialog.createdPlan(), target);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(filesIn(dir), QStringList({QStringLiteral("ms.horisont")}));
    }

    void anExistingFileIsRefusedByName()
    {
        QTemporaryDir dir;
        const QString target = written(dir, QStringLiteral("finns.horisont"), "earlier bytes");
        QVERIFY(!target.isEmpty());
        ImportPlanDialog dialog;
        dialog.setTarget(target);
        QVERIFY(previewed(dialog, ganttProject));
        dialog.startImport();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 10000));
        QVERIFY2(dialog.message().contains(target) && dialog.message().contains(QStringLiteral("already exists")),
                 qPrintable(dialog.message()));
        QVERIFY(dialog.createdPlan().isEmpty());
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("earlier bytes"));
        QCOMPARE(filesIn(dir), QStringList({QStringLiteral("finns.horisont")}));
    }

    void aBrokenFileIsNamedWithItsLine()
    {
        QTemporaryDir dir;
        const QString broken = written(dir, QStringLiteral("trasig.xml"),
                                       "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task><UID>1</UID>");
        QVERIFY(!broken.isEmpty());
        ImportPlanDialog dialog;
        dialog.setTarget(dir.filePath(QStringLiteral("x.horisont")));
        QVERIFY(previewed(dialog, broken));
        QVERIFY2(dialog.message().startsWith(QStringLiteral("trasig.xml, line 1: ")), qPrintable(dialog.message()));
        QCOMPARE(dialog.structureModel()->rowCount(), 0);
        QVERIFY(dialog.reportText().isEmpty());
        QVERIFY(!dialog.importButton()->isEnabled());
        dialog.startImport(); // refused without a preview
        QVERIFY(!dialog.isBusy());
        QCOMPARE(filesIn(dir), QStringList({QStringLiteral("trasig.xml")}));
    }
};

QTEST_MAIN(TestImportPlanDialog)
#include "test_importplandialog.moc"
