#include "dialogs/spreaddialog.h"

#include "budget/budgetcalendar.h"
#include "budget/spread.h"
#include "document/plandocument.h"
#include "edit/allocationcommands.h"
#include "labels/labels.h"
#include "model/codedname.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace horisont {
namespace {
/// "+50 000 kr", "−50 000 kr" (as Money formats it) or "0 kr".
QString signedAmount(Money change)
{
    const QString text = change.format(QLocale());
    return change.isNegative() || change.isZero() ? text : QLatin1Char('+') + text;
}
} // namespace

SpreadDialog::SpreadDialog(PlanDocument &document, Id intervention, Id organisation, Id source, int firstYear,
                           int lastYear, int year, const QString &reason, QWidget *parent)
    : QDialog(parent), m_document(document), m_intervention(intervention), m_organisation(organisation),
      m_firstYear(firstYear), m_lastYear(std::max(firstYear, lastYear)), m_startYear(year), m_reason(reason),
      m_source(new QComboBox(this)), m_amount(new QLineEdit(this)), m_overYears(new QRadioButton(tr("Years"), this)),
      m_overOrganisations(new QRadioButton(tr("Organisations"), this)), m_from(new QSpinBox(this)),
      m_to(new QSpinBox(this)), m_year(new QSpinBox(this)), m_evenly(new QRadioButton(tr("Evenly"), this)),
      m_byWeights(new QRadioButton(tr("By weights"), this)), m_targets(new QTableWidget(0, ColumnCount, this)),
      m_fundable(new QLabel(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const Plan &plan = document.plan();
    const QString row = intervention != NoId ? Labels::entityName(plan, EntityKind::Intervention, intervention)
                                             : Labels::entityName(plan, EntityKind::Organisation, organisation);
    setWindowTitle(tr("Spread an amount: %1").arg(row));
    setObjectName(QStringLiteral("spreadDialog"));

    for (const FundingSource &s : plan.all<FundingSource>())
        m_source->addItem(codedName(s), QVariant::fromValue(s.id));
    if (source == NoId)
        m_source->insertItem(0, tr("Choose a funding source"), QVariant::fromValue(NoId));
    m_source->setCurrentIndex(std::max(0, m_source->findData(QVariant::fromValue(source))));
    m_source->setEnabled(source == NoId);
    m_source->setAccessibleName(tr("Funding source"));
    m_amount->setAccessibleName(tr("Amount to spread"));
    m_amount->setPlaceholderText(Money::fromKronor(300000).format(QLocale()));
    m_from->setAccessibleName(tr("From year"));
    m_to->setAccessibleName(tr("To year"));
    m_year->setAccessibleName(tr("Year"));
    // Two groups: the radio buttons share a parent, so without them all four would exclude each other.
    auto *over = new QButtonGroup(this);
    over->addButton(m_overYears);
    over->addButton(m_overOrganisations);
    auto *how = new QButtonGroup(this);
    how->addButton(m_evenly);
    how->addButton(m_byWeights);
    m_overYears->setChecked(true);
    m_overOrganisations->setEnabled(intervention != NoId); // an organisation's row spreads over years only
    m_evenly->setChecked(true);
    m_targets->setHorizontalHeaderLabels({tr("Target"), tr("Weight"), tr("Current"), tr("New"), tr("Change")});
    m_targets->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    m_targets->verticalHeader()->hide();
    m_targets->setAccessibleName(tr("Targets of the spread"));
    m_message->setWordWrap(true);
    auto *spread = m_buttons->addButton(tr("Spread"), QDialogButtonBox::AcceptRole);
    spread->setDefault(true);

    auto *years = new QHBoxLayout;
    years->addWidget(m_overYears);
    years->addWidget(new QLabel(tr("from"), this));
    years->addWidget(m_from);
    years->addWidget(new QLabel(tr("to"), this));
    years->addWidget(m_to);
    years->addStretch(1);
    auto *organisations = new QHBoxLayout;
    organisations->addWidget(m_overOrganisations);
    organisations->addWidget(new QLabel(tr("in"), this));
    organisations->addWidget(m_year);
    organisations->addStretch(1);
    auto *mode = new QHBoxLayout;
    mode->addWidget(m_evenly);
    mode->addWidget(m_byWeights);
    mode->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Funding source:"), m_source);
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("Over:"), years);
    form->addRow(QString(), m_fundable);
    form->addRow(QString(), organisations);
    form->addRow(tr("Split:"), mode);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Each ticked target's allocations are replaced by its new amount."), this));
    layout->addWidget(m_targets, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, 480);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    for (QRadioButton *b : {m_overYears, m_overOrganisations, m_evenly, m_byWeights})
        connect(b, &QRadioButton::toggled, this, &SpreadDialog::rebuildTargets);
    for (QSpinBox *box : {m_from, m_to, m_year})
        connect(box, &QSpinBox::valueChanged, this, &SpreadDialog::rebuildTargets);
    connect(m_source, &QComboBox::currentIndexChanged, this, &SpreadDialog::offerFundableYears);
    connect(m_amount, &QLineEdit::textChanged, this, &SpreadDialog::updatePreview);
    connect(m_targets, &QTableWidget::itemChanged, this, [this] {
        if (!m_rebuilding)
            updatePreview();
    });
    offerFundableYears();
}

