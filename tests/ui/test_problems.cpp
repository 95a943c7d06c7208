// The problems list, the change log and the overview on the real demo plan,
// driven offscreen while the plan is edited through commands.
#include "edit/commands.h"
#include "models/changelogmodel.h"
#include "models/problemsmodel.h"
#include "selection/planselection.h"
#include "uitestsupport.h"
#include "views/changelogview.h"
#include "views/overviewview.h"
#include "views/problemsview.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace horisont;

namespace {

struct Accountable {
    Id intervention = NoId;
    Id responsibility = NoId;
};

/// The accountable responsibilities for whole interventions, in id order.
QList<Accountable> accountables(const Plan &plan)
{
    QList<Accountable> result;
    for (const Responsibility &r : plan.all<Responsibility>()) {
        if (r.role == RaciRole::Accountable && r.activityId == NoId)
            result.append({r.interventionId, r.id});
    }
    return result;
}

QString plainSpaces(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' '));
}

QString labelText(QWidget &root, const char *objectName)
{
    auto *label = root.findChild<QLabel *>(QLatin1String(objectName));
    return label ? plainSpaces(label->text()) : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

} // namespace

class TestProblems : public test::DemoQtTest
{
    Q_OBJECT
private Q_SLOTS:
    void demoPlanHasNoProblems()
    {
        ProblemsModel model(*m_doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ProblemsModel::ColumnCount));
        QCOMPARE(model.errorCount(), 0);
        QCOMPARE(model.warningCount(), 0);
        QCOMPARE(model.summaryText(), QStringLiteral("No problems found"));
    }

    void missingAccountableIsInsertedAndUndoRemovesIt()
    {
        ProblemsModel model(*m_doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counts(&model, &ProblemsModel::countsChanged);

        const Accountable a = accountables(m_doc->plan()).value(0);
        QVERIFY(a.responsibility != NoId);
        QVERIFY(m_doc->execute(commands::remove(*m_doc, EntityKind::Responsibility, {a.responsibility}, CommandText::verbatim(QStringLiteral("x")))));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);

        const Finding &f = model.findingAt(0);
        QCOMPARE(f.kind, EntityKind::Intervention);
        QCOMPARE(f.id, a.intervention);
        QCOMPARE(f.severity, Finding::Severity::Error);
        const QString name = m_doc->plan().find<Intervention>(a.intervention)->name;
        QCOMPARE(model.index(0, ProblemsModel::Item).data().toString(), QStringLiteral("Intervention: %1").arg(name));
        QVERIFY(model.index(0, ProblemsModel::Problem).data().toString().contains(name));
        QCOMPARE(model.index(0, ProblemsModel::Severity).data().toString(), QStringLiteral("Error"));
        QVERIFY(!model.index(0, ProblemsModel::Severity).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts.last(), (QVariantList{1, 0}));
        QCOMPARE(model.summaryText(), QStringLiteral("1 error"));

        m_doc->undoStack()->undo();
        QTRY_COMPARE(model.rowCount(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(counts.last(), (QVariantList{0, 0}));
    }

    void oneCommandIsCheckedOnce()
    {
        ProblemsModel model(*m_doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy counts(&model, &ProblemsModel::countsChanged);
        const QList<Accountable> all = accountables(m_doc->plan());
        QVERIFY(all.size() >= 3);
        // Three responsibilities in one command: one check, one run of new rows.
        QVERIFY(m_doc->execute(commands::remove(*m_doc, EntityKind::Responsibility,
                                                {all[0].responsibility, all[1].responsibility, all[2].responsibility},
                                                CommandText::verbatim(QStringLiteral("three")))));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(model.summaryText(), QStringLiteral("3 errors"));
    }

    void activatingARowSelectsItsItem()
    {
        PlanSelection selection;
        ProblemsModel problems(*m_doc);
        ProblemsView view(problems, selection);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy goTo(&view, &ProblemsView::goToItem);
        QCOMPARE(labelText(view, "problemsSummary"), QStringLiteral("No problems found – the plan passes every check."));

        const Accountable a = accountables(m_doc->plan()).value(1);
        QVERIFY(m_doc->execute(commands::remove(*m_doc, EntityKind::Responsibility, {a.responsibility}, CommandText::verbatim(QStringLiteral("x")))));
        QTableView *table = view.table();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(labelText(view, "problemsSummary"), QStringLiteral("1 error"));

        const QModelIndex cell = table->model()->index(0, ProblemsModel::Problem);
        // A double-click comes after the first click's press and release.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QCOMPARE(selection.kind(), EntityKind::Intervention);
        QCOMPARE(selection.id(), a.intervention);
        QCOMPARE(goTo.count(), 1);
        QCOMPARE(goTo.last().at(0).value<EntityKind>(), EntityKind::Intervention);
        QCOMPARE(goTo.last().at(1).value<Id>(), a.intervention);

        selection.clear();
        table->setFocus();
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(selection.id(), a.intervention);
        QCOMPARE(goTo.count(), 2);

        view.setFilter(ProblemsView::Filter::Warnings);
        QCOMPARE(table->model()->rowCount(), 0);
        view.setFilter(ProblemsView::Filter::Errors);
        QCOMPARE(table->model()->rowCount(), 1);
        view.setFilter(ProblemsView::Filter::All);
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY_EVERY_CONTROL_NAMED(&view);
    }

    void changeLogShowsDoneUndoneAndRedone()
    {
        ChangeLogModel model(*m_doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QVERIFY(before > 0); // creating the plan and the demo are logged
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const Intervention intervention = m_doc->plan().all<Intervention>().items().front();
        QString error;
        EditCommand *rename = commands::setField(*m_doc, EntityKind::Intervention, intervention.id, QStringLiteral("name"),
                                                 QStringLiteral("Renamed intervention"), &error,
                                                 QStringLiteral("clearer name"));
        QVERIFY2(rename, qPrintable(error));
        const QString commandText = rename->text();
        QVERIFY(m_doc->execute(rename));
        QTRY_COMPARE(model.rowCount(), before + 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.last().at(1).toInt(), 0);
        QCOMPARE(inserted.last().at(2).toInt(), 0);
        auto cell = [&](ChangeLogModel::Column column) { return model.index(0, column).data().toString(); };
        QCOMPARE(cell(ChangeLogModel::Action), QStringLiteral("Done"));
        QCOMPARE(cell(ChangeLogModel::Who), QStringLiteral("tester"));
        QCOMPARE(cell(ChangeLogModel::Command), commandText);
        QCOMPARE(cell(ChangeLogModel::Item), QStringLiteral("Intervention: Renamed intervention"));
        QCOMPARE(cell(ChangeLogModel::Field), QStringLiteral("Name"));
        QCOMPARE(cell(ChangeLogModel::Before), intervention.name);
        QCOMPARE(cell(ChangeLogModel::After), QStringLiteral("Renamed intervention"));
        QCOMPARE(cell(ChangeLogModel::Reason), QStringLiteral("clearer name"));
        QCOMPARE(QDateTime::fromString(cell(ChangeLogModel::When), QStringLiteral("yyyy-MM-dd HH:mm")).isValid(), true);

        m_doc->undoStack()->undo();
        QTRY_COMPARE(model.rowCount(), before + 2);
        QCOMPARE(cell(ChangeLogModel::Action), QStringLiteral("Undone"));
        QCOMPARE(cell(ChangeLogModel::After), intervention.name);
        // The older line now names the item by its current name.
        QCOMPARE(model.index(1, ChangeLogModel::Item).data().toString(), QStringLiteral("Intervention: %1").arg(intervention.name));
        m_doc->undoStack()->redo();
        QTRY_COMPARE(model.rowCount(), before + 3);
        QCOMPARE(cell(ChangeLogModel::Action), QStringLiteral("Redone"));
        QCOMPARE(reset.count(), 0);

        // Removing a whole item logs its fields, summarised readably.
        const Accountable a = accountables(m_doc->plan()).value(0);
        const Responsibility r = *m_doc->plan().find<Responsibility>(a.responsibility);
        QVERIFY(m_doc->execute(commands::remove(*m_doc, EntityKind::Responsibility, {a.responsibility}, CommandText::verbatim(QStringLiteral("x")))));
        QTRY_COMPARE(model.rowCount(), before + 4);
        QCOMPARE(cell(ChangeLogModel::Action), QStringLiteral("Done"));
        QCOMPARE(cell(ChangeLogModel::Command), QStringLiteral("x"));
        QCOMPARE(cell(ChangeLogModel::Item), QStringLiteral("Responsibility #%1").arg(a.responsibility));
        QCOMPARE(cell(ChangeLogModel::Field), QStringLiteral("(removed)"));
        const QString summary = cell(ChangeLogModel::Before);
        const QString organisation = m_doc->plan().find<Organisation>(r.organisationId)->name;
        QVERIFY2(summary.contains(QStringLiteral("Organisation: %1").arg(organisation)), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Role: Accountable")), qPrintable(summary));
        QVERIFY(cell(ChangeLogModel::After).isEmpty());
        QVERIFY(model.index(0, ChangeLogModel::Before).data(ChangeLogModel::RawValueRole).toString().startsWith(QLatin1Char('{')));
        QVERIFY(model.index(0, ChangeLogModel::Before).data(Qt::ToolTipRole).toString().contains(organisation.toHtmlEscaped()));
        QCOMPARE(reset.count(), 0);
    }

    void changeLogViewFiltersAndCopies()
    {
        ChangeLogView view(*m_doc);
        view.resize(1100, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const Intervention intervention = m_doc->plan().all<Intervention>().items().front();
        QVERIFY(m_doc->execute(commands::setField(*m_doc, EntityKind::Intervention, intervention.id, QStringLiteral("name"),
                                                  QStringLiteral("Unique new name"))));
        QTRY_COMPARE(view.table()->model()->index(0, ChangeLogModel::After).data().toString(),
                     QStringLiteral("Unique new name"));

        view.setFilterText(QStringLiteral("unique NEW"));
        QCOMPARE(view.table()->model()->rowCount(), 1);
        // Choosing the line offers its intervention to the property panel.
        QSignalSpy chosen(&view, &ChangeLogView::itemChosen);
        view.table()->setCurrentIndex(view.table()->model()->index(0, 0));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).value<EntityKind>(), EntityKind::Intervention);
        QCOMPARE(chosen.first().at(1).value<Id>(), intervention.id);
        const QString tsv = view.visibleRowsAsTsv();
        const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("When\tWho\tAction\tCommand\tItem\tField\tBefore\tAfter\tReason\tIn scenario"));
        QVERIFY(lines[1].contains(QStringLiteral("\tDone\t")));
        QCOMPARE(lines[1].split(QLatin1Char('\t')).size(), 10);
        auto *copy = view.findChild<QPushButton *>(QStringLiteral("copyChanges"));
        QVERIFY(copy && copy->isEnabled());
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), tsv);

        view.setFilterText(QString());
        QCOMPARE(view.table()->model()->rowCount(), view.model()->rowCount());
        QVERIFY_EVERY_CONTROL_NAMED(&view);
    }

    void overviewShowsTheMandateAtAGlance()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
        auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });

        PlanSelection selection;
        ProblemsModel problems(*m_doc);
        OverviewView view(*m_doc, selection, problems);
        // Left alone it stands on the application's day (HORISONT_TODAY here).
        QCOMPARE(view.today(), QDate(2026, 11, 25));
        view.refresh();
        QCOMPARE(labelText(view, "today"), QStringLiteral("2026-11-25"));
        QVERIFY(labelText(view, "currentPhase").startsWith(QStringLiteral("Inriktningsperiod")));
        view.setToday(QDate(2025, 6, 1));
        view.resize(1100, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QVERIFY(labelText(view, "programmeName").contains(m_doc->plan().programme().name.toHtmlEscaped()));
        QVERIFY(labelText(view, "currentPhase").startsWith(QStringLiteral("Inriktningsperiod (2024-01-01 – 2026-12-31)")));
        QVERIFY(labelText(view, "directionPeriod").startsWith(QStringLiteral("Inriktningsperiod 2024–2026")));
        QVERIFY(labelText(view, "termOfOffice").startsWith(QStringLiteral("Mandatperiod 2023–2026")));
        const qint64 days = QDate(2025, 6, 1).daysTo(QDate(2026, 12, 31));
        QCOMPARE(labelText(view, "nextGate"),
                 QStringLiteral("End of phase \u201CInriktningsperiod\u201D on 2026-12-31, in %1 days").arg(days));
        QCOMPARE(labelText(view, "grantCeilings"), QStringLiteral("6 250 000 kr"));
        QVERIFY(labelText(view, "grants").contains(QStringLiteral("6 000 000 kr")));
        QString all;
        for (QLabel *label : view.findChildren<QLabel *>())
            all += plainSpaces(label->text()) + QLatin1Char('\n');
        QVERIFY(all.contains(QStringLiteral("6 000 000")));
        QCOMPARE(labelText(view, "phaseCount"), QString::number(m_doc->plan().all<Phase>().size()));
        QCOMPARE(labelText(view, "problemsSummary"), QStringLiteral("No problems found – the plan passes every check."));

        // Nothing is cut off: every label has the room its text needs, also in a small window.
        auto checkNothingCutOff = [&] {
            QTest::qWait(50);
            for (QLabel *label : view.findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
                QVERIFY2(label->height() >= needed, qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
                if (!label->wordWrap())
                    QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            }
        };
        for (const QSize size : {QSize(1100, 800), QSize(640, 480), QSize(1100, 800)}) {
            view.resize(size);
            checkNothingCutOff();
            if (QTest::currentTestFailed())
                return;
        }

        // Live: edits show up, problems are counted.
        QVERIFY(m_doc->execute(commands::setField(*m_doc, EntityKind::Programme, 1, QStringLiteral("process_leader"),
                                                  QStringLiteral("Brottsförebyggande rådet"))));
        QTRY_COMPARE(labelText(view, "processLeader"), QStringLiteral("Brottsförebyggande rådet"));
        const Accountable a = accountables(m_doc->plan()).value(0);
        QVERIFY(m_doc->execute(commands::remove(*m_doc, EntityKind::Responsibility, {a.responsibility}, CommandText::verbatim(QStringLiteral("x")))));
        QTRY_COMPARE(labelText(view, "problemsSummary"), QStringLiteral("1 error to fix."));

        QSignalSpy showProblems(&view, &OverviewView::showProblems);
        view.findChild<QPushButton *>(QStringLiteral("showProblems"))->click();
        QCOMPARE(showProblems.count(), 1);
        view.findChild<QPushButton *>(QStringLiteral("editMandate"))->click();
        QCOMPARE(selection.kind(), EntityKind::Programme);
        QCOMPARE(selection.id(), Id(1));

        QVERIFY_EVERY_CONTROL_NAMED(&view);
    }

};

QTEST_MAIN(TestProblems)
#include "test_problems.moc"
