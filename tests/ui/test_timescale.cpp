// The date ↔ x mapping of the timeline and its axis ticks at every zoom
// level: leap days, year boundaries, ISO week 53 and relative years.
#include "timeline/timescale.h"

#include <QtTest>

using namespace horisont;

namespace {
const QList<QDate> &sampleDates()
{
    static const QList<QDate> dates = {
        QDate(2018, 1, 1),  QDate(2019, 12, 31), QDate(2020, 1, 1),  QDate(2021, 1, 3),  QDate(2021, 1, 4),
        QDate(2024, 2, 28), QDate(2024, 2, 29),  QDate(2024, 3, 1),  QDate(2025, 12, 31), QDate(2026, 1, 1),
        QDate(2026, 12, 31), QDate(2027, 1, 1), QDate(2032, 12, 31), QDate(2017, 10, 1),
    };
    return dates;
}

QStringList labels(const QList<TimeScale::Tick> &ticks)
{
    QStringList list;
    for (const TimeScale::Tick &t : ticks)
        list << t.label;
    return list;
}
} // namespace

class TestTimeScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("zoom");
        for (TimeScale::Zoom z : TimeScale::zoomLevels())
            QTest::newRow(qPrintable(QString::number(int(z)))) << int(z);
    }

    void roundTrip()
    {
        QFETCH(int, zoom);
        TimeScale scale(QDate(2017, 10, 1), 1.0);
        if (TimeScale::Zoom(zoom) == TimeScale::Zoom::Horizon)
            scale.fit(QDate(2018, 1, 1), QDate(2033, 1, 1), 1130); // 15 years on a laptop
        else
            scale.setZoom(TimeScale::Zoom(zoom));
        QCOMPARE(int(scale.zoom()), zoom);
        const double ppd = scale.pixelsPerDay();
        QVERIFY(ppd > 0);
        for (const QDate &d : sampleDates()) {
            const double x = scale.x(d);
            QCOMPARE(scale.date(x), d);                       // the left edge of the day
            QCOMPARE(scale.date(x + ppd * 0.999), d);         // its right edge still belongs to it
            QCOMPARE(scale.date(x + ppd), d.addDays(1));      // the next day starts there
            QCOMPARE(scale.date(x - ppd * 0.001), d.addDays(-1));
            QCOMPARE(scale.nearestBoundary(x + ppd * 0.4), d);
            QCOMPARE(scale.nearestBoundary(x + ppd * 0.6), d.addDays(1));
            QVERIFY(qFuzzyCompare(scale.x(d.addDays(1)) - x, ppd));
        }
        // The leap day is a day of its own: 28 Feb → 1 Mar 2024 is two days.
        QVERIFY(qFuzzyCompare(scale.x(QDate(2024, 3, 1)) - scale.x(QDate(2024, 2, 28)), 2 * ppd));
        QVERIFY(qFuzzyCompare(scale.x(QDate(2025, 1, 1)) - scale.x(QDate(2024, 1, 1)), 366 * ppd));
        QVERIFY(qFuzzyCompare(scale.x(QDate(2026, 1, 1)) - scale.x(QDate(2025, 1, 1)), 365 * ppd));
    }

    void fitWholeHorizon()
    {
        TimeScale scale;
        scale.fit(QDate(2018, 1, 1), QDate(2033, 1, 1), 1130);
        QCOMPARE(scale.zoom(), TimeScale::Zoom::Horizon);
        QCOMPARE(scale.origin(), QDate(2018, 1, 1));
        QCOMPARE(scale.x(QDate(2018, 1, 1)), 0.0);
        QVERIFY(qAbs(scale.x(QDate(2033, 1, 1)) - 1130) < 1e-6);
        QCOMPARE(scale.date(1129.99), QDate(2032, 12, 31));
    }

    void defaultsGrowWithZoom()
    {
        double previous = 0;
        for (TimeScale::Zoom z : TimeScale::zoomLevels()) {
            if (z == TimeScale::Zoom::Horizon)
                continue;
            QVERIFY(TimeScale::defaultPixelsPerDay(z) > previous);
            previous = TimeScale::defaultPixelsPerDay(z);
        }
    }

    void isoWeeks()
    {
        // ISO numbering whatever the language: 2026-12-31 is in week 53 of 2026,
        // 2021-01-03 in week 53 of 2020, 2021-01-04 in week 1 of 2021.
        int year = 0;
        QCOMPARE(QDate(2026, 12, 31).weekNumber(&year), 53);
        QCOMPARE(year, 2026);
        QCOMPARE(TimeScale::weekLabel(QDate(2026, 12, 31)), QStringLiteral("W53"));
        QCOMPARE(TimeScale::weekLabel(QDate(2021, 1, 3)), QStringLiteral("W53"));
        QCOMPARE(TimeScale::weekLabel(QDate(2021, 1, 4)), QStringLiteral("W1"));
        QCOMPARE(TimeScale::unitStart(TimeScale::Unit::Week, QDate(2021, 1, 3)), QDate(2020, 12, 28));
        const auto weeks = TimeScale::ticks(TimeScale::Unit::Week, QDate(2026, 12, 30), QDate(2027, 1, 12),
                                            QLocale(QLocale::Swedish));
        QCOMPARE(labels(weeks), (QStringList{u"W53"_qs, u"W1"_qs, u"W2"_qs}));
        QCOMPARE(weeks.first().start, QDate(2026, 12, 28));
        QCOMPARE(weeks.first().end, QDate(2027, 1, 4));
        const auto weeks2020 = TimeScale::ticks(TimeScale::Unit::Week, QDate(2020, 12, 20), QDate(2021, 1, 5), QLocale());
        QCOMPARE(labels(weeks2020), (QStringList{u"W51"_qs, u"W52"_qs, u"W53"_qs, u"W1"_qs}));
    }

    void tickLabels()
    {
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(labels(TimeScale::ticks(TimeScale::Unit::Year, QDate(2025, 6, 1), QDate(2027, 2, 1), en)),
                 (QStringList{u"2025"_qs, u"2026"_qs, u"2027"_qs}));
        QCOMPARE(labels(TimeScale::ticks(TimeScale::Unit::Tertial, QDate(2026, 1, 1), QDate(2027, 1, 1), en)),
                 (QStringList{u"T1 2026"_qs, u"T2 2026"_qs, u"T3 2026"_qs}));
        QCOMPARE(labels(TimeScale::ticks(TimeScale::Unit::Quarter, QDate(2026, 2, 10), QDate(2027, 1, 1), en)),
                 (QStringList{u"Q1"_qs, u"Q2"_qs, u"Q3"_qs, u"Q4"_qs}));
        const auto months = TimeScale::ticks(TimeScale::Unit::Month, QDate(2024, 1, 15), QDate(2024, 4, 1), en);
        QCOMPARE(labels(months), (QStringList{u"Jan"_qs, u"Feb"_qs, u"Mar"_qs}));
        QCOMPARE(months.at(1).start, QDate(2024, 2, 1));
        QCOMPARE(months.at(1).end, QDate(2024, 3, 1)); // through the leap day
        const QLocale sv(QLocale::Swedish, QLocale::Sweden);
        const auto svMonths = TimeScale::ticks(TimeScale::Unit::Month, QDate(2024, 5, 1), QDate(2024, 6, 1), sv);
        QCOMPARE(svMonths.size(), 1);
        QCOMPARE(svMonths.first().label, sv.monthName(5, QLocale::ShortFormat));
        // A year boundary: December and January are separate ticks.
        const auto dec = TimeScale::ticks(TimeScale::Unit::Month, QDate(2025, 12, 31), QDate(2026, 1, 2), en);
        QCOMPARE(labels(dec), (QStringList{u"Dec"_qs, u"Jan"_qs}));
        QCOMPARE(dec.at(1).start, QDate(2026, 1, 1));
        // Empty and reversed ranges give nothing.
        QVERIFY(TimeScale::ticks(TimeScale::Unit::Year, QDate(2026, 1, 1), QDate(2026, 1, 1), en).isEmpty());
    }

    void tiersPerLevel()
    {
        TimeScale scale;
        const QList<QPair<TimeScale::Unit, TimeScale::Unit>> expected = {
            {TimeScale::Unit::Year, TimeScale::Unit::Quarter},  {TimeScale::Unit::Year, TimeScale::Unit::Quarter},
            {TimeScale::Unit::Year, TimeScale::Unit::Tertial},  {TimeScale::Unit::Year, TimeScale::Unit::Quarter},
            {TimeScale::Unit::Year, TimeScale::Unit::Month},    {TimeScale::Unit::Month, TimeScale::Unit::Week},
        };
        const auto levels = TimeScale::zoomLevels();
        for (int i = 0; i < levels.size(); ++i) {
            scale.setZoom(levels.at(i));
            QCOMPARE(scale.majorUnit(), expected.at(i).first);
            QCOMPARE(scale.minorUnit(), expected.at(i).second);
        }
    }

    void relativeYears()
    {
        const QDate start(2018, 1, 1);
        const auto mode = TimeScale::LabelMode::Relative;
        QCOMPARE(TimeScale::label(TimeScale::Unit::Year, start, QLocale(), mode, start), QStringLiteral("Year 1"));
        QCOMPARE(TimeScale::label(TimeScale::Unit::Year, QDate(2018, 12, 31), QLocale(), mode, start),
                 QStringLiteral("Year 1"));
        QCOMPARE(TimeScale::label(TimeScale::Unit::Year, QDate(2032, 6, 1), QLocale(), mode, start),
                 QStringLiteral("Year 15"));
        QCOMPARE(labels(TimeScale::ticks(TimeScale::Unit::Year, QDate(2017, 11, 1), QDate(2020, 1, 1), QLocale(), mode,
                                         start)),
                 (QStringList{u"Year 0"_qs, u"Year 1"_qs, u"Year 2"_qs}));
        // A programme that starts mid-year counts programme years from its start.
        const QDate july(2018, 7, 1);
        QCOMPARE(TimeScale::relativeYear(QDate(2019, 6, 30), july), 1);
        QCOMPARE(TimeScale::relativeYear(QDate(2019, 7, 1), july), 2);
        const auto ticks = TimeScale::ticks(TimeScale::Unit::Year, QDate(2018, 7, 1), QDate(2020, 7, 1), QLocale(),
                                            mode, july);
        QCOMPARE(labels(ticks), (QStringList{u"Year 1"_qs, u"Year 2"_qs}));
        QCOMPARE(ticks.at(1).start, QDate(2019, 7, 1));
        // Calendar labels ignore the programme start.
        QCOMPARE(TimeScale::label(TimeScale::Unit::Year, july, QLocale(), TimeScale::LabelMode::Calendar, july),
                 QStringLiteral("2018"));
    }

    void budgetYearsAndSnapping()
    {
        const auto years = TimeScale::budgetYears(QDate(2024, 2, 29), QDate(2026, 1, 2));
        QCOMPARE(years.size(), 3);
        QCOMPARE(years.first().start, QDate(2024, 1, 1));
        QCOMPARE(years.last().end, QDate(2027, 1, 1));
        const auto fiscal = TimeScale::budgetYears(QDate(2024, 3, 1), QDate(2024, 9, 1), 7);
        QCOMPARE(fiscal.size(), 2);
        QCOMPARE(fiscal.first().start, QDate(2023, 7, 1));
        QCOMPARE(TimeScale::nearestMonthStart(QDate(2024, 2, 14)), QDate(2024, 2, 1));
        QCOMPARE(TimeScale::nearestMonthStart(QDate(2024, 2, 16)), QDate(2024, 3, 1));
        QCOMPARE(TimeScale::nearestMonthStart(QDate(2025, 12, 20)), QDate(2026, 1, 1));
        QCOMPARE(TimeScale::nearestMonthStart(QDate(2026, 1, 1)), QDate(2026, 1, 1));
    }

    // The whole horizon of 15 years on a 1024×600 screen: years ~23 px wide
    // for "2026" ~28 px: every second year keeps its label, not none.
    void labelsAreThinnedNotDropped()
    {
        QCOMPARE(TimeScale::labelStride(40, 28), 1);
        QCOMPARE(TimeScale::labelStride(23, 28), 2);
        QCOMPARE(TimeScale::labelStride(8, 28), 5);
        QCOMPARE(TimeScale::labelStride(2, 28), 20);
        QCOMPARE(TimeScale::labelStride(0, 28), 0);
        TimeScale scale;
        scale.fit(QDate(2018, 1, 1), QDate(2033, 1, 1), 350);
        const auto years = TimeScale::ticks(TimeScale::Unit::Year, QDate(2018, 1, 1), QDate(2033, 1, 1), QLocale());
        const int stride = TimeScale::labelStride(scale.x(years[0].end) - scale.x(years[0].start), 28);
        QCOMPARE(stride, 2);
        QStringList labelled;
        for (const TimeScale::Tick &year : years)
            if (TimeScale::isLabelled(TimeScale::Unit::Year, year.start, stride))
                labelled << year.label;
        QCOMPARE(labelled.join(QLatin1Char(' ')), QStringLiteral("2018 2020 2022 2024 2026 2028 2030 2032"));
        // Months every fifth: the same months whatever the first one shown.
        QVERIFY(TimeScale::isLabelled(TimeScale::Unit::Month, QDate(2025, 1, 1), 5)
                != TimeScale::isLabelled(TimeScale::Unit::Month, QDate(2025, 2, 1), 5));
    }
};

QTEST_GUILESS_MAIN(TestTimeScale)
#include "test_timescale.moc"
