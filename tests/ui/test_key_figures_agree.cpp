// "The overview, the steering pack and `horisont info` print the same
// figures": the demo plan as of 2026-11-25, each renderer read back as the
// user gets it — the overview's labels, the steering pack's text through
// pdftotext, the command's output — and compared with the one engine's words.
#include "demo/umeademo.h"
#include "document/plandocument.h"
#include "figures/keyfiguretexts.h"
#include "ledger/ledger.h"
#include "report/pdfpack.h"
#include "selection/planselection.h"
#include "models/problemsmodel.h"
#include "views/overviewview.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

using namespace horisont;

namespace {
const QDate Day(2026, 11, 25);

/// Lines of text with runs of white space made one space.
QStringList normalisedLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines << line.simplified();
    return lines;
}

} // namespace

class TestKeyFiguresAgree : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PlanDocument> m_doc;
    QList<KeyFigureLine> m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        m_doc = demo::createUmea(m_dir.filePath(QStringLiteral("demo.horisont")), &error);
        QVERIFY2(m_doc, qPrintable(error));
        const KeyFigures figures = keyFigures(m_doc->plan(), Ledger(m_doc->store()).totals(), Day);
        m_engine = KeyFigureTexts(figures, QLocale()).lines(KeyFigureTexts::whereWeAre() + KeyFigureTexts::money()
                                                            + KeyFigureTexts::size());
        QVERIFY(figures.currentPhase && figures.nextGate && figures.transactions > 0);
    }

    void theOverviewShowsTheEnginesFigures()
    {
        PlanSelection selection;
        ProblemsModel problems(*m_doc);
        OverviewView overview(*m_doc, selection, problems);
        overview.setToday(Day);
        int shown = 0;
        for (const KeyFigureLine &line : std::as_const(m_engine)) {
            if (QLabel *label = overview.figureLabel(line.figure)) {
                QCOMPARE(label->text(), line.value);
                ++shown;
            }
        }
        QCOMPARE(shown, 15); // where we are, the money and the plan's size
        QCOMPARE(overview.figureLabel(KeyFigure::Today)->text(), QStringLiteral("2026-11-25"));
    }

    // "Where we are" reads one line a figure, whatever the width: two columns
    // of cards only where its dates fit, one below the other otherwise.
    void whereWeAreReadsOneLineAFigure()
    {
        PlanSelection selection;
        ProblemsModel problems(*m_doc);
        OverviewView overview(*m_doc, selection, problems);
        overview.setToday(Day);
        for (int width = 1600; width >= 700; width -= 50) {
            overview.resize(width, 700);
            overview.show();
            QVERIFY(QTest::qWaitForWindowExposed(&overview));
            QApplication::processEvents();
            QApplication::processEvents();
            for (KeyFigure figure : {KeyFigure::Horizon, KeyFigure::CurrentPhase, KeyFigure::DirectionPeriod,
                                     KeyFigure::TermOfOffice, KeyFigure::NextGate}) {
                QLabel *label = overview.figureLabel(figure);
                QVERIFY(label);
                const int lines = qRound(double(label->height()) / label->fontMetrics().lineSpacing());
                QVERIFY2(lines <= 1 || width < 750, qPrintable(QStringLiteral("%1 px: «%2» on %3 lines")
                                                                   .arg(width).arg(label->text()).arg(lines)));
            }
        }
        overview.resize(1600, 700);
        QApplication::processEvents();
        QVERIFY(overview.hasTwoColumns());
    }

    void theSteeringPackPrintsTheSameFigures()
    {
        PdfPackOptions options;
        options.pack = PdfPackOptions::Pack::Steering;
        options.language = QStringLiteral("en");
        options.exportDate = Day;
        PdfPack pack(*m_doc, options);
        const QString pdf = m_dir.filePath(QStringLiteral("steering.pdf"));
        QString error;
        QVERIFY2(pack.exportTo(pdf, &error), qPrintable(error));
        const QStringList lines = normalisedLines(
            test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).out);
        for (const KeyFigureLine &line : std::as_const(m_engine)) {
            const QString row = line.label + QLatin1Char(' ') + line.value;
            QVERIFY2(lines.contains(row), qPrintable(QStringLiteral("the pack lacks \"%1\"").arg(row)));
        }
    }

    void horisontInfoPrintsTheSameFigures()
    {
        const QStringList lines = normalisedLines(
            test::runHorisont({QStringLiteral("info"), QStringLiteral("--as-of"), Day.toString(Qt::ISODate), m_doc->path()})
                .out);
        for (const KeyFigureLine &line : std::as_const(m_engine)) {
            const QString row = line.label + QStringLiteral(": ") + line.value;
            QVERIFY2(lines.contains(row), qPrintable(QStringLiteral("info lacks \"%1\" in:\n%2").arg(row, lines.join(u'\n'))));
        }
    }
};

QTEST_MAIN(TestKeyFiguresAgree)
#include "test_key_figures_agree.moc"
