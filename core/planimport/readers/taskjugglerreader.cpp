#include "planimport/readers/taskjugglerreader.h"

#include "labels/labels.h"
#include "planimport/readers/foreignamount.h"
#include "planimport/readers/tjdates.h"
#include "planimport/readers/tjplexer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::TaskJugglerReader)
};

/// What an unmapped statement is counted as: its keyword, or its family.
QString family(const QString &keyword)
{
    static const QHash<QString, QString> families{
        {QStringLiteral("depends"), QStringLiteral("dependencies")}, {QStringLiteral("precedes"), QStringLiteral("dependencies")},
        {QStringLiteral("leaves"), QStringLiteral("vacations")}, {QStringLiteral("vacation"), QStringLiteral("vacations")},
        {QStringLiteral("shifts"), QStringLiteral("shifts")}, {QStringLiteral("shift"), QStringLiteral("shifts")},
        {QStringLiteral("booking"), QStringLiteral("bookings")}, {QStringLiteral("rate"), QStringLiteral("rates")},
        {QStringLiteral("flags"), QStringLiteral("flags")}, {QStringLiteral("scenario"), QStringLiteral("scenarios")},
        {QStringLiteral("effort"), QStringLiteral("effort")}, {QStringLiteral("journalentry"), QStringLiteral("journal entries")},
        {QStringLiteral("workinghours"), QStringLiteral("working hours")}, {QStringLiteral("limits"), QStringLiteral("limits")},
    };
    if (keyword.endsWith(u"report") || keyword == u"export" || keyword == u"navigator")
        return QStringLiteral("reports");
    return families.value(keyword, keyword);
}

struct ChargeShare {
    int account;
    qint64 share; ///< in hundredths of a per cent
};

class TjReading
{
public:
    TjReading(const QByteArray &content, const QString &path) : m_lex(content, path), m_path(path) {}

    std::optional<ForeignPlan> read(QString *error)
    {
        m_plan.format = QStringLiteral("taskjuggler");
        while (!m_lex.failed()) {
            const TjToken t = m_lex.next();
            if (t.kind == TjToken::End)
                break;
            topLevel(t);
        }
        if (!m_lex.failed() && !m_sawProject)
            m_lex.fail(QFileInfo(m_path).fileName(), Tr::tr("this is no TaskJuggler project: it has no project line."));
        if (m_lex.failed()) {
            if (error)
                *error = m_lex.error();
            return std::nullopt;
        }
        m_plan.warnings << m_lex.warnings;
        for (const auto &[index, amount] : std::as_const(m_charges))
            book(index, amount);
        tjdates::derive(m_plan, m_times, m_fullIds, m_projectStart, m_path);
        return m_plan;
    }

private:
    void count(const QString &what, int n = 1) { m_plan.notMapped[what] += n; }

    /// Skips the rest of a statement: the tokens up to the end of its line
    /// (a line ending in a comma goes on), and its { } block.
    void skipRest()
    {
        bool continued = false;
        for (;;) {
            const TjToken &t = m_lex.peek();
            if (t.kind == TjToken::End || (t.kind == TjToken::Punct && t.text == u"}"))
                return;
            if (t.kind == TjToken::Punct && t.text == u"{") {
                skipBlock();
                return;
            }
            if (t.lineStart && !continued)
                return;
            continued = t.kind == TjToken::Punct && t.text == u",";
            m_lex.next();
        }
    }

    /// Skips a balanced { } block, the next token being its "{".
    void skipBlock()
    {
        int depth = 0;
        do {
            const TjToken t = m_lex.next();
            if (t.kind == TjToken::End)
                return;
            if (t.kind == TjToken::Punct && t.text == u"{")
                ++depth;
            else if (t.kind == TjToken::Punct && t.text == u"}")
                --depth;
        } while (depth > 0);
    }

    bool atBlock() { return m_lex.peek().kind == TjToken::Punct && m_lex.peek().text == u"{"; }
    bool atPunct(QStringView p) { return m_lex.peek().kind == TjToken::Punct && m_lex.peek().text == p; }

