#include "views/changesview.h"

#include "dialogs/exportnotice.h"
#include "dialogs/exportspreadsheet.h"
#include "document/plandocument.h"
#include "export/exporttable.h"
#include "export/xlsxexport.h"
#include "labels/labels.h"
#include "selection/planselection.h"
#include "views/changesitemstab.h"
#include "views/changesmoneytab.h"
#include "flowlayout.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace horisont {
namespace {

QComboBox *stateChoice(const QString &accessibleName, const QString &objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    // As wide as its longest label, up to a bound: a version's name can be long.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return box;
}

} // namespace

ChangesView::ChangesView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection),
      m_from(stateChoice(tr("Compare from"), QStringLiteral("changesFrom"), this)),
      m_to(stateChoice(tr("Compare to"), QStringLiteral("changesTo"), this)), m_tabs(new QTabWidget(this)),
      m_items(new ChangesItemsTab(this)), m_money(new ChangesMoneyTab(this)), m_summary(new QLabel(this)),
      m_export(new QPushButton(tr("Export…"), this))
{
    setObjectName(QStringLiteral("changesView"));
    m_tabs->setObjectName(QStringLiteral("changesTabs"));
    m_tabs->tabBar()->setAccessibleName(tr("Parts of the changes"));
    m_tabs->addTab(m_items, tr("&Items"));
    m_tabs->addTab(m_money, tr("&Money"));
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("changesExport"));
    m_export->setAccessibleName(tr("Export the changes"));
    m_export->setToolTip(tr("Every table to a workbook (.xlsx), or the table of this tab to a CSV file."));

    // The choosers wrap onto a second row in a narrow window.
    auto *choosers = new FlowLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    choosers->addLabelled(fromLabel, m_from);
    choosers->addLabelled(toLabel, m_to);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choosers);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(footer);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &ChangesView::recompute);
    rebuildChoices();
    for (QComboBox *box : {m_from, m_to})
        connect(box, &QComboBox::currentIndexChanged, this, &ChangesView::choicesChanged);
    connect(m_export, &QPushButton::clicked, this, &ChangesView::exportWithDialog);
    connect(m_items, &ChangesItemsTab::changeChosen, this, &ChangesView::changeChosen);
    connect(&selection, &PlanSelection::changed, m_items, &ChangesItemsTab::showItem);

    const Plan &plan = document.plan();
    for (auto signal : {&Plan::inserted, &Plan::removed})
        connect(&plan, signal, this, &ChangesView::planChanged);
    connect(&plan, &Plan::changed, this, &ChangesView::planChanged);
    connect(&plan, &Plan::reset, this, &ChangesView::planChanged);
    // A version frozen or deleted, a scenario made, deleted or worked in:
    // read the chosen states again.
    for (auto signal : {&PlanDocument::versionsChanged, &PlanDocument::scenariosChanged,
                        &PlanDocument::workingScenarioChanged})
        connect(&document, signal, this, [this] {
            m_fromKey.clear();
            m_toKey.clear();
            rebuildChoices();
            scheduleRefresh();
        });
}

ChangesView::~ChangesView() = default;

void ChangesView::rebuildChoices()
{
    const bool first = m_states.states.isEmpty();
    const QString from = m_from->currentData().toString(), to = m_to->currentData().toString();
    m_states = comparableStates(m_document);
    for (QComboBox *box : {m_from, m_to}) {
        const QSignalBlocker blocker(box);
        box->clear();
        auto *items = qobject_cast<QStandardItemModel *>(box->model());
        for (const ComparableState &state : std::as_const(m_states.states)) {
            if (state.isAvailable()) {
                box->addItem(state.label, state.key);
                continue;
            }
            // Shown, so that nobody wonders where it went, but not chosen.
            box->addItem(tr("%1 (altered, not read)").arg(state.label), state.key);
            QStandardItem *item = items->item(box->count() - 1);
            item->setEnabled(false);
            item->setToolTip(state.unavailableReason);
        }
    }
    // The user's choice stays while it is offered; the default otherwise.
    const auto choose = [this, first](QComboBox *box, const QString &key, int fallback) {
        const int index = first || m_states.indexOf(key) < 0 || !m_states.states.at(m_states.indexOf(key)).isAvailable()
                              ? fallback
                              : m_states.indexOf(key);
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(index);
    };
    choose(m_from, from, m_states.defaultFrom);
    choose(m_to, to, m_states.defaultTo);
    fitChoice(m_from);
    fitChoice(m_to);
}

void ChangesView::fitChoice(QComboBox *box)
{
    // Each chooser is as wide as the state it shows (up to a bound), so that
    // a decided version's long label is read whole beside "The current
    // plan"; the list it opens shows every label whole.
    box->setMinimumContentsLength(int(std::clamp<qsizetype>(box->currentText().size(), 16, 52)));
    box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 24);
}