Id SpreadDialog::chosenSource() const
{
    return m_source->currentData().value<Id>();
}

void SpreadDialog::offerFundableYears()
{
    const Plan &plan = m_document.plan();
    const BudgetYears grid{m_firstYear, m_lastYear};
    const FundingSource *source = plan.find<FundingSource>(chosenSource());
    const BudgetYears years = source ? BudgetCalendar::of(plan.programme()).fundableYears(*source, grid) : grid;
    const QSignalBlocker blockFrom(m_from), blockTo(m_to), blockYear(m_year);
    for (QSpinBox *box : {m_from, m_to, m_year}) {
        box->setEnabled(!years.isEmpty());
        box->setRange(years.isEmpty() ? grid.first : years.first, years.isEmpty() ? grid.last : years.last);
        box->setValue(std::clamp(m_startYear, box->minimum(), box->maximum()));
    }
    m_to->setValue(m_to->maximum());
    if (!source)
        m_fundable->clear();
    else if (years.isEmpty())
        m_fundable->setText(
            tr("The funding source may fund none of the years %1–%2: none of them lies in its valid period.")
                .arg(grid.first)
                .arg(grid.last));
    else
        m_fundable->setText(tr("The funding source may fund %1–%2.").arg(years.first).arg(years.last));
    m_fundableYears = years;
    rebuildTargets();
}

Money SpreadDialog::currentAmount(qint64 target) const
{
    const Plan &plan = m_document.plan();
    const Id source = chosenSource();
    if (source == NoId)
        return {};
    const allocations::Cell cell =
        m_overYears->isChecked() ? allocations::findCell(plan, source, m_intervention, m_organisation, int(target))
                                 : allocations::findCell(plan, source, m_intervention, Id(target), m_year->value());
    Money sum;
    for (Id id : cell.allocations) {
        if (const Allocation *a = plan.find<Allocation>(id))
            sum += a->amount;
    }
    return sum;
}

void SpreadDialog::rebuildTargets()
{
    m_rebuilding = true;
    const Plan &plan = m_document.plan();
    m_targetIds.clear();
    QStringList labels;
    QList<bool> included;
    if (m_fundableYears.isEmpty()) {
        // no year to spread over
    } else if (m_overYears->isChecked()) {
        for (int y = m_from->value(); y <= m_to->value(); ++y) {
            m_targetIds.push_back(y);
            labels << QString::number(y);
            included << true;
        }
    } else {
        // Organisations with a role on the intervention are proposed; any
        // other can be ticked.
        QSet<Id> involved;
        for (const Responsibility &r : plan.all<Responsibility>()) {
            if (r.interventionId == m_intervention)
                involved.insert(r.organisationId);
        }
        for (const Organisation &o : plan.all<Organisation>()) {
            m_targetIds.push_back(o.id);
            labels << o.name;
            included << involved.contains(o.id);
        }
    }
    m_targets->setRowCount(int(m_targetIds.size()));
    for (int r = 0; r < int(m_targetIds.size()); ++r) {
        auto *target = new QTableWidgetItem(labels[r]);
        target->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        target->setCheckState(included[r] ? Qt::Checked : Qt::Unchecked);
        m_targets->setItem(r, TargetColumn, target);
        auto *weight = new QTableWidgetItem(QStringLiteral("1"));
        weight->setFlags(m_byWeights->isChecked() ? Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable
                                                  : Qt::ItemIsEnabled);
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_targets->setItem(r, WeightColumn, weight);
        for (int column : {CurrentColumn, PartColumn, ChangeColumn}) {
            auto *amount = new QTableWidgetItem;
            amount->setFlags(Qt::ItemIsEnabled);
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_targets->setItem(r, column, amount);
        }
        const QString current =
            chosenSource() == NoId ? QStringLiteral("–") : currentAmount(m_targetIds[std::size_t(r)]).format(QLocale());
        m_targets->item(r, CurrentColumn)->setText(current);
    }
    m_rebuilding = false;
    updatePreview();
}

