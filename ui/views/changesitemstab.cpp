#include "views/changesitemstab.h"

#include "labels/labels.h"
#include "models/planchangesfilter.h"
#include "models/planchangesmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace horisont {

ChangesItemsTab::ChangesItemsTab(QWidget *parent)
    : QWidget(parent), m_model(new PlanChangesModel(this)), m_filter(new PlanChangesFilter(this)),
      m_text(new QLineEdit(this)), m_group(new QComboBox(this)), m_kind(new QComboBox(this)), m_count(new QLabel(this)),
      m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("changesItems"));
    m_filter->setSourceModel(m_model);
    m_text->setObjectName(QStringLiteral("changesFilter"));
    m_text->setPlaceholderText(tr("Filter by name, field or value"));
    m_text->setAccessibleName(tr("Filter the changes"));
    m_text->setClearButtonEnabled(true);
    m_group->setObjectName(QStringLiteral("changesGroup"));
    m_group->setAccessibleName(tr("Kind of change"));
    m_kind->setObjectName(QStringLiteral("changesKind"));
    m_kind->setAccessibleName(tr("Kind of item"));
    for (QComboBox *box : {m_group, m_kind})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_tree->setObjectName(QStringLiteral("changesTree"));
    m_tree->setAccessibleName(tr("Changes to items"));
    m_tree->setModel(m_filter);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true); // 20 000 rows scroll without measuring each
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PlanChangesModel::ItemColumn, QHeaderView::Stretch);
    const int character = m_tree->fontMetrics().averageCharWidth();
    // Room for a span of two dates ("2024-01-01 – 2026-12-31") in before and after.
    const int span = m_tree->fontMetrics().horizontalAdvance(QStringLiteral("2024-01-01 – 2026-12-31")) + 16;
    // Kinds, fields and shifts are short: they take what they need and the item the rest.
    for (int column : {PlanChangesModel::KindColumn, PlanChangesModel::FieldColumn, PlanChangesModel::ShiftColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(PlanChangesModel::BeforeColumn, span);
    header->resizeSection(PlanChangesModel::AfterColumn, span);
    header->setMinimumSectionSize(character * 6);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Filter:"), this));
    filters->addWidget(m_text, 2);
    filters->addWidget(new QLabel(tr("Change:"), this));
    filters->addWidget(m_group);
    filters->addWidget(new QLabel(tr("Item:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);

    refillChoices();
    connect(m_text, &QLineEdit::textChanged, m_filter, &PlanChangesFilter::setText);
    for (QComboBox *box : {m_group, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &ChangesItemsTab::applyChoices);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ChangesItemsTab::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ChangesItemsTab::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ChangesItemsTab::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &parent) {
        if (!parent.isValid()) // a group that shows again opens with its changes
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const PlanChange *change = m_model->changeAt(m_filter->mapToSource(current));
        if (change && !m_following)
            Q_EMIT changeChosen(*change);
    });
}

void ChangesItemsTab::setComparison(const PlanComparison &comparison, const Plan &before, const Plan &after)
{
    // Keep the chosen change by what it is about: the rows are new.
    const PlanChange *chosen = m_model->changeAt(m_filter->mapToSource(m_tree->currentIndex()));
    const std::optional<std::pair<EntityKind, Id>> item =
        chosen ? std::optional(std::pair{chosen->kind, chosen->id}) : std::nullopt;
    m_model->setComparison(comparison, before, after);
    refillChoices();
    m_tree->expandAll();
    if (item)
        showItem(item->first, item->second);
    updateCount();
}

void ChangesItemsTab::showItem(EntityKind kind, Id id)
{
    // A row of this item already chosen (it may have several changes) stays.
    const PlanChange *current = m_model->changeAt(m_filter->mapToSource(m_tree->currentIndex()));
    if (current && current->kind == kind && current->id == id)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(kind, id));
    m_following = true;
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    } else {
        m_tree->selectionModel()->clear();
    }
    m_following = false;
}

void ChangesItemsTab::refillChoices()
{
    // The choices are what this comparison holds; a choice still there stays.
    auto refill = [](QComboBox *box, const QString &all, const QList<std::pair<int, QString>> &choices) {
        const QVariant current = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all);
        for (const auto &[value, text] : choices)
            box->addItem(text, value);
        box->setCurrentIndex(std::max(0, current.isValid() ? box->findData(current) : 0));
    };
    QList<std::pair<int, QString>> groups, kinds;
    for (PlanChange::Group group : m_model->groups())
        groups.append({int(group), changeGroupTitle(group)});
    for (EntityKind kind : m_model->kinds())
        kinds.append({int(kind), Labels::kindPlural(kind)});
    refill(m_group, tr("All changes"), groups);
    refill(m_kind, tr("All items"), kinds);
    applyChoices();
}

void ChangesItemsTab::applyChoices()
{
    const QVariant group = m_group->currentData();
    const QVariant kind = m_kind->currentData();
    m_filter->setGroup(group.isValid() ? std::optional(PlanChange::Group(group.toInt())) : std::nullopt);
    m_filter->setKind(kind.isValid() ? std::optional(EntityKind(kind.toInt())) : std::nullopt);
    updateCount();
}

void ChangesItemsTab::updateCount()
{
    const int total = m_model->changeCount();
    m_count->setText(m_filter->isFiltering() ? tr("%1 of %n change(s)", nullptr, total).arg(m_filter->shownChangeCount())
                                             : tr("%n change(s)", nullptr, total));
}

} // namespace horisont
