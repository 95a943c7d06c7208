#include "models/problemsmodel.h"

#include "today.h"

#include "check/plancheck.h"
#include "document/plandocument.h"
#include "labels/labels.h"
#include "plan/plan.h"
#include "today.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <vector>

namespace horisont {
namespace {

// Above this many cells the middle of a difference is not matched row by
// row; it is replaced as one block (still without a reset).
constexpr qsizetype MaxDiffCells = 1'000'000;

int severityIndex(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error: return 0;
    case Finding::Severity::Warning: return 1;
    case Finding::Severity::Info: return 2;
    }
    return 2;
}

QIcon severityIcon(Finding::Severity severity)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return {};
    switch (severity) {
    case Finding::Severity::Error: return app->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Finding::Severity::Warning: return app->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Finding::Severity::Info: return app->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

ProblemsModel::ProblemsModel(PlanDocument &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_asOf(today())
{
    m_ledger = m_document.ledgerTotals();
    m_findings = check();
    for (const Finding &f : std::as_const(m_findings))
        m_items.append(itemText(f));
    updateCounts();

    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ProblemsModel::recomputeNow);

    const Plan &plan = m_document.plan();
    connect(&plan, &Plan::inserted, this, &ProblemsModel::scheduleRecompute);
    connect(&plan, &Plan::removed, this, &ProblemsModel::scheduleRecompute);
    connect(&plan, &Plan::changed, this, &ProblemsModel::scheduleRecompute);
    connect(&plan, &Plan::reset, this, &ProblemsModel::resetAll);
    connect(&m_document, &PlanDocument::versionsChanged, this, &ProblemsModel::scheduleRecompute);
    // An import changes the ledger, not the plan: re-read its totals and re-check.
    connect(&m_document, &PlanDocument::ledgerTotalsChanged, this, [this] {
        m_ledger = m_document.ledgerTotals();
        scheduleRecompute();
    });
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    if (role == SeverityRole)
        return severityIndex(f.severity);
    if (role == SortRole && index.column() == Severity)
        return severityIndex(f.severity);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (Column(index.column())) {
        case Severity: return severityText(f.severity);
        case Problem: return f.message;
        case Item: return m_items.at(index.row());
        case ColumnCount: break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Severity)
            return severityIcon(f.severity);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == Severity)
            return severityText(f.severity);
        break;
    default:
        break;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Severity: return tr("Severity");
    case Problem: return tr("Problem");
    case Item: return tr("Item");
    case ColumnCount: break;
    }
    return {};
}

QString ProblemsModel::severityText(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error: return tr("Error");
    case Finding::Severity::Warning: return tr("Warning");
    case Finding::Severity::Info: return tr("Note");
    }
    return {};
}

QString ProblemsModel::summaryText() const
{
    QStringList parts;
    if (errorCount() > 0)
        parts << (errorCount() == 1 ? tr("1 error") : tr("%1 errors").arg(errorCount()));
    if (warningCount() > 0)
        parts << (warningCount() == 1 ? tr("1 warning") : tr("%1 warnings").arg(warningCount()));
    if (noteCount() > 0)
        parts << (noteCount() == 1 ? tr("1 note") : tr("%1 notes").arg(noteCount()));
    if (parts.isEmpty())
        return tr("No problems found");
    return parts.join(tr(", "));
}

void ProblemsModel::scheduleRecompute()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void ProblemsModel::recomputeNow()
{
    m_timer.stop();
    applyDifference(check());
    updateCounts();
}

void ProblemsModel::resetAll()
{
    m_timer.stop();
    // A reset is a newly loaded file: the only time the ledger can differ.
    m_ledger = m_document.ledgerTotals();
    beginResetModel();
    m_findings = check();
    m_items.clear();
    for (const Finding &f : std::as_const(m_findings))
        m_items.append(itemText(f));
    endResetModel();
    updateCounts();
}

void ProblemsModel::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    scheduleRecompute();
}

