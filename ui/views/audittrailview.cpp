#include "views/audittrailview.h"

#include "access/rolegate.h"
#include "dialogs/exportnotice.h"
#include "document/plandocument.h"
#include "export/csvexport.h"
#include "export/xlsxexport.h"
#include "ledger/importremoval.h"
#include "model/codedname.h"
#include "models/audittrailmodel.h"
#include "models/changelogformatter.h"
#include "optionaldateedit.h"
#include "plan/plan.h"
#include "views/rowdetails.h"
#include "fittedcolumns.h"
#include "flowlayout.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>



namespace horisont {
namespace {
const QDate noBound(2000, 1, 1); // a date edit at its minimum means "any day"
} // namespace

AuditTrailView::AuditTrailView(PlanDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new AuditTrailModel(document, this)),
      m_sorted(new QSortFilterProxyModel(this)), m_source(new QComboBox(this)), m_organisation(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_export(new QPushButton(tr("Export…"), this)),
      m_removeImport(new QPushButton(tr("Remove import…"), this)),
      m_count(new QLabel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("auditTrailView"));
    m_source->setAccessibleName(tr("Funding source"));
    m_organisation->setAccessibleName(tr("Organisation"));
    for (QComboBox *box : {m_source, m_organisation}) {
        // Long names must not widen the window past a laptop's screen.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
    }
    for (QDateEdit *edit : {m_from, m_to})
        makeOptionalDateEdit(*edit, noBound, tr("any"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date (the last day included)"));
    m_export->setAccessibleName(tr("Export the audit trail as shown"));
    m_removeImport->setAccessibleName(tr("Remove the chosen ledger import from the plan"));
    m_removeImport->setToolTip(tr("An import is not undone with Undo: this takes its rows out of the ledger, "
                                  "and the audit trail keeps who removed what."));
    m_removeImport->setEnabled(false);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AuditTrailModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditTrailModel::WhenColumn, Qt::DescendingOrder);
    m_table->setAccessibleName(tr("Audit trail"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Columns fit their contents, the widest cut back so that the reason
    // stays on screen. What a column cuts is whole in its tooltip and in
    // the details below.
    FittedColumns::install(m_table, QStringLiteral("audittrail"));

    // The filters wrap onto a second row in a narrow window.
    auto *filters = new FlowLayout;
    filters->addLabelled(new QLabel(tr("Source:"), this), m_source);
    filters->addLabelled(new QLabel(tr("Organisation:"), this), m_organisation);
    filters->addLabelled(new QLabel(tr("From:"), this), m_from);
    filters->addLabelled(new QLabel(tr("To:"), this), m_to);
    // The count and Export below the table, so that the filters fit a laptop's width.
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch(1);
    footer->addWidget(m_removeImport);
    footer->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(new RowDetails(m_table, this));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        updateRemoveImport();
        if (!current.isValid())
            return;
        const ChangeLogEntry &change = m_model->entry(m_sorted->mapToSource(current).row()).change;
        if (const auto kind = ChangeLogFormatter(m_document.plan()).itemInPlan(change))
            Q_EMIT itemChosen(*kind, change.entityId);
    });
    layout->addLayout(footer);

    rebuildChoices();
    applyFilter();
    for (QComboBox *box : {m_source, m_organisation})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditTrailView::applyFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditTrailView::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditTrailView::exportWithDialog);
    connect(m_removeImport, &QPushButton::clicked, this, &AuditTrailView::removeChosenImport);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n change(s)", nullptr, m_model->rowCount()));
        updateRemoveImport();
    });
    const Plan &plan = document.plan();
    auto choicesChanged = [this](EntityKind kind) {
        if (kind == EntityKind::FundingSource || kind == EntityKind::Organisation)
            rebuildChoices();
    };
    connect(&plan, &Plan::inserted, this, choicesChanged);
    connect(&plan, &Plan::removed, this, choicesChanged);
    connect(&plan, &Plan::changed, this, choicesChanged);
    m_count->setText(tr("%n change(s)", nullptr, m_model->rowCount()));
}