    /// Runs `statement` for each statement of a { } block, if one follows.
    template <typename F>
    void block(int depth, const QString &where, F statement)
    {
        if (!atBlock())
            return;
        if (depth > planreadlimits::MaxDepth) {
            m_lex.fail(where, Tr::tr("tasks, resources or accounts are nested more than %1 deep.").arg(planreadlimits::MaxDepth));
            return;
        }
        m_lex.next();
        while (!m_lex.failed()) {
            const TjToken t = m_lex.next();
            if (t.kind == TjToken::End) {
                m_lex.fail(where, Tr::tr("the block that begins here is not closed with }."));
                return;
            }
            if (t.kind == TjToken::Punct && t.text == u"}")
                return;
            statement(t);
        }
    }

    void topLevel(const TjToken &t)
    {
        if (t.kind != TjToken::Word) {
            if (t.kind == TjToken::Punct && t.text == u"{")
                skipBlock();
            return;
        }
        if (t.text == u"project")
            project(t);
        else if (t.text == u"task")
            task(t, -1, 1);
        else if (t.text == u"resource")
            resource(t, -1, 1);
        else if (t.text == u"account")
            account(t, -1, 1);
        else if (t.text == u"supplement")
            supplement(t);
        else
            unmapped(t);
    }

    void unmapped(const TjToken &t)
    {
        count(family(t.text.section(u':', -1)));
        skipRest();
    }

    /// An optional id and a name: `task id "Name"`, `task "Name"`.
    std::pair<QString, QString> idAndName()
    {
        QString id;
        // An id may be glued from macros ("${content}${major}"): all up to the name.
        while ((m_lex.peek().kind == TjToken::Word || m_lex.peek().kind == TjToken::Number) && !m_lex.peek().lineStart)
            id += m_lex.next().text;
        QString name;
        if (m_lex.peek().kind == TjToken::String && !m_lex.peek().lineStart)
            name = m_lex.next().text;
        return {id, name};
    }

    void project(const TjToken &t)
    {
        m_sawProject = true;
        const auto [id, name] = idAndName();
        m_plan.name = name.isEmpty() ? id : name;
        if (m_lex.peek().kind == TjToken::String)
            m_lex.next(); // the version
        const TjToken start = m_lex.next();
        const auto day = tjdates::parseDate(start.text);
        if (!day) {
            m_lex.fail(t.where, Tr::tr("the project line has no start date (%1).").arg(start.text.left(40)));
            return;
        }
        m_projectStart = day->day;
        m_lex.define(QStringLiteral("projectstart"), day->day.toString(Qt::ISODate));
        skipRest(); // the end or "+4m", and the project's attributes
    }

    void task(const TjToken &t, int parent, int depth)
    {
        if (m_plan.tasks.size() >= planreadlimits::MaxTasks) {
            m_lex.fail(t.where, Tr::tr("the file holds more than %1 tasks.").arg(planreadlimits::MaxTasks));
            return;
        }
        auto [id, name] = idAndName();
        if (id.isEmpty())
            id = QStringLiteral("_Task_%1").arg(m_plan.tasks.size() + 1); // as TaskJuggler names them
        ForeignTask task;
        task.sourceId = parent >= 0 ? m_fullIds.at(parent) + u'.' + id : id;
        task.name = name;
        task.parent = parent;
        task.where = t.where;
        tjdates::TaskTime time;
        time.where = t.where;
        if (parent >= 0) {
            // Inherited as TaskJuggler inherits them: allocations, charge sets, dependencies.
            task.resources = m_plan.tasks.at(parent).resources;
            time.depends = m_times.at(parent).depends;
            m_chargeSets << m_chargeSets.at(parent);
        } else {
            m_chargeSets << QList<ChargeShare>();
        }
        const int index = int(m_plan.tasks.size());
        m_index.insert(task.sourceId, index);
        m_fullIds << task.sourceId;
        m_plan.tasks << task;
        m_times << time;
        block(depth, t.where, [&](const TjToken &s) { taskStatement(s, index, depth); });
    }

    void taskStatement(const TjToken &s, int index, int depth);
    void charge(const TjToken &s, int index);
    void chargeSet(const TjToken &s, int index);
    void book(int index, Money amount);
    QList<QString> references();

