// The Changes view on a real plan file: the demo frozen as a decided
// version, then edited through the core commands the other views use (an
// intervention renamed, an activity's dates moved, an activity removed, an
// allocation lowered). The view compares from the decided version to the
// plan by default, groups the changes in core's words, filters without
// comparing again, selects a chosen item in every view, shows the money to
// the öre, follows the plan and its versions, and exports what it shows.
#include "uitestsupport.h"

#include "edit/allocationcommands.h"
#include "edit/commands.h"
#include "edit/dateedits.h"
#include "mainwindow.h"
#include "models/exporttablemodel.h"
#include "models/planchangesfilter.h"
#include "models/planchangesmodel.h"
#include "selection/planselection.h"
#include "views/changesitemstab.h"
#include "views/changesmoneytab.h"
#include "views/changesview.h"
#include "xlsxcells.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace horisont;

namespace {
const QString Decided = QStringLiteral("Antagen plan 2024");
const QString NewName = QStringLiteral("Fritidsbanken Ålidhem och Mariehem");
} // namespace

class TestChangesView : public test::DemoQtTest
{
    Q_OBJECT

    std::unique_ptr<PlanSelection> m_selection;
    std::unique_ptr<ChangesView> m_view;
    Id m_renamed = NoId, m_shifted = NoId, m_removed = NoId;

    void freeze(const QString &name, const VersionDecision &decision)
    {
        QString error;
        QVERIFY2(planversions::freeze(*m_doc, name, decision, QDateTime::currentDateTimeUtc(), &error),
                 qPrintable(error));
    }
    void apply(EditCommand *command, const QString &error)
    {
        QVERIFY2(command, qPrintable(error));
        QVERIFY2(m_doc->execute(command), qPrintable(m_doc->lastError()));
    }