void AuditTrailView::rebuildChoices()
{
    const Plan &plan = m_document.plan();
    auto refill = [](QComboBox *box, const QString &all, const auto &items) {
        const QVariant current = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, QVariant());
        for (const auto &[id, name] : items)
            box->addItem(name, QVariant::fromValue(id));
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    std::vector<std::pair<Id, QString>> sources, organisations;
    for (const FundingSource &s : plan.all<FundingSource>())
        sources.emplace_back(s.id, codedName(s));
    for (const Organisation &o : plan.all<Organisation>())
        organisations.emplace_back(o.id, o.name);
    refill(m_source, tr("All sources"), sources);
    refill(m_organisation, tr("All organisations"), organisations);
}

void AuditTrailView::applyFilter()
{
    AuditFilter filter;
    if (m_source->currentData().isValid())
        filter.sourceId = m_source->currentData().value<Id>();
    if (m_organisation->currentData().isValid())
        filter.organisationId = m_organisation->currentData().value<Id>();
    if (m_from->date() != noBound)
        filter.from = m_from->date();
    if (m_to->date() != noBound)
        filter.until = m_to->date().addDays(1); // shown as the last day, kept exclusive
    m_model->setFilter(filter);
}

bool AuditTrailView::exportTo(const QString &path, QString *error)
{
    std::vector<int> rows;
    for (int r = 0; r < m_sorted->rowCount(); ++r)
        rows.push_back(m_sorted->mapToSource(m_sorted->index(r, 0)).row());
    const ExportTable table = m_model->exportTable(rows);
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return writeXlsx(path, {table}, error);
    return writeCsv(path, table, QLocale(), error);
}

void AuditTrailView::exportWithDialog()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), tr("audit-trail.xlsx"),
                                                tr("Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    QString error;
    if (exportTo(path, &error)) {
        Q_EMIT statusMessage(
            tr("Exported %n change(s) to %1.", nullptr, m_sorted->rowCount()).arg(QDir::toNativeSeparators(path)));
        offerToOpen(this, path);
    } else
        QMessageBox::warning(this, tr("Export the audit trail"), error);
}

qint64 AuditTrailView::importAt(const QModelIndex &tableIndex) const
{
    if (!tableIndex.isValid())
        return 0;
    const AuditEntry &entry = m_model->entry(m_sorted->mapToSource(tableIndex).row());
    return entry.type == AuditEntry::Type::Import ? entry.change.entityId : 0;
}

void AuditTrailView::updateRemoveImport()
{
    rolegate::gate(*m_removeImport, m_document, rolegate::Work::LedgerImport, importAt(m_table->currentIndex()) != 0);
}

bool AuditTrailView::removeImportAt(const QModelIndex &tableIndex, QString *error)
{
    const qint64 batch = importAt(tableIndex);
    if (batch == 0) {
        *error = tr("The chosen row is not a ledger import.");
        return false;
    }
    ImportBatch removed;
    if (!removeImport(m_document, batch, &removed, error))
        return false;
    Q_EMIT statusMessage(tr("Removed the import of %1: %n row(s), %2.", nullptr, int(removed.rows))
                             .arg(removed.fileName, removed.total.format(QLocale())));
    return true;
}

void AuditTrailView::removeChosenImport()
{
    const QModelIndex current = m_table->currentIndex();
    if (importAt(current) == 0)
        return;
    const AuditEntry &entry = m_model->entry(m_sorted->mapToSource(current).row());
    const QString question =
        tr("Remove the import of %1 (%n row(s), %2) from the plan? Its rows leave the ledger and every figure of "
           "actual spending; the audit trail keeps who removed it. The file can be imported again.",
           nullptr, int(entry.rowsImported))
            .arg(entry.fileName, entry.total.format(QLocale()));
    if (QMessageBox::question(this, tr("Remove import"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString error;
    if (!removeImportAt(current, &error))
        QMessageBox::warning(this, tr("Remove import"), error);
}

} // namespace horisont