    void resource(const TjToken &t, int parent, int depth)
    {
        if (m_plan.resources.size() >= planreadlimits::MaxResources) {
            m_lex.fail(t.where, Tr::tr("the file holds more than %1 resources.").arg(planreadlimits::MaxResources));
            return;
        }
        const auto [id, name] = idAndName();
        if (parent >= 0)
            m_plan.resources[parent].group = true;
        m_resourceIndex.insert(id, int(m_plan.resources.size()));
        m_plan.resources << ForeignResource{id, name.isEmpty() ? id : name, parent, false};
        const int index = int(m_plan.resources.size() - 1);
        block(depth, t.where, [&](const TjToken &s) {
            if (s.kind == TjToken::Word && s.text == u"resource")
                resource(s, index, depth + 1);
            else if (s.kind == TjToken::Word)
                unmapped(s);
        });
    }

    void account(const TjToken &t, int parent, int depth)
    {
        const auto [id, name] = idAndName();
        m_accountIndex.insert(id, int(m_plan.accounts.size()));
        m_plan.accounts << ForeignAccount{id, name.isEmpty() ? id : name, parent};
        const int index = int(m_plan.accounts.size() - 1);
        block(depth, t.where, [&](const TjToken &s) {
            if (s.kind == TjToken::Word && s.text == u"account")
                account(s, index, depth + 1);
            else if (s.kind == TjToken::Word)
                unmapped(s);
        });
    }

    /// `supplement task a.b { ... }` adds to a task read before.
    void supplement(const TjToken &t)
    {
        const TjToken kind = m_lex.next();
        const TjToken id = m_lex.next();
        const int index = kind.text == u"task" ? m_index.value(id.text, -1) : -1;
        if (index < 0) {
            count(QStringLiteral("supplement ") + kind.text);
            skipRest();
            return;
        }
        block(1, t.where, [&](const TjToken &s) { taskStatement(s, index, 1); });
    }

    TjLexer m_lex;
    QString m_path;
    ForeignPlan m_plan;
    bool m_sawProject = false;
    QDate m_projectStart;
    QList<tjdates::TaskTime> m_times; // beside m_plan.tasks
    QStringList m_fullIds;
    QList<QList<ChargeShare>> m_chargeSets;
    QHash<QString, int> m_index, m_resourceIndex, m_accountIndex;
    QList<std::pair<int, Money>> m_charges;
};

void TjReading::taskStatement(const TjToken &s, int index, int depth)
{
    if (s.kind != TjToken::Word) {
        if (s.kind == TjToken::Punct && s.text == u"{")
            skipBlock();
        return;
    }
    const QString &key = s.text;
    tjdates::TaskTime &time = m_times[index];
    if (key.contains(u':')) {
        // "delayed:effort 40d": a value for another scenario than the plan.
        count(QStringLiteral("scenario values"));
        skipRest();
    } else if (key == u"task") {
        task(s, index, depth + 1);
    } else if (key == u"start" || key == u"end") {
        const TjToken value = m_lex.next();
        const auto day = tjdates::parseDate(value.text);
        if (!day)
            m_plan.warnings << Tr::tr("%1: “%2” is no date; the %3 was left out.").arg(s.where, value.text.left(40), key);
        else
            (key == u"start" ? time.start : time.end) = day;
    } else if (key == u"duration" || key == u"length" || key == u"effort") {
        const TjToken value = m_lex.next();
        const auto minutes = tjdates::minutes(value.text, key != u"duration");
        if (!minutes) {
            m_plan.warnings << Tr::tr("%1: “%2” is no duration; the %3 was left out.").arg(s.where, value.text.left(40), key);
        } else {
            time.span = key == u"duration" ? tjdates::TaskTime::Duration
                        : key == u"length" ? tjdates::TaskTime::Length
                                           : tjdates::TaskTime::Effort;
            time.minutes = *minutes;
            if (key == u"effort")
                count(QStringLiteral("effort"));
        }
    } else if (key == u"milestone") {
        time.milestone = true;
    } else if (key == u"depends" || key == u"precedes") {
        const QList<QString> refs = references();
        count(QStringLiteral("dependencies"), int(refs.size()));
        if (key == u"depends")
            time.depends += refs;
    } else if (key == u"allocate") {
        for (const QString &id : references()) {
            const int r = m_resourceIndex.value(id, -1);
            if (r < 0)
                m_plan.warnings << Tr::tr("%1: the resource %2 is not defined; the allocation was left out.").arg(s.where, id);
            else if (!m_plan.tasks[index].resources.contains(r))
                m_plan.tasks[index].resources << r;
            ++time.allocated;
        }
    } else if (key == u"chargeset") {
        chargeSet(s, index);
    } else if (key == u"charge") {
        charge(s, index);
    } else if (key == u"note") {
        if (m_lex.peek().kind == TjToken::String)
            m_plan.tasks[index].notes = m_lex.next().text;
    } else if (key == u"purge") {
        const QString what = m_lex.next().text;
        if (what == u"chargeset")
            m_chargeSets[index].clear();
        else if (what == u"allocate")
            m_plan.tasks[index].resources.clear();
        else if (what == u"depends")
            time.depends.clear();
    } else {
        unmapped(s);
    }
}

