#include "mainwindow.h"

#include "document/plandocument.h"
#include "models/structuremodel.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace horisont {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_heading = new QLabel(central);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setAccessibleName(tr("Programme"));
    m_banner = new QLabel(central);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; "
                                           "border: 1px solid #ffe69c; border-radius: 3px; }"));
    m_banner->setAccessibleName(tr("Read-only notice"));
    m_banner->hide();
    m_tree = new QTreeView(central);
    m_tree->setAccessibleName(tr("Plan structure"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_tree, 1);
    setCentralWidget(central);
    createMenus();
    setWindowTitle(QStringLiteral("Horisont"));
    resize(1200, 760);
}

MainWindow::~MainWindow()
{
    m_tree->setModel(nullptr);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Horisont"), this, &MainWindow::about);
}

bool MainWindow::openPlan(const QString &path)
{
    QString error;
    auto document = PlanDocument::open(path, &error);
    if (!document) {
        QMessageBox::warning(this, tr("Cannot open plan"), error);
        return false;
    }
    m_tree->setModel(nullptr);
    m_structure.reset();
    m_document = std::move(document);
    showPlan();
    return true;
}

void MainWindow::showPlan()
{
    const Programme &p = m_document->plan().programme();
    m_heading->setText(QStringLiteral("<h2>%1</h2><p>%2 · %3 – %4</p>")
                           .arg(p.name.toHtmlEscaped(), p.commissioningBody.toHtmlEscaped(),
                                p.start.toString(Qt::ISODate), p.horizonEnd.addDays(-1).toString(Qt::ISODate)));
    m_banner->setText(m_document->readOnlyReason());
    m_banner->setVisible(m_document->isReadOnly());
    m_structure = std::make_unique<StructureModel>(m_document->plan());
    m_tree->setModel(m_structure.get());
    m_tree->expandToDepth(0);
    m_tree->header()->setSectionResizeMode(StructureModel::Name, QHeaderView::Stretch);
    for (int c = StructureModel::Start; c < StructureModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    setWindowTitle(tr("%1 – Horisont").arg(QFileInfo(m_document->path()).fileName()));
    statusBar()->showMessage(tr("%n activities", nullptr, int(m_document->plan().all<Activity>().size())));
}

void MainWindow::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), QString(),
                                                      tr("Horisont plans (*.horisont);;All files (*)"));
    if (!path.isEmpty())
        openPlan(path);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Horisont"),
                       tr("<h3>Horisont %1</h3><p>Plan and follow up a long-term public programme: "
                          "phases, interventions, responsibilities and money over 10–15 years.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace horisont
