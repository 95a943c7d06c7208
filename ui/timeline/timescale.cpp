#include "timeline/timescale.h"

#include <algorithm>
#include <cmath>

namespace horisont {

namespace {
constexpr double Epsilon = 1e-7;
} // namespace

TimeScale::TimeScale(QDate origin, double pixelsPerDay)
    : m_origin(origin)
{
    setPixelsPerDay(pixelsPerDay);
}

void TimeScale::setPixelsPerDay(double pixelsPerDay)
{
    m_pixelsPerDay = std::clamp(pixelsPerDay, 0.001, 1000.0);
}

void TimeScale::setZoom(Zoom zoom)
{
    m_zoom = zoom;
    if (zoom != Zoom::Horizon)
        m_pixelsPerDay = defaultPixelsPerDay(zoom);
}

double TimeScale::defaultPixelsPerDay(Zoom zoom)
{
    switch (zoom) {
    case Zoom::Horizon: return 0.2;
    case Zoom::Years: return 0.5;      // ~183 px a year, quarters ~45 px
    case Zoom::Tertials: return 1.0;   // ~120 px a tertial
    case Zoom::Quarters: return 1.5;   // ~137 px a quarter
    case Zoom::Months: return 4.0;     // ~120 px a month
    case Zoom::Weeks: return 16.0;     // 112 px a week
    }
    return 1.0;
}

QList<TimeScale::Zoom> TimeScale::zoomLevels()
{
    return {Zoom::Horizon, Zoom::Years, Zoom::Tertials, Zoom::Quarters, Zoom::Months, Zoom::Weeks};
}

double TimeScale::x(QDate date) const
{
    return double(m_origin.daysTo(date)) * m_pixelsPerDay;
}

QDate TimeScale::date(double x) const
{
    return m_origin.addDays(qint64(std::floor(x / m_pixelsPerDay + Epsilon)));
}

QDate TimeScale::nearestBoundary(double x) const
{
    return m_origin.addDays(qint64(std::floor(x / m_pixelsPerDay + 0.5)));
}

void TimeScale::fit(QDate from, QDate to, double width)
{
    m_zoom = Zoom::Horizon;
    m_origin = from;
    const qint64 days = std::max<qint64>(1, from.daysTo(to));
    setPixelsPerDay(std::max(1.0, width) / double(days));
}

TimeScale::Unit TimeScale::majorUnit() const
{
    switch (m_zoom) {
    case Zoom::Weeks: return Unit::Month;
    default: return Unit::Year;
    }
}

TimeScale::Unit TimeScale::minorUnit() const
{
    switch (m_zoom) {
    case Zoom::Horizon:
    case Zoom::Years:
    case Zoom::Quarters: return Unit::Quarter;
    case Zoom::Tertials: return Unit::Tertial;
    case Zoom::Months: return Unit::Month;
    case Zoom::Weeks: return Unit::Week;
    }
    return Unit::Quarter;
}

QDate TimeScale::unitStart(Unit unit, QDate date, LabelMode mode, QDate programmeStart)
{
    switch (unit) {
    case Unit::Year:
        if (mode == LabelMode::Relative && programmeStart.isValid())
            return programmeStart.addYears(relativeYear(date, programmeStart) - 1);
        return QDate(date.year(), 1, 1);
    case Unit::Tertial: return QDate(date.year(), (date.month() - 1) / 4 * 4 + 1, 1);
    case Unit::Quarter: return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case Unit::Month: return QDate(date.year(), date.month(), 1);
    case Unit::Week: return date.addDays(1 - date.dayOfWeek());
    }
    return date;
}

QDate TimeScale::unitEnd(Unit unit, QDate start, LabelMode mode, QDate programmeStart)
{
    switch (unit) {
    case Unit::Year:
        if (mode == LabelMode::Relative && programmeStart.isValid())
            return programmeStart.addYears(relativeYear(start, programmeStart));
        return start.addYears(1);
    case Unit::Tertial: return start.addMonths(4);
    case Unit::Quarter: return start.addMonths(3);
    case Unit::Month: return start.addMonths(1);
    case Unit::Week: return start.addDays(7);
    }
    return start.addDays(1);
}

int TimeScale::relativeYear(QDate date, QDate programmeStart)
{
    int years = date.year() - programmeStart.year();
    if (programmeStart.addYears(years) > date)
        --years;
    return years + 1;
}

QString TimeScale::weekLabel(QDate date)
{
    //: ISO week number on the time axis; Swedish "v. %1"
    return tr("W%1").arg(date.weekNumber());
}

QString TimeScale::label(Unit unit, QDate start, const QLocale &locale, LabelMode mode, QDate programmeStart)
{
    switch (unit) {
    case Unit::Year:
        if (mode == LabelMode::Relative && programmeStart.isValid())
            //: Programme year counted from the start, as funders ask: Swedish "År %1"
            return tr("Year %1").arg(relativeYear(start, programmeStart));
        return QString::number(start.year());
    case Unit::Tertial:
        //: Tertial (four-month period) and year: Swedish "T%1 %2" too
        return tr("T%1 %2").arg((start.month() - 1) / 4 + 1).arg(start.year());
    case Unit::Quarter:
        //: Quarter of a year: Swedish "K%1"
        return tr("Q%1").arg((start.month() - 1) / 3 + 1);
    case Unit::Month: return locale.monthName(start.month(), QLocale::ShortFormat);
    case Unit::Week: return weekLabel(start);
    }
    return QString();
}

QList<TimeScale::Tick> TimeScale::ticks(Unit unit, QDate from, QDate to, const QLocale &locale, LabelMode mode,
                                        QDate programmeStart)
{
    QList<Tick> list;
    if (!from.isValid() || !to.isValid() || to <= from)
        return list;
    QDate start = unitStart(unit, from, mode, programmeStart);
    while (start < to) {
        const QDate end = unitEnd(unit, start, mode, programmeStart);
        list.append(Tick{start, end, label(unit, start, locale, mode, programmeStart)});
        if (end <= start)
            break;
        start = end;
    }
    return list;
}

QList<TimeScale::Tick> TimeScale::budgetYears(QDate from, QDate to, int fiscalStartMonth)
{
    QList<Tick> list;
    if (!from.isValid() || !to.isValid() || to <= from)
        return list;
    const int month = std::clamp(fiscalStartMonth, 1, 12);
    QDate start(from.year(), month, 1);
    if (start > from)
        start = start.addYears(-1);
    while (start < to) {
        const QDate end = start.addYears(1);
        list.append(Tick{start, end, QString::number(month == 1 ? start.year() : end.year())});
        start = end;
    }
    return list;
}

QDate TimeScale::nearestMonthStart(QDate date)
{
    const QDate first(date.year(), date.month(), 1);
    const QDate next = first.addMonths(1);
    return first.daysTo(date) < date.daysTo(next) ? first : next;
}

int TimeScale::labelStride(double tickWidth, double labelWidth)
{
    if (tickWidth <= 0)
        return 0; // nothing to label
    for (int decade = 1; decade <= 1000; decade *= 10)
        for (int step : {1, 2, 5})
            if (step * decade * tickWidth >= labelWidth)
                return step * decade;
    return 0;
}

bool TimeScale::isLabelled(Unit unit, QDate start, int stride)
{
    if (stride <= 1)
        return stride == 1;
    const int months = start.year() * 12 + start.month() - 1;
    qint64 ordinal = 0;
    switch (unit) {
    case Unit::Year: ordinal = start.year(); break;
    case Unit::Tertial: ordinal = months / 4; break;
    case Unit::Quarter: ordinal = months / 3; break;
    case Unit::Month: ordinal = months; break;
    case Unit::Week: ordinal = start.toJulianDay() / 7; break;
    }
    return ordinal % stride == 0;
}

} // namespace horisont