    void prepare() override
    {
        freeze(Decided, {QStringLiteral("Kommunstyrelsen"), QDate(2024, 3, 12), QStringLiteral("KS 2024/117")});
        freeze(QStringLiteral("Utkast"), {}); // newer, but a snapshot: not the default
        const Plan &plan = m_doc->plan();
        m_renamed = test::interventionWithCode(plan, QStringLiteral("7130"));
        m_shifted = test::idNamed<Activity>(plan, QStringLiteral("Trygghetsvandringar med boende"));
        m_removed = test::idNamed<Activity>(plan, QStringLiteral("Projektering"));
        QVERIFY(m_renamed != NoId && m_shifted != NoId && m_removed != NoId);
        QString error;
        apply(commands::setField(*m_doc, EntityKind::Intervention, m_renamed, QStringLiteral("name"), NewName, &error),
              error);
        apply(dates::setSpan(*m_doc, EntityKind::Activity, m_shifted, QDate(2021, 10, 1), QDate(2021, 12, 30), &error),
              error);
        apply(commands::remove(*m_doc, EntityKind::Activity, {m_removed}, &error), error);
        const Id utv = test::sourceWithCode(plan, QStringLiteral("UTV"));
        const Id processledning = test::interventionWithCode(plan, QStringLiteral("7100"));
        const Id umeabra = test::idWithCode<Organisation>(plan, QStringLiteral("1100"));
        apply(allocations::setCell(*m_doc, allocations::findCell(plan, utv, processledning, umeabra, 2025),
                                   Money::fromKronor(400'000), QString(), &error),
              error); // of 450 000 kr

        m_selection = std::make_unique<PlanSelection>();
        m_view = std::make_unique<ChangesView>(*m_doc, *m_selection);
        m_view->resize(1100, 700);
        m_view->show();
        m_view->refreshNow();
    }
    void release() override
    {
        m_view.reset();
        m_selection.reset();
    }

    QTreeView *tree() const { return m_view->itemsTab()->tree(); }
    /// The shown group whose title starts with `title`, in the tree's model.
    QModelIndex group(const QString &title) const
    {
        const QAbstractItemModel *model = tree()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(PlanChangesModel::GroupTitleRole).toString() == title)
                return index;
        }
        return {};
    }
    /// A shown change's columns as text.
    static QStringList texts(const QModelIndex &row)
    {
        QStringList all;
        for (int column = 0; column < PlanChangesModel::ColumnCount; ++column)
            all << row.siblingAtColumn(column).data().toString();
        return all;
    }
    QStringList groupTitles() const
    {
        QStringList titles;
        for (int row = 0; row < tree()->model()->rowCount(); ++row)
            titles << tree()->model()->index(row, 0).data().toString();
        return titles;
    }

private Q_SLOTS:
    void comparesFromTheLatestDecidedVersionToThePlanByDefault()
    {
        QVERIFY_EVERY_CONTROL_NAMED(m_view.get());
        QComboBox *from = m_view->fromChoice();
        QCOMPARE(from->count(), 3); // the current plan and both versions
        QCOMPARE(from->currentText(), QStringLiteral("Antagen plan 2024 — Kommunstyrelsen, 2024-03-12, KS 2024/117"));
        QCOMPARE(m_view->toChoice()->currentText(), QStringLiteral("The current plan"));
        QCOMPARE(from->itemText(2), QStringLiteral("Utkast — snapshot, no decision"));
        QCOMPARE(m_view->comparison().changes.size(), 3);
        QVERIFY2(m_view->summary()->text().startsWith(QStringLiteral("3 change")), qPrintable(m_view->summary()->text()));
        QAbstractItemModelTester modelTest(m_view->itemsTab()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTest(m_view->itemsTab()->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void groupsTheChangesInCoresWords()
    {
        QCOMPARE(groupTitles(), (QStringList{QStringLiteral("Removed (1)"), QStringLiteral("Renamed (1)"),
                                             QStringLiteral("Dates (1)")}));
        const QModelIndex renamed = group(QStringLiteral("Renamed"));
        QVERIFY(tree()->isExpanded(renamed));
        QCOMPARE(texts(tree()->model()->index(0, 0, renamed)),
                 (QStringList{NewName, QStringLiteral("Intervention"), QStringLiteral("Name"),
                              QStringLiteral("Fritidsbanken Ålidhem"), NewName, QString()}));
        const QModelIndex dates = tree()->model()->index(0, 0, group(QStringLiteral("Dates")));
        QCOMPARE(texts(dates), (QStringList{QStringLiteral("Trygghetsvandringar med boende"), QStringLiteral("Activity"),
                                            QStringLiteral("Dates"), QStringLiteral("2021-09-01 – 2021-10-31"),
                                            QStringLiteral("2021-10-01 – 2021-12-29"), QStringLiteral("+59")}));
        QCOMPARE(dates.data(PlanChangesModel::ShiftDaysRole).toLongLong(), 59);
        const QModelIndex removed = tree()->model()->index(0, 0, group(QStringLiteral("Removed")));
        QCOMPARE(removed.data().toString(), QStringLiteral("Projektering"));
    }

    void theFilterHidesRowsWithoutComparingAgain()
    {
        QSignalSpy resets(m_view->itemsTab()->model(), &QAbstractItemModel::modelReset);
        QTest::keyClicks(m_view->itemsTab()->filterEdit(), QStringLiteral("trygghet"));
        QCOMPARE(groupTitles(), QStringList{QStringLiteral("Dates (1 of 1)")});
        QVERIFY(tree()->isExpanded(group(QStringLiteral("Dates"))));
        m_view->itemsTab()->filterEdit()->clear();
        QCOMPARE(groupTitles().size(), 3);

        QComboBox *groups = m_view->itemsTab()->groupChoice();
        groups->setCurrentIndex(groups->findText(QStringLiteral("Renamed")));
        QCOMPARE(groupTitles(), QStringList{QStringLiteral("Renamed (1 of 1)")});
        groups->setCurrentIndex(0);
        QComboBox *kinds = m_view->itemsTab()->kindChoice();
        kinds->setCurrentIndex(kinds->findText(QStringLiteral("Activities")));
        QCOMPARE(groupTitles(), (QStringList{QStringLiteral("Removed (1 of 1)"), QStringLiteral("Dates (1 of 1)")}));
        QCOMPARE(m_view->itemsTab()->filter()->shownChangeCount(), 2);
        QCOMPARE(resets.count(), 0); // filtering never compared again
    }

    void choosingAChangeSelectsItsItemInEveryView()
    {
        tree()->setCurrentIndex(tree()->model()->index(0, 0, group(QStringLiteral("Renamed"))));
        QCOMPARE(m_selection->kind(), EntityKind::Intervention);
        QCOMPARE(m_selection->id(), m_renamed);

        // A removed item is in no view: nothing is selected, and the status bar says why.
        QSignalSpy messages(m_view.get(), &ChangesView::statusMessage);
        tree()->setCurrentIndex(tree()->model()->index(0, 0, group(QStringLiteral("Removed"))));
        QCOMPARE(m_selection->id(), m_renamed);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("«Projektering» is not in the current plan")));

        // An item selected elsewhere is chosen here too.
        m_selection->select(EntityKind::Activity, m_shifted);
        QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("Trygghetsvandringar med boende"));
    }

