#include "planimport/readers/foreigndates.h"

#include "labels/labels.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace horisont::foreigndates {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ForeignDates)
};

/// Digits at [from, from + count) as a number, or -1.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<DayTime> make(int y, int m, int d, int hh, int mm, int ss)
{
    if (y < 0 || m < 0 || d < 0 || hh < 0 || mm < 0 || ss < 0)
        return std::nullopt;
    const QDate day(y, m, d);
    const QTime time(hh, mm, ss);
    if (!day.isValid() || !time.isValid())
        return std::nullopt;
    return DayTime{day, time};
}
} // namespace

std::optional<DayTime> parseIso(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (text.size() == 10)
        return make(y, m, d, 0, 0, 0);
    if (text.at(10) != u'T' && text.at(10) != u' ')
        return std::nullopt;
    const int hh = digits(text, 11, 2), mm = text.size() > 13 && text.at(13) == u':' ? digits(text, 14, 2) : -1;
    const int ss = text.size() > 16 && text.at(16) == u':' ? digits(text, 17, 2) : 0;
    return make(y, m, d, hh, mm, ss);
}

std::optional<DayTime> parseCompact(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 8)
        return std::nullopt;
    const int y = digits(text, 0, 4), m = digits(text, 4, 2), d = digits(text, 6, 2);
    if (text.size() == 8)
        return make(y, m, d, 0, 0, 0);
    if (text.at(8) != u'T')
        return std::nullopt;
    const int hh = digits(text, 9, 2), mm = digits(text, 11, 2), ss = digits(text, 13, 2);
    if (text.size() > 16 || (text.size() == 16 && text.at(15) != u'Z'))
        return std::nullopt;
    return make(y, m, d, hh, mm, ss);
}

QDate exclusiveEnd(const DayTime &finish, QTime dayStart)
{
    return finish.time <= dayStart ? finish.day : finish.day.addDays(1);
}

void settle(ForeignTask &task, QStringList *warnings, const QString &file)
{
    if (!task.start.isValid())
        return;
    if (task.milestone) {
        task.end = task.start;
    } else if (!task.end.isValid() || task.end <= task.start) {
        if (task.end.isValid())
            *warnings << Tr::tr("%1, %2: %3 ends before or when it starts; it is read as its first day only.")
                             .arg(QFileInfo(file).fileName(), task.where, Labels::quoted(task.name));
        task.end = task.start.addDays(1);
    }
}

} // namespace horisont::foreigndates
