// The window on a plan on a real PostgreSQL server (a private cluster, two
// database users, two windows): an edit in one window arrives in the
// other's structure while it keeps its selection and scroll position, and
// the status bar names who changed what; the status bar shows the user,
// the role and the connection, lost when the server stops and back when it
// starts; Open from Server lists the published plan and opens it; an
// editor's window offers none of what only a controller or an owner may do;
// a plan of an older format is upgraded when its owner says yes, and anyone
// else is told that the owner must upgrade it.
#include "olderplan.h"
#include "postgrescluster.h"
#include "uitestsupport.h"

#include "dialogs/openfromserverdialog.h"
#include "dialogs/publishtoserverdialog.h"
#include "document/plandocument.h"
#include "document/serverlink.h"
#include "edit/commands.h"
#include "mainwindow.h"
#include "mainmenus.h"
#include "recentfiles.h"
#include "selection/planselection.h"
#include "server/serverplans.h"
#include "server/serverroles.h"
#include "store/fileformat.h"
#include "team/serverfields.h"
#include "team/serverstatus.h"
#include "views/allocationgridview.h"
#include "views/entitylistview.h"
#include "views/fundingview.h"
#include "views/structureview.h"
#include "models/structuremodel.h"

#include <QAction>
#include <QInputDialog>
#include <QTimer>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace horisont;

class TestTeamWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_cluster = std::make_unique<test::PostgresCluster>();
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QVERIFY2(m_cluster->createDatabase(QStringLiteral("planer"), &error), qPrintable(error));
        for (const char *user : {"anna", "bertil"})
            QVERIFY(m_cluster->createRole(QString::fromLatin1(user)));
        QVERIFY(m_dir.isValid());
        auto demo = test::createDemo(m_dir, QStringLiteral("umea.horisont"));
        QVERIFY(demo);
        m_demoFile = demo->path();
        demo.reset();
        QVERIFY2(serverplans::publish(m_demoFile, address(QStringLiteral("umea")), &error), qPrintable(error));
        for (const char *user : {"anna", "bertil"})
            QVERIFY2(serverroles::grant(address(QStringLiteral("umea")), serverroles::Role::Editor,
                                        QString::fromLatin1(user), &error),
                     qPrintable(error));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void anEditArrivesInTheOtherWindowWhichKeepsItsSelectionAndScroll()
    {
        MainWindow anna, bertil;
        QVERIFY(anna.openPlan(uriAs(QStringLiteral("anna"))));
        bertil.resize(1000, 480); // short enough for the structure to scroll
        QVERIFY(bertil.openPlan(uriAs(QStringLiteral("bertil"))));
        bertil.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bertil));
        QCOMPARE(bertil.windowTitle(), QStringLiteral("umea on localhost/planer – Horisont"));

        StructureView *structure = bertil.menus() ? bertil.findChild<StructureView *>() : nullptr;
        QVERIFY(structure);
        QTreeView *tree = structure->tree();
        tree->expandAll();
        const auto &interventions = bertil.document()->plan().all<Intervention>();
        QVERIFY(interventions.size() >= 3);
        const Id renamed = interventions.begin()->id;
        const Id chosen = std::prev(interventions.end())->id;
        bertil.selection()->select(EntityKind::Intervention, chosen);
        QScrollBar *scroll = tree->verticalScrollBar();
        QVERIFY2(scroll->maximum() > 0, "the structure does not scroll");
        scroll->setValue(scroll->maximum() / 2);
        const int scrolled = scroll->value();
        const QModelIndex current = tree->currentIndex();

        const QString name = QStringLiteral("Nattvandring i Ålidhem");
        QVERIFY(anna.document()->execute(
            commands::setField(*anna.document(), EntityKind::Intervention, renamed, QStringLiteral("name"), name)));

        QTRY_VERIFY_WITH_TIMEOUT(bertil.document()->plan().find<Intervention>(renamed)->name == name, 5000);
        const QModelIndex row = structure->model()->indexOf(EntityKind::Intervention, renamed);
        QTRY_VERIFY_WITH_TIMEOUT(row.data(Qt::DisplayRole).toString().endsWith(name), 5000); // after its project code
        QCOMPARE(bertil.selection()->kind(), EntityKind::Intervention);
        QCOMPARE(bertil.selection()->id(), chosen);
        QCOMPARE(tree->currentIndex(), current);
        QCOMPARE(scroll->value(), scrolled);
        const QString message = bertil.statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QStringLiteral("anna changed Name of")) && message.contains(name), qPrintable(message));
    }

    void aConflictingEditIsRefusedInABoxThatNamesWhoChangedWhat()
    {
        MainWindow anna, bertil;
        QVERIFY(anna.openPlan(uriAs(QStringLiteral("anna"))));
        QVERIFY(bertil.openPlan(uriAs(QStringLiteral("bertil"))));
        bertil.show();
        const Id renamed = bertil.document()->plan().all<Intervention>().begin()->id;
        // Anna's edit is on the server; Bertil's window has not taken it yet (no events in between).
        QVERIFY(anna.document()->execute(commands::setField(*anna.document(), EntityKind::Intervention, renamed,
                                                            QStringLiteral("name"), QStringLiteral("Annas namn"))));
        QVERIFY(!bertil.document()->execute(commands::setField(*bertil.document(), EntityKind::Intervention, renamed,
                                                               QStringLiteral("name"), QStringLiteral("Bertils namn"))));
        QMessageBox *notice = nullptr;
        QTRY_VERIFY((notice = bertil.findChild<QMessageBox *>(QStringLiteral("conflictNotice"))) != nullptr);
        QVERIFY(!notice->isModal());
        QVERIFY2(notice->text().contains(QStringLiteral("anna")) && notice->text().contains(QStringLiteral("Annas namn")),
                 qPrintable(notice->text()));
        QCOMPARE(bertil.document()->plan().find<Intervention>(renamed)->name, QStringLiteral("Annas namn"));
        notice->close();
    }

    void theStatusBarShowsUserRoleAndConnectionLostAndBack()
    {
        MainWindow bertil;
        QVERIFY(bertil.openPlan(uriAs(QStringLiteral("bertil"))));
        bertil.show();
        auto *where = bertil.findChild<QLabel *>(QStringLiteral("serverWhere"));
        auto *connection = bertil.findChild<QLabel *>(QStringLiteral("serverConnection"));
        QVERIFY(where && connection);
        QVERIFY(bertil.serverStatus()->isVisible());
        QVERIFY2(where->text().contains(QStringLiteral("localhost/planer")) && where->text().contains(QStringLiteral("bertil"))
                     && where->text().contains(QStringLiteral("editor")),
                 qPrintable(where->text()));
        QVERIFY(connection->property("connected").toBool());
        QVERIFY(connection->text().contains(QStringLiteral("Connected")));

        QVERIFY(m_cluster->stop(true));
        QTRY_VERIFY_WITH_TIMEOUT(!connection->property("connected").toBool(), 10000);
        QVERIFY(connection->text().contains(QStringLiteral("Connection lost")));
        QVERIFY(bertil.document()->isReadOnly());
        auto *banner = bertil.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(connection->property("connected").toBool(), 3 * ServerLink::ReconnectIntervalMs + 5000);
        QVERIFY(!bertil.document()->isReadOnly());
        QVERIFY(!banner->isVisible());
    }

    void openFromServerListsThePlanAndOpensIt()
    {
        MainWindow window;
        OpenFromServerDialog dialog(&window);
        ServerFields *fields = dialog.fields();
        fields->hostEdit()->setText(QStringLiteral("localhost"));
        fields->portEdit()->setValue(m_cluster->port());
        fields->databaseEdit()->setText(QStringLiteral("planer"));
        fields->userEdit()->setText(QStringLiteral("anna"));
        QVERIFY2(dialog.listPlans(), qPrintable(dialog.message()->text()));
        QCOMPARE(dialog.plans()->topLevelItemCount(), 1);
        const QTreeWidgetItem *plan = dialog.plans()->topLevelItem(0);
        QCOMPARE(plan->text(0), QStringLiteral("umea"));
        QCOMPARE(plan->text(1), test::PostgresCluster::superuser());
        QCOMPARE(plan->text(3), QStringLiteral("editor"));
        QCOMPARE(dialog.planAddress(), uriAs(QStringLiteral("anna")));
        QVERIFY(window.openPlan(dialog.planAddress()));
        QCOMPARE(window.document()->displayName(), QStringLiteral("umea on localhost/planer"));
        // Remembered without a password, the connection and the plan alike.
        QCOMPARE(ServerFields::rememberedConnections().value(0),
                 m_cluster->uri(QStringLiteral("planer"), QStringLiteral("anna")));
        QCOMPARE(RecentFiles::list().value(0), uriAs(QStringLiteral("anna")));

        // The dialog names the server that refuses.
        fields->databaseEdit()->setText(QStringLiteral("finnsinte"));
        QVERIFY(!dialog.listPlans());
        QVERIFY2(dialog.message()->text().contains(QStringLiteral("localhost/finnsinte")), qPrintable(dialog.message()->text()));
        QCOMPARE(dialog.plans()->topLevelItemCount(), 0);
    }

    void publishToServerChecksTheNameAndPublishes()
    {
        MainWindow window;
        QVERIFY(window.openPlan(m_demoFile));
        QAction *publish = window.findChild<QAction *>(QStringLiteral("publishToServer"));
        QVERIFY(publish && publish->isEnabled());
        PublishToServerDialog dialog(m_demoFile, QStringLiteral("2umea"), &window);
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("planNameProblem"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("publish"));
        dialog.fields()->portEdit()->setValue(m_cluster->port());
        dialog.fields()->hostEdit()->setText(QStringLiteral("localhost"));
        dialog.fields()->databaseEdit()->setText(QStringLiteral("planer"));
        dialog.fields()->userEdit()->setText(test::PostgresCluster::superuser());
        QVERIFY(problem->text().contains(QStringLiteral("start with a letter")));
        QVERIFY(!button->isEnabled());
        dialog.planName()->setText(QStringLiteral("nacka"));
        QVERIFY(problem->text().isEmpty());
        QVERIFY(button->isEnabled());
        QVERIFY2(dialog.publish(), qPrintable(dialog.message()->text()));
        QString error;
        const auto plans = serverplans::list(address(), &error);
        QVERIFY(plans && plans->size() == 2);
        QVERIFY(window.openPlan(dialog.publishedAddress()));
        QVERIFY(!publish->isEnabled()); // already on a server
        // Publishing a name taken is refused in the dialog.
        QVERIFY(!dialog.publish());
        QVERIFY2(!dialog.message()->text().isEmpty(), "no refusal shown");
    }

    void anEditorsWindowOffersNothingOnlyAControllerOrOwnerMayDo()
    {
        MainWindow anna;
        QVERIFY(anna.openPlan(uriAs(QStringLiteral("anna"))));
        anna.show();
        QVERIFY(!anna.document()->isReadOnly());
        QAction *freeze = anna.findChild<QAction *>(QStringLiteral("freezeVersion"));
        QVERIFY(freeze && !freeze->isEnabled());
        QVERIFY2(freeze->toolTip().contains(QStringLiteral("owner")), qPrintable(freeze->toolTip()));
        anna.showView(MainWindow::Funding);
        auto *funding = anna.findChild<FundingView *>();
        QVERIFY(funding);
        for (EntityListView *list : {funding->sources(), funding->allocations()}) {
            auto *add = list->findChild<QPushButton *>(QString(), Qt::FindDirectChildrenOnly);
            QVERIFY(add && !add->isEnabled());
            QVERIFY2(add->toolTip().contains(QStringLiteral("controller")), qPrintable(add->toolTip()));
        }
        QVERIFY(!funding->grid()->markDecidedButton()->isEnabled());
        QVERIFY(!funding->grid()->spreadButton()->isEnabled());
        const QList<QPushButton *> buttons = funding->findChildren<QPushButton *>();
        const auto import = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
            return b->text().startsWith(QStringLiteral("Import actual spending"));
        });
        QVERIFY(import != buttons.end() && !(*import)->isEnabled());
        // What an editor may change stays open to him.
        anna.selection()->select(EntityKind::Intervention, anna.document()->plan().all<Intervention>().begin()->id);
        QVERIFY(anna.findChild<StructureView *>()->model()->flags(
                    anna.findChild<StructureView *>()->model()->index(0, 0)) & Qt::ItemIsEditable);
    }

    void aPasswordIsAskedForAgainWhenRefusedAndKeptOnlyInMemory()
    {
        // Pia logs in with a password (her group asks for scram-sha-256); the others are trusted.
        const QString group = test::PostgresCluster::PasswordGroup;
        QVERIFY(m_cluster->psql(QStringLiteral("planer"), test::PostgresCluster::superuser(),
                                QStringLiteral("CREATE ROLE %1 NOLOGIN; CREATE ROLE pia LOGIN PASSWORD 'hemligt ord' IN ROLE %1")
                                    .arg(group)));
        QString error;
        QVERIFY2(serverroles::grant(address(QStringLiteral("umea")), serverroles::Role::Editor, QStringLiteral("pia"), &error),
                 qPrintable(error));
        // Whenever the window asks, the next of these is typed: a wrong password, then (asked again,
        // saying it was refused) the right one.
        QStringList answers{QStringLiteral("fel"), QStringLiteral("hemligt ord")};
        QStringList prompts;
        QTimer typist;
        connect(&typist, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog || answers.isEmpty())
                return;
            prompts << dialog->labelText();
            dialog->setTextValue(answers.takeFirst());
            dialog->accept();
        });
        typist.start(20);
        MainWindow pia;
        QVERIFY(pia.openPlan(uriAs(QStringLiteral("pia"))));
        QCOMPARE(prompts.size(), 2);
        QVERIFY2(prompts.first().contains(QStringLiteral("pia")), qPrintable(prompts.first()));
        QVERIFY2(prompts.last().contains(QStringLiteral("refused")), qPrintable(prompts.last()));
        QCOMPARE(pia.document()->userName(), QStringLiteral("pia"));
        QVERIFY(pia.document()->execute(commands::setField(*pia.document(), EntityKind::Intervention,
                                                           pia.document()->plan().all<Intervention>().begin()->id,
                                                           QStringLiteral("code"), QStringLiteral("7555"))));
        const QString schema = pia.document()->serverLink()->store().registeredPlan().schema;
        QCOMPARE(psqlOutput(QStringLiteral("SELECT user_name FROM %1.change_log ORDER BY id DESC LIMIT 1").arg(schema)),
                 QStringLiteral("pia"));
        // Never written down: not in the settings (recent plans, connections), not in the address.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("hemligt")), qPrintable(key));
        QVERIFY(!pia.document()->displayName().contains(QStringLiteral("hemligt")));
        // A second window of the session is not asked again.
        MainWindow again;
        QVERIFY(again.openPlan(uriAs(QStringLiteral("pia"))));
        QCOMPARE(prompts.size(), 2);
    }

    void anOlderPlanIsUpgradedByItsOwnerOnYesAndExplainedToOthers()
    {
        QString error;
        QVERIFY2(serverplans::publish(m_demoFile, address(QStringLiteral("gammal")), &error), qPrintable(error));
        QVERIFY2(serverroles::grant(address(QStringLiteral("gammal")), serverroles::Role::Editor, QStringLiteral("anna"), &error),
                 qPrintable(error));
        QVERIFY2(test::makeFormat5Plan(*m_cluster, QStringLiteral("planer"), QStringLiteral("gammal"), &error), qPrintable(error));
        // Whenever a box comes up, its name and text are noted and it is answered.
        QStringList boxes;
        QMessageBox::StandardButton answer = QMessageBox::No;
        QTimer reader;
        connect(&reader, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            boxes << box->objectName() + QLatin1Char(':') + box->text();
            box->button(box->objectName() == QLatin1String("upgradePrompt") ? answer : QMessageBox::Ok)->click();
        });
        reader.start(20);
        const QString annas = m_cluster->uri(QStringLiteral("planer"), QStringLiteral("anna"), QStringLiteral("plan=gammal"));
        const QString owners = m_cluster->uri(QStringLiteral("planer"), test::PostgresCluster::superuser(),
                                              QStringLiteral("plan=gammal"));
        // An editor is told that the owner must upgrade it, and how.
        MainWindow anna;
        QVERIFY(!anna.openPlan(annas));
        QCOMPARE(boxes.size(), 1);
        QVERIFY2(boxes.first().startsWith(QStringLiteral("upgradeRefused:")), qPrintable(boxes.first()));
        QVERIFY2(boxes.first().contains(QStringLiteral("horisont upgrade")), qPrintable(boxes.first()));
        QVERIFY2(boxes.first().contains(QStringLiteral("anna is not an owner")), qPrintable(boxes.first()));
        // The owner is asked; no keeps the plan as it was, yes upgrades and opens it.
        MainWindow owner;
        QVERIFY(!owner.openPlan(owners));
        QCOMPARE(boxes.size(), 2);
        QVERIFY2(boxes.last().startsWith(QStringLiteral("upgradePrompt:")), qPrintable(boxes.last()));
        QVERIFY2(boxes.last().contains(QStringLiteral("older versions of Horisont cannot open the plan afterwards")),
                 qPrintable(boxes.last()));
        QCOMPARE(psqlOutput(QStringLiteral("SELECT format FROM horisont.plans WHERE name = 'gammal'")), QStringLiteral("5"));
        answer = QMessageBox::Yes;
        QVERIFY(owner.openPlan(owners));
        QCOMPARE(boxes.size(), 3);
        QCOMPARE(psqlOutput(QStringLiteral("SELECT format FROM horisont.plans WHERE name = 'gammal'")),
                 QString::number(fileformat::currentVersion()));
        QCOMPARE(owner.document()->displayName(), QStringLiteral("gammal on localhost/planer"));
        // Now the editor opens it without being asked anything.
        QVERIFY(anna.openPlan(annas));
        QCOMPARE(boxes.size(), 3);
    }

private:
    QString psqlOutput(const QString &sql) const
    {
        QString output;
        m_cluster->psql(QStringLiteral("planer"), test::PostgresCluster::superuser(), sql, &output);
        return output.trimmed();
    }

    ServerAddress address(const QString &plan = QString()) const
    {
        QString error;
        auto parsed = serveraddress::parse(
            m_cluster->uri(QStringLiteral("planer"), test::PostgresCluster::superuser(),
                           plan.isEmpty() ? QString() : QStringLiteral("plan=") + plan),
            &error);
        return parsed.value_or(ServerAddress{});
    }

    QString uriAs(const QString &user) const
    {
        return m_cluster->uri(QStringLiteral("planer"), user, QStringLiteral("plan=umea"));
    }

    std::unique_ptr<test::PostgresCluster> m_cluster;
    QTemporaryDir m_dir;
    QString m_demoFile;
};

QTEST_MAIN(TestTeamWindow)
#include "test_teamwindow.moc"