Findings ProblemsModel::check() const
{
    return checkPlan(m_document.plan(), CheckContext{QLocale(), m_ledger, m_asOf})
           + checkGovernance(m_document.store(), m_document.plan(), m_document.decidedBaseline());
}

QString ProblemsModel::itemText(const Finding &finding) const
{
    if (finding.id == NoId)
        return tr("Whole plan");
    const QString kind = Labels::kind(finding.kind);
    const QString name = Labels::entityName(m_document.plan(), finding.kind, finding.id);
    // Items without a name of their own are already called "Kind #id".
    if (name.startsWith(kind))
        return name;
    return tr("%1: %2").arg(kind, name);
}

void ProblemsModel::applyDifference(const Findings &next)
{
    // Common head and tail, then a longest common subsequence of the middle:
    // rows only in the old list are removed, rows only in the new one inserted.
    const qsizetype oldSize = m_findings.size();
    const qsizetype newSize = next.size();
    qsizetype head = 0;
    while (head < oldSize && head < newSize && m_findings.at(head) == next.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < oldSize - head && tail < newSize - head
           && m_findings.at(oldSize - 1 - tail) == next.at(newSize - 1 - tail))
        ++tail;
    const qsizetype n = oldSize - head - tail;
    const qsizetype m = newSize - head - tail;

    std::vector<bool> keepOld(std::size_t(n), false);
    std::vector<bool> keepNew(std::size_t(m), false);
    if (n > 0 && m > 0 && n * m <= MaxDiffCells) {
        // lcs[i][j]: length of the common subsequence of old[i..] and new[j..].
        const qsizetype width = m + 1;
        std::vector<quint16> lcs(std::size_t((n + 1) * width), 0);
        auto at = [&](qsizetype i, qsizetype j) -> quint16 & { return lcs[std::size_t(i * width + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                at(i, j) = m_findings.at(head + i) == next.at(head + j) ? quint16(at(i + 1, j + 1) + 1)
                                                                          : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (m_findings.at(head + i) == next.at(head + j)) {
                keepOld[std::size_t(i++)] = true;
                keepNew[std::size_t(j++)] = true;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    }

    // Removals from the bottom up, one signal per contiguous run.
    for (qsizetype i = n; i > 0;) {
        if (keepOld[std::size_t(i - 1)]) {
            --i;
            continue;
        }
        const qsizetype last = i - 1;
        while (i > 0 && !keepOld[std::size_t(i - 1)])
            --i;
        beginRemoveRows(QModelIndex(), int(head + i), int(head + last));
        m_findings.remove(head + i, last - i + 1);
        m_items.remove(head + i, last - i + 1);
        endRemoveRows();
    }
    // Insertions from the top down: each run lands at its final row.
    for (qsizetype j = 0; j < m;) {
        if (keepNew[std::size_t(j)]) {
            ++j;
            continue;
        }
        const qsizetype first = j;
        while (j < m && !keepNew[std::size_t(j)])
            ++j;
        beginInsertRows(QModelIndex(), int(head + first), int(head + j - 1));
        for (qsizetype k = first; k < j; ++k) {
            m_findings.insert(head + k, next.at(head + k));
            m_items.insert(head + k, itemText(next.at(head + k)));
        }
        endInsertRows();
    }
    Q_ASSERT(m_findings == next);

    // A kept finding can still name an item that was renamed since.
    for (int row = 0; row < m_findings.size(); ++row) {
        const QString text = itemText(m_findings.at(row));
        if (text != m_items.at(row)) {
            m_items[row] = text;
            const QModelIndex changed = index(row, Item);
            Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
        }
    }
}

void ProblemsModel::updateCounts()
{
    int counts[3] = {0, 0, 0};
    for (const Finding &f : std::as_const(m_findings))
        ++counts[severityIndex(f.severity)];
    const bool changed = !std::equal(std::begin(counts), std::end(counts), std::begin(m_counts));
    std::copy(std::begin(counts), std::end(counts), std::begin(m_counts));
    if (changed)
        Q_EMIT countsChanged(m_counts[0], m_counts[1]);
}

} // namespace horisont
