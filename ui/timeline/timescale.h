#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace horisont {

/// Maps dates to x positions and back: an origin date at x = 0 and a
/// (fractional) number of pixels per day. Days are whole: date(x) is the
/// day whose span [x(d), x(d + 1)) contains x. Also generates the ticks of
/// the time axis for a visible range of dates, in calendar or relative
/// ("Year 1…N", counted from the programme start) labels.
class TimeScale
{
    Q_DECLARE_TR_FUNCTIONS(horisont::TimeScale)
public:
    enum class Zoom { Horizon, Years, Tertials, Quarters, Months, Weeks };
    enum class Unit { Year, Tertial, Quarter, Month, Week };
    enum class LabelMode { Calendar, Relative };

    /// One interval of the axis: [start, end) with its label.
    struct Tick {
        QDate start;
        QDate end;
        QString label;
    };

    TimeScale() = default;
    TimeScale(QDate origin, double pixelsPerDay);

    QDate origin() const { return m_origin; }
    void setOrigin(QDate origin) { m_origin = origin; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    void setPixelsPerDay(double pixelsPerDay);
    Zoom zoom() const { return m_zoom; }
    /// Sets the level and its default pixels per day (Horizon keeps the
    /// current scale: call fit()).
    void setZoom(Zoom zoom);

    static double defaultPixelsPerDay(Zoom zoom);
    static QList<Zoom> zoomLevels();

    double x(QDate date) const;
    /// The day that contains x (floor).
    QDate date(double x) const;
    /// The day boundary nearest to x: where an exclusive end dragged to x goes.
    QDate nearestBoundary(double x) const;
    /// x of a day count from the origin (fractional days allowed).
    double xOfDays(double days) const { return days * m_pixelsPerDay; }

    /// Whole-horizon level: [from, to) fills `width` pixels, origin = from.
    void fit(QDate from, QDate to, double width);

    /// The two tiers of the axis at the current zoom level.
    Unit majorUnit() const;
    Unit minorUnit() const;

    /// Intervals of `unit` that overlap [from, to), in order.
    static QList<Tick> ticks(Unit unit, QDate from, QDate to, const QLocale &locale,
                             LabelMode mode = LabelMode::Calendar, QDate programmeStart = QDate());
    /// Start of the interval of `unit` that contains the day.
    static QDate unitStart(Unit unit, QDate date, LabelMode mode = LabelMode::Calendar,
                           QDate programmeStart = QDate());
    static QDate unitEnd(Unit unit, QDate start, LabelMode mode = LabelMode::Calendar,
                         QDate programmeStart = QDate());
    static QString label(Unit unit, QDate start, const QLocale &locale, LabelMode mode = LabelMode::Calendar,
                         QDate programmeStart = QDate());

    /// "Year 3": the programme year that contains the day (1 = the year
    /// starting at the programme start).
    static int relativeYear(QDate date, QDate programmeStart);
    /// ISO week label, "W53" ("v. 53" in Swedish), numbered by QDate::weekNumber.
    static QString weekLabel(QDate date);

    /// Budget years (calendar years from `fiscalStartMonth`) overlapping [from, to).
    static QList<Tick> budgetYears(QDate from, QDate to, int fiscalStartMonth = 1);

    /// Which ticks of a tier get their label when not every label fits:
    /// every n-th, n the smallest of 1, 2, 5, 10, 20, 50… that gives each
    /// label `labelWidth` in ticks `tickWidth` wide, the labelled ones fixed
    /// by the date (even years, every fifth year…) so that they do not jump
    /// while scrolling. The whole horizon on a small screen keeps its years.
    static int labelStride(double tickWidth, double labelWidth);
    static bool isLabelled(Unit unit, QDate start, int stride);

    /// The nearest first day of a month (ties go to the later month).
    static QDate nearestMonthStart(QDate date);

private:
    QDate m_origin = QDate(2000, 1, 1);
    double m_pixelsPerDay = 1.0;
    Zoom m_zoom = Zoom::Years;
};

} // namespace horisont
