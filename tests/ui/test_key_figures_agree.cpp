// "The overview, the steering pack and `horisont info` print the same
// figures": the demo plan as of 2026-11-25, each renderer read back as the
// user gets it — the overview's labels, the steering pack's text through
// pdftotext, the command's output — and compared with the one engine's words.
#include "demo/umeademo.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "figures/keyfiguretexts.h"
#include "labels/labels.h"
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

    /// The English `pack` of the demo as pdftotext reads it (`options` before the file).
    QString packText(PdfPackOptions::Pack kind, const QStringList &options = {})
    {
        PdfPackOptions pack;
        pack.pack = kind;
        pack.language = QStringLiteral("en");
        pack.exportDate = Day;
        const QString pdf = m_dir.filePath(QStringLiteral("pack-%1.pdf").arg(int(kind)));
        QString error;
        if (!PdfPack(*m_doc, pack).exportTo(pdf, &error)) {
            qWarning() << error;
            return {};
        }
        return test::runTool(QStringLiteral("pdftotext"), options + QStringList{pdf, QStringLiteral("-")}).out;
    }

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
        const QStringList lines = normalisedLines(packText(PdfPackOptions::Pack::Steering, {QStringLiteral("-layout")}));
        for (const KeyFigureLine &line : std::as_const(m_engine)) {
            const QString row = line.label + QLatin1Char(' ') + line.value;
            QVERIFY2(lines.contains(row), qPrintable(QStringLiteral("the pack lacks \"%1\"").arg(row)));
        }
    }

    // One rule quotes a name everywhere (Labels::quoted): the problems list
    // and the full pack write “Inriktningsperiod” alike, in the
    // findings as in the next decision gate.
    void theProblemsListAndThePackQuoteNamesAlike()
    {
        // An intervention without its accountable organisation: a finding that names it.
        Id accountable = NoId;
        for (const Responsibility &r : m_doc->plan().all<Responsibility>())
            if (accountable == NoId && r.role == RaciRole::Accountable && r.activityId == NoId)
                accountable = r.id;
        QVERIFY(m_doc->execute(commands::remove(*m_doc, EntityKind::Responsibility, {accountable},
                                                CommandText::verbatim(QStringLiteral("x")))));
        ProblemsModel problems(*m_doc);
        problems.setAsOf(Day);
        problems.recomputeNow();
        QStringList quotedInList;
        const QRegularExpression quotedName(QStringLiteral("\u201C[^\u201D]+\u201D"));
        for (int r = 0; r < problems.rowCount(); ++r) {
            const QString message = problems.index(r, ProblemsModel::Problem).data().toString();
            QVERIFY2(!message.contains(QLatin1Char('"')), qPrintable(message));
            for (const QRegularExpressionMatch &m : quotedName.globalMatch(message))
                quotedInList << m.captured();
        }
        QVERIFY2(!quotedInList.isEmpty(), "the demo's problems should name an item");
        const QString text = packText(PdfPackOptions::Pack::Full).simplified();
        QVERIFY2(text.contains(quotedInList.first()), qPrintable(quotedInList.first()));
        QVERIFY(text.contains(Labels::quoted(QStringLiteral("Inriktningsperiod"))));
        QCOMPARE(Labels::quoted(QStringLiteral("X")), QStringLiteral("\u201CX\u201D"));
        m_doc->undoStack()->undo();
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
