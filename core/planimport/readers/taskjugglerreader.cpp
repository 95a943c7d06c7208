// TaskJuggler (.tjp): what each statement means for the plan — project,
// tasks and their dates, resources, accounts, allocations, notes, purges.
// The tokens come from tjplexer (includes, macros), the statements' shape
// from tjstatements, dates derived without scheduling from tjdates, and the
// charges from tjcharges, so that this file is the statements' meaning only.
#include "planimport/readers/taskjugglerreader.h"

#include "labels/labels.h"
#include "planimport/readers/tjcharges.h"
#include "planimport/readers/tjdates.h"
#include "planimport/readers/tjplexer.h"
#include "planimport/readers/tjstatements.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::TaskJugglerReader)
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
        m_charges.book(m_plan);
        tjdates::derive(m_plan, m_times, m_fullIds, m_projectStart, m_path);
        return m_plan;
    }

private:
    void count(const QString &what, int n = 1) { m_plan.notMapped[what] += n; }

    /// Runs `statement` for each statement of a { } block, if one follows.
    template <typename F>
    void block(int depth, const QString &where, F statement)
    {
        if (!tjstatements::atPunct(m_lex, u"{"))
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
                tjstatements::skipBlock(m_lex);
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
        count(tjstatements::family(t.text.section(u':', -1)));
        tjstatements::skipRest(m_lex);
    }

    void project(const TjToken &t)
    {
        m_sawProject = true;
        const auto [id, name] = tjstatements::idAndName(m_lex);
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
        tjstatements::skipRest(m_lex); // the end or "+4m", and the project's attributes
    }

    void task(const TjToken &t, int parent, int depth)
    {
        if (m_plan.tasks.size() >= planreadlimits::MaxTasks) {
            m_lex.fail(t.where, Tr::tr("the file holds more than %1 tasks.").arg(planreadlimits::MaxTasks));
            return;
        }
        auto [id, name] = tjstatements::idAndName(m_lex);
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
        }
        m_charges.addTask(parent);
        const int index = int(m_plan.tasks.size());
        m_index.insert(task.sourceId, index);
        m_fullIds << task.sourceId;
        m_plan.tasks << task;
        m_times << time;
        block(depth, t.where, [&](const TjToken &s) { taskStatement(s, index, depth); });
    }

    void taskStatement(const TjToken &s, int index, int depth);

    void resource(const TjToken &t, int parent, int depth)
    {
        if (m_plan.resources.size() >= planreadlimits::MaxResources) {
            m_lex.fail(t.where, Tr::tr("the file holds more than %1 resources.").arg(planreadlimits::MaxResources));
            return;
        }
        const auto [id, name] = tjstatements::idAndName(m_lex);
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
        const auto [id, name] = tjstatements::idAndName(m_lex);
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
            tjstatements::skipRest(m_lex);
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
    QHash<QString, int> m_index, m_resourceIndex, m_accountIndex;
    TjCharges m_charges;
};

void TjReading::taskStatement(const TjToken &s, int index, int depth)
{
    if (s.kind != TjToken::Word) {
        if (s.kind == TjToken::Punct && s.text == u"{")
            tjstatements::skipBlock(m_lex);
        return;
    }
    const QString &key = s.text;
    tjdates::TaskTime &time = m_times[index];
    if (key.contains(u':')) {
        // "delayed:effort 40d": a value for another scenario than the plan.
        count(QStringLiteral("scenario values"));
        tjstatements::skipRest(m_lex);
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
        const QList<QString> refs = tjstatements::references(m_lex);
        count(QStringLiteral("dependencies"), int(refs.size()));
        if (key == u"depends")
            time.depends += refs;
    } else if (key == u"allocate") {
        for (const QString &id : tjstatements::references(m_lex)) {
            const int r = m_resourceIndex.value(id, -1);
            if (r < 0)
                m_plan.warnings << Tr::tr("%1: the resource %2 is not defined; the allocation was left out.").arg(s.where, id);
            else if (!m_plan.tasks[index].resources.contains(r))
                m_plan.tasks[index].resources << r;
            ++time.allocated;
        }
    } else if (key == u"chargeset") {
        m_charges.readChargeSet(m_lex, s, index, m_accountIndex, &m_plan.warnings);
    } else if (key == u"charge") {
        m_charges.readCharge(m_lex, s, index, m_plan);
    } else if (key == u"note") {
        if (m_lex.peek().kind == TjToken::String)
            m_plan.tasks[index].notes = m_lex.next().text;
    } else if (key == u"purge") {
        const QString what = m_lex.next().text;
        if (what == u"chargeset")
            m_charges.purge(index);
        else if (what == u"allocate")
            m_plan.tasks[index].resources.clear();
        else if (what == u"depends")
            time.depends.clear();
    } else {
        unmapped(s);
    }
}

} // namespace

std::optional<ForeignPlan> readTaskJuggler(const QByteArray &content, const QString &path, QString *error)
{
    return TjReading(content, path).read(error);
}

} // namespace horisont
