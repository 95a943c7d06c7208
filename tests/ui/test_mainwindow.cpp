// The main window on the real demo plan, driven offscreen.
#include "document/plandocument.h"
#include "demo/umeademo.h"
#include "mainwindow.h"
#include "models/structuremodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace horisont;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        auto doc = demo::createUmea(m_dir.filePath(QStringLiteral("demo.horisont")), &error);
        QVERIFY2(doc, qPrintable(error));
        m_path = doc->path();
    }

    void showsTheStructureOfThePlan()
    {
        MainWindow window;
        QVERIFY(window.openPlan(m_path));
        window.show();
        auto *tree = window.findChild<QTreeView *>();
        QVERIFY(tree);
        QAbstractItemModel *model = tree->model();
        QCOMPARE(model->rowCount(), int(window.document()->plan().all<Phase>().size()));
        int interventions = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            interventions += model->rowCount(model->index(row, 0));
        QCOMPARE(interventions, int(window.document()->plan().all<Intervention>().size()));
        QVERIFY(model->index(0, 0).data().toString().contains(QStringLiteral("Uppstart")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo.horisont")));
    }

    void structureModelPassesTheModelTester()
    {
        QString error;
        auto doc = PlanDocument::open(m_path, &error, PlanDocument::Access::ReadOnly);
        QVERIFY(doc);
        StructureModel model(doc->plan());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 0);
    }

    void secondWindowShowsWhyItIsReadOnly()
    {
        MainWindow first;
        QVERIFY(first.openPlan(m_path));
        MainWindow second;
        QVERIFY(second.openPlan(m_path));
        second.show();
        QVERIFY(second.document()->isReadOnly());
        bool bannerShown = false;
        for (QLabel *label : second.findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("another Horisont")))
                bannerShown = true;
        }
        QVERIFY(bannerShown);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
