// Every item model of the window under QAbstractItemModelTester while the
// plan changes: the demo opened in the real main window, every view shown,
// the model of every item view (and the models behind its proxies) watched,
// then a few hundred edits of every kind — generic field edits, copies and
// removals, and the domain edits (paste, arrange, indent/outdent, spread,
// mark as decided, RACI, areas) — done, undone and redone. Each signal a
// model emits is checked against what it then reports; a broken promise
// fails the test where it happened. The structure, the one tree model, is
// also held after every edit to a model built afresh from the plan.
#include "edit/structurecommands.h"
#include "mainwindow.h"
#include "models/structuremodel.h"
#include "randomedits.h"
#include "uitestsupport.h"

#include <QSet>
#include <QSettings>
#include <QtTest>

using namespace horisont;

class TestModels : public QObject
{
    Q_OBJECT

    /// The window on a fresh copy of the demo, every view made and shown
    /// once, every model of an item view watched.
    bool openEveryView(MainWindow &window, test::ModelWatch &watch)
    {
        if (!window.openPlan(m_path))
            return false;
        window.document()->setUserName(QStringLiteral("tester"));
        window.show();
        for (int v = 0; v < MainWindow::ViewCount; ++v) {
            window.showView(MainWindow::View(v));
            QCoreApplication::processEvents();
        }
        watch.watchViewsUnder(&window);
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init()
    {
        // The window opens the file itself: the plan is only made here.
        m_dir = std::make_unique<QTemporaryDir>();
        auto doc = test::createDemo(*m_dir);
        QVERIFY(doc);
        m_path = doc->path();
    }

    void everyItemModelIsWatched()
    {
        MainWindow window;
        test::ModelWatch watch;
        QVERIFY(openEveryView(window, watch));
        QSet<QString> classes;
        for (const QAbstractItemModel *model : watch.models())
            classes << QString::fromLatin1(model->metaObject()->className());
        // Every QAbstractItemModel subclass of ui/models, and the proxies the views sort with.
        for (const char *name :
             {"horisont::StructureModel", "horisont::RaciModel", "horisont::AllocationGridModel",
              "horisont::SourceSummaryModel", "horisont::MoneyGridModel", "horisont::ForecastModel",
              "horisont::EntityTableModel", "horisont::OrganisationModel", "horisont::AreaModel",
              "horisont::ClassificationHistoryModel", "horisont::ProblemsModel", "horisont::AuditTrailModel",
              "horisont::ChangeLogModel", "QSortFilterProxyModel"})
            QVERIFY2(classes.contains(QString::fromLatin1(name)),
                     qPrintable(QStringLiteral("%1 is shown by no view: %2")
                                    .arg(QString::fromLatin1(name), QStringList(classes.values()).join(QStringLiteral(", ")))));
    }

    void everyModelKeepsItsContractThroughEditsUndoAndRedo()
    {
        MainWindow window;
        test::ModelWatch watch;
        QVERIFY(openEveryView(window, watch));
        PlanDocument &doc = *window.document();
        const QList<Record> opened = doc.plan().snapshot();
        std::mt19937 random(14);
        for (int i = 0; i < 150; ++i) {
            QUndoCommand *command = test::randomEdit(doc, random);
            QVERIFY(command);
            QVERIFY2(doc.execute(command), qPrintable(doc.lastError()));
            if (i % 10 == 0)
                QCoreApplication::processEvents(); // what views do later (the follow-up's read of the ledger)
        }
        const QList<Record> edited = doc.plan().snapshot();
        while (doc.undoStack()->canUndo())
            QVERIFY(doc.undo());
        QCOMPARE(doc.plan().snapshot(), opened);
        QCoreApplication::processEvents();
        while (doc.undoStack()->canRedo())
            QVERIFY(doc.redo());
        QCOMPARE(doc.plan().snapshot(), edited);
        QCOMPARE_FILE_TO_MEMORY(doc);
    }

    void anInterventionMovedToAnotherPhaseKeepsItsActivities()
    {
        // Dropped into another phase (structure::arrange, as drag and drop does),
        // the intervention's row moves with its activities below it.
        auto doc = PlanDocument::open(m_path, nullptr);
        QVERIFY(doc);
        StructureModel model(*doc);
        test::ModelWatch watch;
        watch.watch(&model);
        const auto &phases = doc->plan().all<Phase>().items();
        QVERIFY(phases.size() >= 2);
        const Id target = phases[0].id;
        Id moved = NoId;
        int activities = 0;
        for (const Intervention &in : doc->plan().all<Intervention>()) {
            const QModelIndex row = model.indexOf(EntityKind::Intervention, in.id);
            if (in.phaseId != target && model.rowCount(row) > 0) {
                moved = in.id;
                activities = model.rowCount(row);
                break;
            }
        }
        QVERIFY(moved != NoId);
        QList<Id> order{moved};
        for (const Intervention &in : doc->plan().all<Intervention>()) {
            if (in.phaseId == target)
                order << in.id;
        }
        QVERIFY(doc->execute(structure::arrange(*doc, EntityKind::Intervention, target, order, CommandText::verbatim(QStringLiteral("Move")))));
        const QModelIndex row = model.indexOf(EntityKind::Intervention, moved);
        QCOMPARE(row.parent(), model.indexOf(EntityKind::Phase, target));
        QCOMPARE(row.row(), 0);
        QCOMPARE(model.rowCount(row), activities);
        QCOMPARE(test::rowsAsText(model), test::rowsAsText(StructureModel(*doc)));
        QVERIFY(doc->undo());
        QCOMPARE(test::rowsAsText(model), test::rowsAsText(StructureModel(*doc)));
    }
};

QTEST_MAIN(TestModels)
#include "test_models.moc"
