#include "dialogs/openfromserverdialog.h"

#include "access/rolegate.h"
#include "server/serverplans.h"
#include "store/fileformat.h"
#include "team/passwordprompt.h"
#include "team/serverfields.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace horisont {
namespace {
enum Column { Name, PublishedBy, PublishedAt, YourRole, ColumnCount };
}

OpenFromServerDialog::OpenFromServerDialog(QWidget *parent)
    : QDialog(parent), m_fields(new ServerFields(this)), m_list(new QPushButton(tr("&List Plans"), this)),
      m_plans(new QTreeWidget(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("openFromServerDialog"));
    setWindowTitle(tr("Open from Server"));
    m_list->setObjectName(QStringLiteral("listPlans"));
    m_list->setDefault(true);
    m_plans->setObjectName(QStringLiteral("serverPlans"));
    m_plans->setAccessibleName(tr("Plans on the server"));
    m_plans->setRootIsDecorated(false);
    m_plans->setColumnCount(ColumnCount);
    m_plans->setHeaderLabels({tr("Plan"), tr("Published by"), tr("Published"), tr("Your role")});
    m_plans->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_plans->setMinimumHeight(160);
    m_message->setObjectName(QStringLiteral("serverMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *listRow = new QHBoxLayout;
    listRow->addStretch(1);
    listRow->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addLayout(listRow);
    layout->addWidget(m_plans, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(620, 460);

    connect(m_list, &QPushButton::clicked, this, &OpenFromServerDialog::listPlans);
    connect(m_fields, &ServerFields::changed, this, [this] {
        m_plans->clear(); // a list of another database than the fields name
        updateButtons();
    });
    connect(m_plans, &QTreeWidget::currentItemChanged, this, &OpenFromServerDialog::updateButtons);
    connect(m_plans, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!planAddress().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

bool OpenFromServerDialog::listPlans()
{
    m_plans->clear();
    m_message->hide();
    const ServerAddress database = m_fields->address();
    QString error;
    std::optional<QList<serverplans::ServerPlan>> plans;
    withServerPassword(this, database, &error, [&](QString *why) {
        plans = serverplans::list(database, why);
        return plans.has_value();
    });
    if (!plans) {
        m_message->setText(error);
        m_message->show();
        updateButtons();
        return false;
    }
    m_fields->remember();
    m_listed = database;
    const QLocale locale;
    for (const serverplans::ServerPlan &plan : *plans) {
        auto *item = new QTreeWidgetItem(m_plans);
        item->setText(Name, plan.name);
        item->setText(PublishedBy, plan.createdBy);
        item->setText(PublishedAt, locale.toString(plan.createdAt.toLocalTime().date(), QLocale::ShortFormat));
        const auto role = serverroles::roleFromName(plan.yourRole);
        item->setText(YourRole, role ? rolegate::roleLabel(*role) : tr("none"));
        if (!role) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(Name, tr("You have no role in %1; an owner of it can give you one.").arg(plan.name));
        }
        else if (plan.format < fileformat::currentVersion())
            item->setToolTip(Name, tr("%1 is of an older format (%2): opening it offers its owner to upgrade it.")
                                       .arg(plan.name)
                                       .arg(plan.format));
    }
    if (plans->isEmpty()) {
        m_message->setText(tr("There are no plans in %1 yet.").arg(database.server()));
        m_message->show();
    }
    for (int i = 0; i < m_plans->topLevelItemCount(); ++i) {
        if (m_plans->topLevelItem(i)->flags() & Qt::ItemIsEnabled) {
            m_plans->setCurrentItem(m_plans->topLevelItem(i));
            break;
        }
    }
    m_plans->setFocus();
    updateButtons();
    return true;
}

QString OpenFromServerDialog::planAddress() const
{
    const QTreeWidgetItem *item = m_plans->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return {};
    ServerAddress plan = m_listed;
    plan.plan = item->text(Name);
    return plan.toString();
}

void OpenFromServerDialog::updateButtons()
{
    const bool chosen = !planAddress().isEmpty();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(chosen);
    // Enter lists the plans until there is one to open.
    m_buttons->button(QDialogButtonBox::Open)->setDefault(chosen);
    m_list->setDefault(!chosen);
}

} // namespace horisont
