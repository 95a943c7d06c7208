#include "figures/indicatorseries.h"

#include "plan/plan.h"

#include <algorithm>
#include <climits>

namespace horisont {

IndicatorSeries indicatorSeries(const Plan &plan, Id indicator)
{
    IndicatorSeries data;
    const Indicator *in = plan.find<Indicator>(indicator);
    if (!in)
        return data;
    data.title = in->name;
    data.unit = in->unit;
    data.baseline = in->baseline;
    data.baselineYear = in->baselineYear;
    QMap<Id, int> seriesOf; // area → index; NoId (0) sorts first
    for (const Measurement &m : plan.all<Measurement>()) {
        if (m.indicatorId != indicator || m.tertial != 0 || m.sex != Sex::All)
            continue;
        if (m.kind == MeasurementKind::Target) {
            if (m.areaId == NoId)
                data.target.insert(m.year, m.value);
            continue;
        }
        if (!seriesOf.contains(m.areaId))
            seriesOf.insert(m.areaId, -1);
    }
    for (auto it = seriesOf.begin(); it != seriesOf.end(); ++it) {
        IndicatorSeries::Series s;
        s.areaId = it.key();
        if (const Area *area = plan.find<Area>(it.key()))
            s.name = area->name;
        it.value() = int(data.actual.size());
        data.actual << s;
    }
    for (const Measurement &m : plan.all<Measurement>()) {
        if (m.indicatorId == indicator && m.kind == MeasurementKind::Actual && m.tertial == 0 && m.sex == Sex::All)
            data.actual[seriesOf.value(m.areaId)].values.insert(m.year, m.value);
    }
    return data;
}

QList<IndicatorSeries::Year> IndicatorSeries::years() const
{
    QList<Year> out;
    if (isEmpty())
        return out;
    for (int y = firstYear(); y <= lastYear(); ++y) {
        Year row;
        row.year = y;
        bool any = false;
        for (const Series &s : actual) {
            const auto value = s.values.constFind(y);
            row.values << (value != s.values.cend() ? std::optional<double>(*value) : std::nullopt);
            any = any || row.values.back().has_value();
        }
        if (const auto t = target.constFind(y); t != target.cend())
            row.target = *t;
        if (baseline && baselineYear == y)
            row.baseline = baseline;
        if (any || row.target || row.baseline)
            out << row;
    }
    return out;
}

int IndicatorSeries::firstYear() const
{
    int year = INT_MAX;
    for (const Series &s : actual) {
        if (!s.values.isEmpty())
            year = std::min(year, s.values.firstKey());
    }
    if (!target.isEmpty())
        year = std::min(year, target.firstKey());
    if (baseline && baselineYear > 0)
        year = std::min(year, baselineYear);
    return year == INT_MAX ? 0 : year;
}

int IndicatorSeries::lastYear() const
{
    int year = 0;
    for (const Series &s : actual) {
        if (!s.values.isEmpty())
            year = std::max(year, s.values.lastKey());
    }
    if (!target.isEmpty())
        year = std::max(year, target.lastKey());
    if (baseline && baselineYear > 0)
        year = std::max(year, baselineYear);
    return year;
}

} // namespace horisont
