#include "planimport/readers/tjcharges.h"

#include "planimport/readers/foreignamount.h"
#include "planimport/readers/tjstatements.h"

#include <QCoreApplication>

#include <vector>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::TaskJugglerReader)
};
} // namespace

void TjCharges::addTask(int parent)
{
    m_sets << (parent >= 0 ? m_sets.at(parent) : QList<Share>());
}

void TjCharges::readChargeSet(TjLexer &lex, const TjToken &s, int task, const QHash<QString, int> &accounts, QStringList *warnings)
{
    QList<Share> set;
    while (!lex.failed() && lex.peek().kind == TjToken::Word) {
        const TjToken id = lex.next();
        qint64 share = 10000;
        if (lex.peek().kind == TjToken::Number && !lex.peek().lineStart) {
            // "50%": the share, in hundredths of a per cent.
            const QString text = lex.next().text;
            const auto amount = foreignamount::parse(QStringView(text).chopped(text.endsWith(u'%') ? 1 : 0));
            share = amount ? amount->ore() : 0;
            if (tjstatements::atPunct(lex, u"%"))
                lex.next();
        }
        const int account = accounts.value(id.text, -1);
        if (account < 0)
            *warnings << Tr::tr("%1: the account %2 is not defined; the charge set leaves it out.").arg(s.where, id.text);
        else
            set << Share{account, share};
        if (!tjstatements::atPunct(lex, u","))
            break;
        lex.next();
    }
    m_sets[task] = set;
    tjstatements::skipRest(lex);
}

void TjCharges::readCharge(TjLexer &lex, const TjToken &s, int task, ForeignPlan &plan)
{
    const QString amountText = lex.next().text;
    const QString mode = lex.peek().kind == TjToken::Word && !lex.peek().lineStart ? lex.next().text : QString();
    if (mode != u"onstart" && mode != u"onend") {
        // perhour, perday, perweek: money by the hours worked, which only scheduling knows.
        ++plan.notMapped[QStringLiteral("time-based charges")];
        return;
    }
    const auto amount = foreignamount::parse(amountText);
    if (!amount) {
        plan.warnings << Tr::tr("%1: the charge “%2” is no amount; it was left out.").arg(s.where, amountText.left(40));
        return;
    }
    m_charges << std::pair{task, *amount};
}

void TjCharges::book(ForeignPlan &plan) const
{
    for (const auto &[task, amount] : m_charges) {
        const QList<Share> &set = m_sets.at(task);
        if (set.isEmpty()) {
            plan.tasks[task].costs << ForeignCost{amount, -1};
            continue;
        }
        std::vector<qint64> weights;
        for (const Share &share : set)
            weights.push_back(share.share);
        const std::vector<Money> parts = amount.allocate(weights);
        for (qsizetype i = 0; i < set.size(); ++i)
            plan.tasks[task].costs << ForeignCost{parts.at(size_t(i)), set.at(i).account};
    }
}

} // namespace horisont
