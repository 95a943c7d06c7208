#include "scenarios/sidebysidedialog.h"

#include "dialogs/exportnotice.h"
#include "document/plandocument.h"
#include "export/csvexport.h"
#include "export/xlsxexport.h"
#include "models/exporttablemodel.h"
#include "versions/planstates.h"
#include "versions/sidebyside.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>
#include <vector>

namespace horisont {

SideBySideDialog::SideBySideDialog(PlanDocument &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_states(new QListWidget(this)), m_view(new QTableView(this)),
      m_model(new ExportTableModel(this))
{
    setWindowTitle(tr("Compare Side by Side"));
    m_states->setAccessibleName(tr("States to compare"));
    m_states->setWordWrap(true); // long version names ("Budget 2026 as adopted by…") read whole
    for (const PlanState &state : planstates::all(document.store())) {
        if (!state.readable)
            continue;
        auto *item = new QListWidgetItem(state.title.left(1).toUpper() + state.title.mid(1), m_states);
        item->setToolTip(item->text());
        item->setData(Qt::UserRole, state.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // The plan and its scenarios at first; versions when asked for.
        item->setCheckState(state.kind == PlanState::Kind::Version ? Qt::Unchecked : Qt::Checked);
    }
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Side by side"));
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setAccessibleName(tr("Export the table to CSV or XLSX"));
    connect(exportButton, &QPushButton::clicked, this, &SideBySideDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Compare:"), left));
    leftLayout->addWidget(m_states, 1);
    auto *body = new QSplitter(Qt::Horizontal, this); // the list can be widened for long names
    body->addWidget(left);
    body->addWidget(m_view);
    body->setStretchFactor(1, 1);
    body->setSizes({280, 820});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(body, 1);
    layout->addWidget(buttons);
    resize(1100, 640);

    connect(m_states, &QListWidget::itemChanged, this, &SideBySideDialog::rebuild);
    rebuild();
}

void SideBySideDialog::rebuild()
{
    std::vector<std::unique_ptr<Plan>> plans;
    QList<NamedPlan> columns;
    QStringList unreadable;
    for (int row = 0; row < m_states->count(); ++row) {
        const QListWidgetItem *item = m_states->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        QString error;
        const auto state = planstates::find(m_document.store(), item->data(Qt::UserRole).toString(), &error);
        auto plan = std::make_unique<Plan>();
        if (!state || !planstates::load(m_document.store(), *state, *plan, &error)) {
            unreadable << error;
            continue;
        }
        columns << NamedPlan{item->text(), plan.get()};
        plans.push_back(std::move(plan));
    }
    m_model->setTable(sideBySideTable(columns));
    if (!unreadable.isEmpty())
        QMessageBox::warning(this, windowTitle(), unreadable.join(QLatin1Char('\n')));
}

bool SideBySideDialog::exportTo(const QString &path, QString *error) const
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(path, {m_model->table()}, error);
    return writeCsv(path, m_model->table(), QLocale(), error);
}

void SideBySideDialog::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Side by Side"),
                                                      QFileInfo(m_document.path()).absolutePath(),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        offerToOpen(this, path);
    else
        QMessageBox::warning(this, tr("Export Side by Side"), error);
}

} // namespace horisont