bool ChangesView::compare(const QString &fromKey, const QString &toKey)
{
    const int from = m_states.indexOf(fromKey), to = m_states.indexOf(toKey);
    if (from < 0 || to < 0 || !m_states.states.at(from).isAvailable() || !m_states.states.at(to).isAvailable())
        return false;
    m_from->setCurrentIndex(from);
    m_to->setCurrentIndex(to);
    return true;
}

void ChangesView::choicesChanged()
{
    fitChoice(m_from);
    fitChoice(m_to);
    scheduleRefresh();
}

void ChangesView::planChanged()
{
    // Only a side that is the plan the document holds changes with it.
    const Plan *plan = &m_document.plan();
    if (m_before.get() == plan || m_after.get() == plan)
        scheduleRefresh();
}

void ChangesView::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refresh.start();
}

void ChangesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refresh.start();
}

void ChangesView::refreshNow()
{
    if (m_stale)
        recompute();
}

bool ChangesView::loadSide(QComboBox *choice, QString &loadedKey, std::shared_ptr<const Plan> &plan, QString *error)
{
    const QString key = choice->currentData().toString();
    if (key == loadedKey && plan)
        return true;
    loadedKey.clear();
    plan.reset();
    const int index = m_states.indexOf(key);
    if (index < 0)
        return false;
    plan = m_states.states.at(index).load(error);
    if (!plan)
        return false;
    loadedKey = key;
    return true;
}

void ChangesView::recompute()
{
    m_refresh.stop();
    m_stale = false;
    QString error;
    const bool loaded = loadSide(m_from, m_fromKey, m_before, &error) && loadSide(m_to, m_toKey, m_after, &error);
    m_comparison = loaded ? comparePlans(*m_before, *m_after) : PlanComparison();
    const Plan empty;
    const Plan &before = loaded ? *m_before : empty, &after = loaded ? *m_after : empty;
    m_items->setComparison(m_comparison, before, after);
    if (!m_items->tree()->currentIndex().isValid()) // the item selected before the view was first shown
        m_items->showItem(m_selection.kind(), m_selection.id());
    m_money->setTables(moneyChangesTable(m_comparison, before, after), int(m_comparison.money.size()),
                       yearTotalsTable(m_comparison));
    showResult(loaded ? QString() : error);
}

void ChangesView::showResult(const QString &problem)
{
    m_export->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    if (m_comparison.isEmpty()) {
        m_summary->setText(m_fromKey == m_toKey ? tr("From and To are the same state: choose two to compare.")
                                                : tr("Nothing has changed."));
        return;
    }
    m_summary->setText(tr("%n change(s) to items", nullptr, int(m_comparison.changes.size())) + QStringLiteral(" · ")
                       + tr("%n change(s) to money", nullptr, int(m_comparison.money.size())));
}

void ChangesView::changeChosen(const PlanChange &change)
{
    if (m_document.plan().contains(change.kind, change.id)) {
        m_selection.select(change.kind, change.id);
        return;
    }
    if (!m_before || !m_after)
        return;
    const QString item = itemOfChange(change, *m_before, *m_after);
    Q_EMIT statusMessage(m_document.shownVersion()
                             ? tr("%1 is not in the version this window shows, so nothing is selected.").arg(item)
                             : tr("%1 is not in the current plan, so nothing is selected.").arg(item));
}

bool ChangesView::exportTo(const QString &path, QString *error)
{
    refreshNow();
    if (!m_before || !m_after) {
        *error = m_summary->text();
        return false;
    }
    const ExportTable changes = changesTable(m_comparison, *m_before, *m_after);
    const ExportTable money = moneyChangesTable(m_comparison, *m_before, *m_after);
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return writeXlsx(path, {changes, money, yearTotalsTable(m_comparison)}, error);
    return writeSpreadsheetTable(path, m_tabs->currentIndex() == MoneyTab ? money : changes, error);
}

void ChangesView::exportWithDialog()
{
    const QFileInfo plan(m_document.path());
    const QString path = askSpreadsheetPath(
        this, tr("Export the changes"),
        plan.absoluteDir().filePath(plan.completeBaseName() + tr("-changes") + QStringLiteral(".xlsx")),
        tr("Excel workbook, every table (*.xlsx)"), tr("CSV, the table of this tab (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = exportTo(path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (written) {
        Q_EMIT statusMessage(exportedMessage(path));
        offerToOpen(this, path);
    } else
        QMessageBox::warning(this, tr("Export the changes"), error);
}

} // namespace horisont
