// The spread helper on the Umeå demo plan, driven offscreen: only the years
// the funding source may fund are offered, the preview shows each target's
// current amount, new amount and change, and the spread is one command.
#include "dialogs/spreaddialog.h"
#include "document/plandocument.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace horisont;
using test::allocationsIn;
using test::interventionWithCode;
using test::sourceWithCode;

namespace {
enum Column { TargetColumn, WeightColumn, CurrentColumn, NewColumn, ChangeColumn };

QString cell(const SpreadDialog &dialog, int row, int column)
{
    return dialog.targets()->item(row, column)->text();
}

QString kr(qint64 kronor)
{
    return Money::fromKronor(kronor).format(QLocale());
}
} // namespace

class TestSpreadDialog : public test::DemoQtTest
{
    Q_OBJECT
    void prepare() override
    {
        m_utv = sourceWithCode(m_doc->plan(), QStringLiteral("UTV")); // valid 2020–2025
        m_bra = sourceWithCode(m_doc->plan(), QStringLiteral("BRA")); // valid 2019–2023
        m_ord = sourceWithCode(m_doc->plan(), QStringLiteral("ORD")); // valid 2018–2032
        m_intervention = interventionWithCode(m_doc->plan(), QStringLiteral("7100"));
        QVERIFY(m_utv != NoId && m_bra != NoId && m_ord != NoId && m_intervention != NoId);
    }

private Q_SLOTS:
    void onlyTheYearsTheSourceMayFundAreOffered()
    {
        SpreadDialog dialog(*m_doc, m_intervention, NoId, m_utv, 2018, 2032, 2028, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (QSpinBox *box : {dialog.fromYear(), dialog.toYear(), dialog.organisationsYear()}) {
            QCOMPARE(box->minimum(), 2020);
            QCOMPARE(box->maximum(), 2025);
        }
        // The grid's 2028 is past the source's period: the spread starts at its last year.
        QCOMPARE(dialog.fromYear()->value(), 2025);
        QCOMPARE(dialog.toYear()->value(), 2025);
        QVERIFY2(dialog.fundableNote()->text().contains(QStringLiteral("2020–2025")),
                 qPrintable(dialog.fundableNote()->text()));
        // Typing a year past the period stays within it.
        dialog.toYear()->setFocus();
        dialog.toYear()->selectAll();
        QTest::keyClicks(dialog.toYear(), QStringLiteral("2030"));
        QTest::keyClick(dialog.toYear(), Qt::Key_Tab);
        QVERIFY(dialog.toYear()->value() <= 2025);
        QVERIFY(dialog.targets()->rowCount() <= 6);
    }

    void choosingASourceInTheDialogOffersItsYears()
    {
        SpreadDialog dialog(*m_doc, m_intervention, NoId, NoId, 2018, 2032, 2018, QString());
        dialog.show();
        QCOMPARE(dialog.targets()->rowCount(), 15); // no source yet: every year of the grid
        QCOMPARE(cell(dialog, 0, CurrentColumn), QStringLiteral("–"));
        dialog.sourceChoice()->setFocus();
        const int bra = dialog.sourceChoice()->findData(QVariant::fromValue(m_bra));
        while (dialog.sourceChoice()->currentIndex() < bra)
            QTest::keyClick(dialog.sourceChoice(), Qt::Key_Down);
        QCOMPARE(dialog.sourceChoice()->currentData().value<Id>(), m_bra);
        QCOMPARE(dialog.fromYear()->minimum(), 2019);
        QCOMPARE(dialog.toYear()->maximum(), 2023);
        QCOMPARE(dialog.targets()->rowCount(), 5);
        QCOMPARE(cell(dialog, 0, TargetColumn), QStringLiteral("2019"));
        QCOMPARE(cell(dialog, 4, TargetColumn), QStringLiteral("2023"));
    }

    void aSourceFundingNoYearOfTheGridOffersNone()
    {
        SpreadDialog dialog(*m_doc, m_intervention, NoId, m_bra, 2026, 2032, 2026, QString());
        QCOMPARE(dialog.targets()->rowCount(), 0);
        QVERIFY(!dialog.fromYear()->isEnabled());
        QTest::keyClicks(dialog.amountEdit(), QStringLiteral("100000"));
        QVERIFY2(dialog.message()->text().contains(QStringLiteral("none of the years 2026–2032")),
                 qPrintable(dialog.message()->text()));
        const int commandsBefore = m_doc->undoStack()->count();
        QVERIFY(!dialog.apply());
        QCOMPARE(m_doc->undoStack()->count(), commandsBefore);
    }

    void thePreviewShowsCurrentNewAndChange()
    {
        // 7100 has 450 000 kr a year from UTV in 2024 and 2025.
        SpreadDialog dialog(*m_doc, m_intervention, NoId, m_utv, 2018, 2032, 2023, QStringLiteral("Omfördelning"));
        dialog.show();
        QCOMPARE(dialog.fromYear()->value(), 2023);
        QCOMPARE(dialog.toYear()->value(), 2025);
        QCOMPARE(dialog.targets()->rowCount(), 3);
        QCOMPARE(cell(dialog, 0, CurrentColumn), kr(0));
        QCOMPARE(cell(dialog, 1, CurrentColumn), kr(450000));
        QCOMPARE(cell(dialog, 2, CurrentColumn), kr(450000));
        QVERIFY(cell(dialog, 0, NewColumn).isEmpty()); // nothing to spread yet
        dialog.amountEdit()->setFocus();
        QTest::keyClicks(dialog.amountEdit(), QStringLiteral("1200000"));
        QCOMPARE(cell(dialog, 0, NewColumn), kr(400000));
        QCOMPARE(cell(dialog, 0, ChangeColumn), QLatin1Char('+') + kr(400000));
        QCOMPARE(cell(dialog, 1, NewColumn), kr(400000));
        QCOMPARE(cell(dialog, 1, ChangeColumn), kr(-50000));
        // Untick 2025: it keeps its amount, shown without a new one.
        dialog.targets()->item(2, TargetColumn)->setCheckState(Qt::Unchecked);
        QCOMPARE(cell(dialog, 2, CurrentColumn), kr(450000));
        QVERIFY(cell(dialog, 2, NewColumn).isEmpty());
        QVERIFY(cell(dialog, 2, ChangeColumn).isEmpty());
        QCOMPARE(cell(dialog, 1, NewColumn), kr(600000));
        QCOMPARE(cell(dialog, 1, ChangeColumn), QLatin1Char('+') + kr(150000));
        QTest::keyClick(&dialog, Qt::Key_Return); // Spread is the default button
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Plan &plan = m_doc->plan();
        QCOMPARE(allocationsIn(plan, m_utv, m_intervention, 2023).first().amount, Money::fromKronor(600000));
        QCOMPARE(allocationsIn(plan, m_utv, m_intervention, 2024).first().amount, Money::fromKronor(600000));
        QCOMPARE(allocationsIn(plan, m_utv, m_intervention, 2025).first().amount, Money::fromKronor(450000));
        m_doc->undoStack()->undo();
        QVERIFY(allocationsIn(plan, m_utv, m_intervention, 2023).isEmpty());
        QCOMPARE(allocationsIn(plan, m_utv, m_intervention, 2024).first().amount, Money::fromKronor(450000));
    }

    void overOrganisationsTheCurrentAmountIsTheOrganisations()
    {
        SpreadDialog dialog(*m_doc, m_intervention, NoId, m_utv, 2018, 2032, 2025, QString());
        dialog.overOrganisations()->setChecked(true);
        QCOMPARE(dialog.organisationsYear()->value(), 2025);
        const Id socialtjansten = test::idWhere(m_doc->plan(), &Organisation::code, QStringLiteral("1100"));
        QVERIFY(socialtjansten != NoId);
        const QString name = m_doc->plan().find<Organisation>(socialtjansten)->name;
        int row = -1;
        for (int r = 0; r < dialog.targets()->rowCount(); ++r)
            row = cell(dialog, r, TargetColumn) == name ? r : row;
        QVERIFY(row >= 0);
        QCOMPARE(cell(dialog, row, CurrentColumn), kr(450000));
        dialog.organisationsYear()->setValue(2023);
        QCOMPARE(cell(dialog, row, CurrentColumn), kr(0));
    }

    void spreadingOverYearsByWeightsIsOneCommand()
    {
        const Plan &plan = m_doc->plan();
        SpreadDialog dialog(*m_doc, m_intervention, NoId, m_ord, 2018, 2032, 2028, QStringLiteral("Spread reason"));
        dialog.fromYear()->setValue(2028);
        dialog.toYear()->setValue(2030);
        dialog.amountEdit()->setText(QStringLiteral("300 000"));
        QCOMPARE(dialog.targets()->rowCount(), 3);
        QCOMPARE(dialog.parts(), std::vector<Money>(3, Money::fromKronor(100000)));
        dialog.byWeights()->setChecked(true);
        dialog.targets()->item(0, 1)->setText(QStringLiteral("1"));
        dialog.targets()->item(1, 1)->setText(QStringLiteral("2"));
        dialog.targets()->item(2, 1)->setText(QStringLiteral("3"));
        QCOMPARE(dialog.parts(),
                 (std::vector<Money>{Money::fromKronor(50000), Money::fromKronor(100000), Money::fromKronor(150000)}));
        // All weights zero: refused with a message, nothing written.
        for (int r = 0; r < 3; ++r)
            dialog.targets()->item(r, 1)->setText(QStringLiteral("0"));
        QVERIFY(dialog.parts().empty());
        QVERIFY(dialog.message()->text().contains(QStringLiteral("zero")));
        QVERIFY(!dialog.apply());
        for (int r = 0; r < 3; ++r)
            dialog.targets()->item(r, 1)->setText(QString::number(r + 1));
        const int commandsBefore = m_doc->undoStack()->count();
        QVERIFY(dialog.apply());
        QCOMPARE(m_doc->undoStack()->count(), commandsBefore + 1);
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Spread allocation over 3 cell(s)"));
        QCOMPARE(allocationsIn(plan, m_ord, m_intervention, 2028).first().amount, Money::fromKronor(50000));
        QCOMPARE(allocationsIn(plan, m_ord, m_intervention, 2029).first().amount, Money::fromKronor(100000));
        QCOMPARE(allocationsIn(plan, m_ord, m_intervention, 2030).first().amount, Money::fromKronor(150000));
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        QCOMPARE(m_doc->store().changeLog(1).first().reason, QStringLiteral("Spread reason"));
        m_doc->undoStack()->undo();
        for (int year : {2028, 2029, 2030})
            QVERIFY(allocationsIn(plan, m_ord, m_intervention, year).isEmpty());
    }

    void spreadingOverOrganisations()
    {
        const Plan &plan = m_doc->plan();
        SpreadDialog dialog(*m_doc, m_intervention, NoId, m_ord, 2018, 2032, 2031, QString());
        dialog.overOrganisations()->setChecked(true);
        // Typed as the UI language writes it (the tests run in English).
        dialog.amountEdit()->setText(QStringLiteral("100 000") + QLocale().decimalPoint() + QStringLiteral("01"));
        int ticked = 0;
        for (int r = 0; r < dialog.targets()->rowCount(); ++r)
            ticked += dialog.targets()->item(r, 0)->checkState() == Qt::Checked;
        QVERIFY(ticked >= 1); // the organisations with a role on the intervention
        Money sum;
        for (Money m : dialog.parts())
            sum += m;
        QCOMPARE(sum, Money::fromOre(10000001));
        QVERIFY(dialog.apply());
        Money written;
        for (const Allocation &a : allocationsIn(plan, m_ord, m_intervention, 2031))
            written += a.amount;
        QCOMPARE(written, Money::fromOre(10000001));
        QCOMPARE(allocationsIn(plan, m_ord, m_intervention, 2031).size(), qsizetype(ticked));
    }

private:
    Id m_utv = NoId;
    Id m_bra = NoId;
    Id m_ord = NoId;
    Id m_intervention = NoId;
};

QTEST_MAIN(TestSpreadDialog)
#include "test_spreaddialog.moc"