/// A comma-separated list of ids, each perhaps with a { } block of options.
QList<QString> TjReading::references()
{
    QList<QString> refs;
    while (!m_lex.failed()) {
        const TjToken &t = m_lex.peek();
        if (t.kind != TjToken::Word || (t.lineStart && !refs.isEmpty()))
            break;
        refs << m_lex.next().text;
        if (atBlock())
            skipBlock();
        if (!atPunct(u","))
            break;
        m_lex.next();
    }
    skipRest();
    return refs;
}

void TjReading::chargeSet(const TjToken &s, int index)
{
    QList<ChargeShare> set;
    while (!m_lex.failed() && m_lex.peek().kind == TjToken::Word) {
        const TjToken id = m_lex.next();
        qint64 share = 10000;
        if (m_lex.peek().kind == TjToken::Number && !m_lex.peek().lineStart) {
            // "50%": the share, in hundredths of a per cent.
            const QString text = m_lex.next().text;
            const auto amount = foreignamount::parse(QStringView(text).chopped(text.endsWith(u'%') ? 1 : 0));
            share = amount ? amount->ore() : 0;
            if (atPunct(u"%"))
                m_lex.next();
        }
        const int account = m_accountIndex.value(id.text, -1);
        if (account < 0)
            m_plan.warnings << Tr::tr("%1: the account %2 is not defined; the charge set leaves it out.").arg(s.where, id.text);
        else
            set << ChargeShare{account, share};
        if (!atPunct(u","))
            break;
        m_lex.next();
    }
    m_chargeSets[index] = set;
    skipRest();
}

void TjReading::charge(const TjToken &s, int index)
{
    const QString amountText = m_lex.next().text;
    const QString mode = m_lex.peek().kind == TjToken::Word && !m_lex.peek().lineStart ? m_lex.next().text : QString();
    if (mode != u"onstart" && mode != u"onend") {
        // perhour, perday, perweek: money by the hours worked, which only scheduling knows.
        count(QStringLiteral("time-based charges"));
        return;
    }
    const auto amount = foreignamount::parse(amountText);
    if (!amount) {
        m_plan.warnings << Tr::tr("%1: the charge “%2” is no amount; it was left out.").arg(s.where, amountText.left(40));
        return;
    }
    m_charges << std::pair{index, *amount};
}

/// A charge goes to the task's charge set as it stands at the end of the
/// file (TaskJuggler books charges when it schedules, after reading all).
void TjReading::book(int index, Money amount)
{
    const QList<ChargeShare> &set = m_chargeSets.at(index);
    if (set.isEmpty()) {
        m_plan.tasks[index].costs << ForeignCost{amount, -1};
        return;
    }
    std::vector<qint64> weights;
    for (const ChargeShare &share : set)
        weights.push_back(share.share);
    const std::vector<Money> parts = amount.allocate(weights);
    for (qsizetype i = 0; i < set.size(); ++i)
        m_plan.tasks[index].costs << ForeignCost{parts.at(size_t(i)), set.at(i).account};
}

} // namespace

std::optional<ForeignPlan> readTaskJuggler(const QByteArray &content, const QString &path, QString *error)
{
    return TjReading(content, path).read(error);
}

} // namespace horisont