void SpreadDialog::updatePreview()
{
    m_parts.clear();
    m_rebuilding = true;
    for (int r = 0; r < m_targets->rowCount(); ++r) {
        m_targets->item(r, PartColumn)->setText(QString());
        m_targets->item(r, ChangeColumn)->setText(QString());
    }
    m_rebuilding = false;
    if (m_fundableYears.isEmpty()) {
        m_message->setText(m_fundable->text());
        return;
    }
    const QString decimal = QLocale().decimalPoint();
    const std::optional<Money> amount = Money::parse(m_amount->text(), decimal.isEmpty() ? QChar() : decimal.at(0));
    if (!amount) {
        m_message->setText(m_amount->text().trimmed().isEmpty()
                               ? tr("Enter the amount to spread.")
                               : tr("Amount: \"%1\" is not an amount.").arg(m_amount->text()));
        return;
    }
    std::vector<qint64> weights;
    for (int r = 0; r < m_targets->rowCount(); ++r) {
        if (m_targets->item(r, TargetColumn)->checkState() != Qt::Checked)
            continue;
        bool ok = true;
        const qint64 weight = m_byWeights->isChecked() ? m_targets->item(r, WeightColumn)->text().trimmed().toLongLong(&ok) : 1;
        if (!ok) {
            m_message->setText(tr("Weight of %1: \"%2\" is not a whole number.")
                                   .arg(m_targets->item(r, TargetColumn)->text(), m_targets->item(r, WeightColumn)->text()));
            return;
        }
        weights.push_back(weight);
    }
    const SpreadResult result = spreadByWeights(*amount, weights);
    if (!result.ok()) {
        m_message->setText(result.error);
        return;
    }
    m_parts = result.parts;
    m_rebuilding = true;
    std::size_t k = 0;
    for (int r = 0; r < m_targets->rowCount(); ++r) {
        if (m_targets->item(r, TargetColumn)->checkState() != Qt::Checked)
            continue;
        const Money part = m_parts[k++];
        m_targets->item(r, PartColumn)->setText(part.format(QLocale()));
        if (chosenSource() != NoId)
            m_targets->item(r, ChangeColumn)->setText(signedAmount(part - currentAmount(m_targetIds[std::size_t(r)])));
    }
    m_rebuilding = false;
    m_message->setText(tr("%n part(s) summing to %1.", nullptr, int(m_parts.size())).arg(amount->format(QLocale())));
}

bool SpreadDialog::apply()
{
    if (m_parts.empty())
        return false; // the message already says why
    const Id source = chosenSource();
    if (source == NoId) {
        m_message->setText(tr("Choose the funding source to spread from."));
        return false;
    }
    const Plan &plan = m_document.plan();
    QList<allocations::Cell> cells;
    for (int r = 0; r < m_targets->rowCount(); ++r) {
        if (m_targets->item(r, TargetColumn)->checkState() != Qt::Checked)
            continue;
        const qint64 target = m_targetIds[std::size_t(r)];
        if (m_overYears->isChecked())
            cells << allocations::findCell(plan, source, m_intervention, m_organisation, int(target));
        else
            cells << allocations::findCell(plan, source, m_intervention, Id(target), m_year->value());
    }
    QString error;
    EditCommand *command = allocations::setCells(m_document, cells, m_parts, m_reason, &error);
    if (!command || !m_document.execute(command)) {
        m_message->setText(command ? m_document.lastError() : error);
        return false;
    }
    return true;
}

} // namespace horisont