    void theMoneyTabShowsTheAllocationToTheOreAndEachYearsTotals()
    {
        m_view->tabs()->setCurrentIndex(ChangesView::MoneyTab);
        const ExportTableModel *money = m_view->moneyTab()->moneyModel();
        QCOMPARE(money->rowCount(), 2); // the change and the totals row
        QCOMPARE(money->index(0, 0).data().toString(), QStringLiteral("2025"));
        QCOMPARE(money->index(0, 3).data().toString(), QStringLiteral("Processledning och samordning")); // 7100
        const auto ore = [](const QAbstractItemModel *model, int row, int column) {
            return model->index(row, column).data(ExportTableModel::OreRole).toLongLong();
        };
        QCOMPARE(ore(money, 0, 4), 45'000'000);
        QCOMPARE(ore(money, 0, 5), 40'000'000);
        QCOMPARE(ore(money, 0, 6), -5'000'000);
        QCOMPARE(money->index(0, 6).data().toString(), Money::fromOre(-5'000'000).format(QLocale()));
        QCOMPARE(money->index(0, 6).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));

        const ExportTableModel *years = m_view->moneyTab()->yearsModel();
        int row2025 = -1;
        for (int row = 0; row < years->rowCount(); ++row) {
            if (years->index(row, 0).data().toString() == QStringLiteral("2025"))
                row2025 = row;
        }
        QVERIFY(row2025 >= 0);
        QCOMPARE(ore(years, row2025, 1), 315'000'000); // the demo allocates 3 150 000 kr for 2025
        QCOMPARE(ore(years, row2025, 2), 310'000'000);
        QCOMPARE(ore(years, row2025, 3), -5'000'000);
        QCOMPARE(years->index(years->rowCount() - 1, 3).data(ExportTableModel::OreRole).toLongLong(), -5'000'000);
    }

    void followsThePlanAndItsVersions()
    {
        QString error;
        apply(commands::setField(*m_doc, EntityKind::Activity, m_shifted, QStringLiteral("status"),
                                 int(WorkStatus::Cancelled), &error),
              error);
        QTRY_VERIFY(group(QStringLiteral("Status")).isValid()); // on the next pass of the event loop
        QCOMPARE(m_view->comparison().changes.size(), 4);

        freeze(QStringLiteral("Reviderad plan"), {QStringLiteral("Kommunfullmäktige"), QDate(2025, 6, 16), {}});
        QCOMPARE(m_view->fromChoice()->count(), 4);
        QCOMPARE(m_view->fromChoice()->currentText().section(QStringLiteral(" — "), 0, 0), Decided); // the user's choice stays
        QVERIFY(m_view->compare(QStringLiteral("version:Reviderad plan"), QStringLiteral("current")));
        m_view->refreshNow();
        QVERIFY(m_view->comparison().isEmpty());
        QCOMPARE(m_view->summary()->text(), QStringLiteral("Nothing has changed."));
        QVERIFY(!m_view->compare(QStringLiteral("version:No such"), QStringLiteral("current")));
    }

    void exportsTheComparisonAsCsvAndXlsx()
    {
        const QString csv = m_dir->filePath(QStringLiteral("changes.csv"));
        QString error;
        QVERIFY2(m_view->exportTo(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        file.close();
        QCOMPARE(lines.size(), 4); // the header and three changes
        QVERIFY(lines.at(0).contains(QStringLiteral("Shift (days)")));
        QVERIFY(lines.filter(NewName).size() == 1);
        QVERIFY(lines.filter(QStringLiteral("Trygghetsvandringar med boende")).first().trimmed().endsWith(QStringLiteral(";59")));

        m_view->tabs()->setCurrentIndex(ChangesView::MoneyTab); // CSV holds the table of the tab shown
        QVERIFY2(m_view->exportTo(csv, &error), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString money = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY(money.contains(QStringLiteral("Processledning och samordning")));
        QVERIFY(money.contains(QStringLiteral("-50000")));

        const QString xlsx = m_dir->filePath(QStringLiteral("changes.xlsx"));
        QVERIFY2(m_view->exportTo(xlsx, &error), qPrintable(error));
        const QString cells = test::xlsxCells(xlsx, &error);
        QVERIFY2(!cells.isEmpty(), qPrintable(error));
        QVERIFY(cells.contains(NewName));
        const QStringList sheets = cells.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^\\[")));
        QCOMPARE(sheets.size(), 3); // changes, money, totals per year
    }

    void theVersionsMenuAndTheNavigatorLeadToIt()
    {
        MainWindow window;
        QVERIFY(window.openPlan(m_doc->path()));
        window.show();
        auto *compare = window.findChild<QAction *>(QStringLiteral("compareVersions"));
        QVERIFY(compare && compare->isEnabled());
        compare->trigger();
        auto *view = qobject_cast<ChangesView *>(window.view(MainWindow::Changes));
        QVERIFY(view && view->isVisible());
        QCOMPARE(window.viewTitle(MainWindow::Changes), QStringLiteral("Changes"));
    }
};

QTEST_MAIN(TestChangesView)
#include "test_changesview.moc"
