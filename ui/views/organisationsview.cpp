#include "views/organisationsview.h"

#include "document/plandocument.h"
#include "edit/commands.h"
#include "labels/labels.h"
#include "model/columns.h"
#include "models/organisationmodel.h"
#include "selection/planselection.h"
#include "delegates/choicedelegate.h"
#include "delegates/namededitordelegate.h"
#include "views/tableaccessibility.h"

#include <QHBoxLayout>
#include "fittedcolumns.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace horisont {

OrganisationsView::OrganisationsView(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_model(new OrganisationModel(document, this))
{
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegate(new NamedEditorDelegate(m_table));
    m_table->setItemDelegateForColumn(OrganisationModel::Kind, new ChoiceDelegate(
        [](const QModelIndex &) {
            QList<ChoiceDelegate::Choice> choices;
            const QStringList labels = Labels::enumValues(EntityKind::Organisation, columns::kind);
            for (int i = 0; i < labels.size(); ++i)
                choices.append({labels[i], i});
            return choices;
        },
        tr("Kind"), m_table));
    m_table->setItemDelegateForColumn(OrganisationModel::PartOf, new ChoiceDelegate(
        [this](const QModelIndex &index) {
            QList<ChoiceDelegate::Choice> choices{{tr("(none)"), qlonglong(NoId)}};
            for (Id id : m_model->possibleParents(m_model->organisationAt(index.row())))
                choices.append({Labels::entityName(m_document.plan(), EntityKind::Organisation, id), qlonglong(id)});
            return choices;
        },
        tr("Part of"), m_table));
    nameTableForAccessibility(m_table, tr("Organisations"), tr("Columns"), tr("Rows"));
    FittedColumns::install(m_table, QStringLiteral("organisations"));

    m_add = new QPushButton(tr("Add organisation"), this);
    m_add->setAccessibleName(tr("Add organisation"));
    m_delete = new QPushButton(tr("Delete organisation"), this);
    m_delete->setAccessibleName(tr("Delete organisation"));
    m_delete->setToolTip(tr("Deletes the selected organisations and their responsibilities and allocations"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &OrganisationsView::addOrganisation);
    connect(m_delete, &QPushButton::clicked, this, &OrganisationsView::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrganisationsView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_selection.select(EntityKind::Organisation, m_model->organisationAt(current.row()));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrganisationsView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OrganisationsView::updateButtons);
    connect(&document, &PlanDocument::errorOccurred, this, &OrganisationsView::updateButtons); // may turn read-only
    updateButtons();
}

void OrganisationsView::updateButtons()
{
    const bool writable = !m_document.isReadOnly();
    m_add->setEnabled(writable);
    m_delete->setEnabled(writable && !selectedOrganisations().isEmpty());
}

QList<Id> OrganisationsView::selectedOrganisations() const
{
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty() && m_table->currentIndex().isValid())
        rows.insert(m_table->currentIndex().row());
    QList<Id> ids;
    for (int row : rows)
        ids.append(m_model->organisationAt(row));
    return ids;
}

Id OrganisationsView::addOrganisation()
{
    if (m_document.isReadOnly())
        return NoId;
    Organisation organisation;
    organisation.name = tr("New organisation");
    EditCommand *command = commands::insert(m_document, organisation,
                                             CommandText::of<OrganisationsView>(QT_TR_NOOP("Add organisation")));
    const Id id = command->createdId();
    if (!m_document.execute(command)) // the document reports why (errorOccurred)
        return NoId;
    const QModelIndex name = m_model->index(m_model->rowOf(id), OrganisationModel::Name);
    m_table->setCurrentIndex(name); // typing now replaces the placeholder name
    m_table->scrollTo(name);
    m_table->setFocus();
    return id;
}

bool OrganisationsView::deleteSelected()
{
    const QList<Id> ids = selectedOrganisations();
    if (ids.isEmpty() || m_document.isReadOnly())
        return false;
    QString error;
    EditCommand *command = commands::remove(m_document, EntityKind::Organisation, ids,
                                            CommandText::of<OrganisationsView>(QT_TR_N_NOOP("Delete %n organisation(s)"),
                                                                               int(ids.size())),
                                            &error);
    if (!command) {
        showRefusal(tr("Cannot delete organisation"), error);
        return false;
    }
    return m_document.execute(command);
}

void OrganisationsView::showRefusal(const QString &title, const QString &message)
{
    // Window-modal and not blocking: the plan stays visible behind it.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(title);
    box->open();
}

} // namespace horisont
