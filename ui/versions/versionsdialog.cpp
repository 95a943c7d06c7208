#include "versions/versionsdialog.h"

#include "access/rolegate.h"
#include "document/plandocument.h"
#include "mainwindow.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace horisont {

VersionsDialog::VersionsDialog(PlanDocument &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_table(new QTableWidget(0, ColumnCount, this)),
      m_open(new QPushButton(tr("&Open Read-Only"), this)), m_delete(new QPushButton(tr("&Delete Snapshot…"), this))
{
    setWindowTitle(tr("Versions"));
    m_table->setAccessibleName(tr("The plan's versions"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Decision"), tr("Frozen"), tr("By"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DecisionColumn, QHeaderView::Stretch);
    m_open->setAccessibleName(tr("Open the chosen version read-only in a new window"));
    m_delete->setAccessibleName(tr("Delete the chosen snapshot"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &VersionsDialog::openChosen);
    connect(m_delete, &QPushButton::clicked, this, &VersionsDialog::deleteChosen);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VersionsDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &VersionsDialog::openChosen);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A decided version is part of the plan's governance and is kept for good; "
                                    "a snapshot can be deleted."),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 360);
    refresh();
}

void VersionsDialog::refresh()
{
    m_versions = planversions::list(m_document.store());
    m_table->setRowCount(int(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        const PlanVersion &v = m_versions.at(row);
        const QString cells[ColumnCount] = {
            v.name, planversions::decisionText(v.decision),
            v.frozenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), v.frozenBy,
            v.intact ? QString() : tr("altered")};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (!v.intact) {
            m_table->item(row, StateColumn)->setForeground(QColor(0xb0, 0x2a, 0x37));
            m_table->item(row, StateColumn)->setToolTip(tr("Its content or decision was changed outside Horisont."));
        }
    }
    if (!m_versions.isEmpty())
        m_table->selectRow(int(m_versions.size()) - 1);
    updateButtons();
}

bool VersionsDialog::choose(const QString &name)
{
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).name == name) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

std::optional<PlanVersion> VersionsDialog::chosen() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_versions.size())
        return std::nullopt;
    return m_versions.at(rows.first().row());
}

void VersionsDialog::updateButtons()
{
    const auto version = chosen();
    m_open->setEnabled(version.has_value());
    m_delete->setToolTip(version && version->decision.isDecided()
                             ? tr("A decided version is part of the plan's governance and is never deleted.")
                             : QString());
    rolegate::gate(*m_delete, m_document, rolegate::Work::Versions, version && !version->decision.isDecided());
}

MainWindow *VersionsDialog::openChosen()
{
    const auto version = chosen();
    if (!version)
        return nullptr;
    return MainWindow::openVersionWindow(m_document.path(), version->name);
}

void VersionsDialog::deleteChosen()
{
    const auto version = chosen();
    if (!version)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Snapshot"),
        tr("Delete the snapshot «%1»? This cannot be undone; the change log keeps that it was deleted.")
            .arg(version->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!planversions::removeSnapshot(m_document, version->name, QDateTime::currentDateTimeUtc(), &error)) {
        QMessageBox::warning(this, tr("Delete Snapshot"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Deleted snapshot «%1».").arg(version->name));
    refresh();
}

} // namespace horisont
