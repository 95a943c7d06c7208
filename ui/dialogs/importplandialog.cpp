#include "dialogs/importplandialog.h"

#include "dialogs/planimportjob.h"
#include "models/importpreviewmodels.h"
#include "planimport/planformats.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace horisont {
namespace {

/// The file names each format's tool writes, for the file dialog's filters.
QString patternsOf(const QString &format)
{
    static const QHash<QString, QString> patterns{
        {QStringLiteral("msproject"), QStringLiteral("*.xml")},
        {QStringLiteral("ganttproject"), QStringLiteral("*.gan")},
        {QStringLiteral("planner"), QStringLiteral("*.planner *.mrproject")},
        {QStringLiteral("calligraplan"), QStringLiteral("*.plan *.kplato")},
        {QStringLiteral("taskjuggler"), QStringLiteral("*.tjp")},
        {QStringLiteral("spreadsheet"), QStringLiteral("*.xlsx *.csv")},
    };
    return patterns.value(format);
}

/// A line edit with a Browse… button beside it.
QHBoxLayout *withBrowse(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

/// A view under a heading, for the preview's panes.
QWidget *titled(const QString &title, QWidget *view, QWidget *parent)
{
    auto *pane = new QWidget(parent);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, pane);
    label->setBuddy(view);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    return pane;
}

} // namespace

ImportPlanDialog::ImportPlanDialog(QWidget *parent)
    : QDialog(parent), m_job(new PlanImportJob(this)), m_source(new QLineEdit(this)), m_format(new QComboBox(this)),
      m_profile(new QLineEdit(this)), m_target(new QLineEdit(this)), m_preview(new QPushButton(tr("Preview"), this)),
      m_import(new QPushButton(tr("Import"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_busy(new QProgressBar(this)), m_message(new QLabel(this)), m_structure(new ImportStructureModel(this)),
      m_organisations(new ImportOrganisationModel(this)), m_tree(new QTreeView(this)), m_table(new QTableView(this)),
      m_report(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importPlanDialog"));
    setWindowTitle(tr("Import plan"));
    resize(1180, 720);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setText(tr("Choose a plan that another tool wrote. Nothing is written until Import."));
    m_busy->setRange(0, 0); // how long reading takes is not known: a busy bar
    m_busy->setAccessibleName(tr("Working"));
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_cancel->setAccessibleName(tr("Cancel the work under way"));
    m_cancel->hide();
    m_preview->setAccessibleName(tr("Preview the import"));
    m_import->setAccessibleName(tr("Import into the new plan"));
    m_import->setDefault(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_busy, 1);
    progress->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildChoices());
    layout->addWidget(m_message);
    layout->addLayout(progress);
    layout->addWidget(buildPreview(), 1);
    auto *targetForm = new QFormLayout;
    auto *chooseTarget = new QPushButton(tr("Choose…"), this);
    chooseTarget->setAccessibleName(tr("Choose the new plan's file"));
    targetForm->addRow(tr("New plan:"), withBrowse(m_target, chooseTarget));
    layout->addLayout(targetForm);
    layout->addWidget(buttons);

    m_target->setAccessibleName(tr("New plan's file"));
    m_target->setPlaceholderText(tr("Where to save the new plan (.horisont); never an existing file"));
    connect(chooseTarget, &QPushButton::clicked, this, &ImportPlanDialog::chooseTarget);
    connect(m_target, &QLineEdit::textChanged, this, &ImportPlanDialog::updateButtons);
    connect(m_preview, &QPushButton::clicked, this, &ImportPlanDialog::startPreview);
    connect(m_import, &QPushButton::clicked, this, &ImportPlanDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportPlanDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportPlanDialog::reject);
    connect(m_job, &PlanImportJob::readDone, this, &ImportPlanDialog::previewRead);
    connect(m_job, &PlanImportJob::createDone, this, &ImportPlanDialog::importDone);
    connect(m_job, &PlanImportJob::cancelled, this, &ImportPlanDialog::workCancelled);
    updateButtons();
}

ImportPlanDialog::~ImportPlanDialog() = default;

QWidget *ImportPlanDialog::buildChoices()
{
    auto *choices = m_choices = new QWidget(this);
    m_source->setAccessibleName(tr("Plan file"));
    m_source->setPlaceholderText(tr("A plan from MS Project, GanttProject, Planner, Calligra Plan, TaskJuggler or a spreadsheet"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("Recognise from content"), QString());
    for (const PlanFormat &format : planFormats())
        m_format->addItem(QString::fromUtf8(format.label), QString::fromLatin1(format.name));
    m_profile->setAccessibleName(tr("Column profile"));
    m_profile->setPlaceholderText(tr("Only for a spreadsheet: a JSON profile naming its columns"));
    auto *browseSource = new QPushButton(tr("Browse…"), choices);
    browseSource->setAccessibleName(tr("Choose the plan file"));
    auto *browseProfile = new QPushButton(tr("Browse…"), choices);
    browseProfile->setAccessibleName(tr("Choose a column profile"));
    QHBoxLayout *sourceRow = withBrowse(m_source, browseSource);
    sourceRow->addWidget(m_preview);
    auto *form = new QFormLayout(choices);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Plan file:"), sourceRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Column profile:"), withBrowse(m_profile, browseProfile));

    connect(browseSource, &QPushButton::clicked, this, &ImportPlanDialog::chooseSource);
    connect(browseProfile, &QPushButton::clicked, this, &ImportPlanDialog::chooseProfile);
    // Another file, format or profile: the preview no longer shows what Import would make.
    connect(m_source, &QLineEdit::textChanged, this, &ImportPlanDialog::clearPreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportPlanDialog::clearPreview);
    connect(m_profile, &QLineEdit::textChanged, this, &ImportPlanDialog::clearPreview);
    return choices;
}

QWidget *ImportPlanDialog::buildPreview()
{
    m_tree->setModel(m_structure);
    m_tree->setAccessibleName(tr("What will be created"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_table->setModel(m_organisations);
    m_table->setAccessibleName(tr("Organisations from the resources"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_report->setReadOnly(true);
    m_report->setAccessibleName(tr("Import report"));
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // the report aligns its figures
    m_report->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(titled(tr("Organisations (from the resources):"), m_table, right));
    right->addWidget(titled(tr("Report:"), m_report, right));
    right->setSizes({190, 410}); // the report is the longer read
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(titled(tr("What will be created:"), m_tree, split));
    split->addWidget(right);
    split->setSizes({560, 560});
    return split;
}

void ImportPlanDialog::setSource(const QString &path)
{
    m_source->setText(path);
}

void ImportPlanDialog::setFormat(const QString &name)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(name)));
}

void ImportPlanDialog::setProfile(const QString &path)
{
    m_profile->setText(path);
}

void ImportPlanDialog::setTarget(const QString &path)
{
    m_target->setText(path);
}

bool ImportPlanDialog::isBusy() const
{
    return m_job->isBusy();
}

QString ImportPlanDialog::message() const
{
    return m_message->text();
}

QString ImportPlanDialog::reportText() const
{
    return m_report->toPlainText();
}

void ImportPlanDialog::chooseSource()
{
    QStringList filters, all;
    for (const PlanFormat &format : planFormats()) {
        const QString patterns = patternsOf(QString::fromLatin1(format.name));
        filters << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(format.label), patterns);
        all << patterns;
    }
    filters.prepend(tr("Plans of other tools (%1)").arg(all.join(QLatin1Char(' '))));
    filters << tr("All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Import plan"), QString(), filters.join(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    m_source->setText(path);
    startPreview();
}

void ImportPlanDialog::chooseProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Column profile"), QString(), tr("Profiles (*.json)"));
    if (!path.isEmpty())
        m_profile->setText(path);
}

void ImportPlanDialog::chooseTarget()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New plan"), m_target->text(), tr("Horisont plans (*.horisont)"),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".horisont");
    if (!path.isEmpty())
        m_target->setText(path);
}

bool ImportPlanDialog::previewed() const
{
    // The models are emptied when the file, format or profile changes.
    return m_job->mapped().has_value() && m_structure->rowCount() > 0;
}

void ImportPlanDialog::clearPreview()
{
    m_structure->setPlan(nullptr);
    m_organisations->setPlan(nullptr);
    m_report->clear();
    updateButtons();
}

void ImportPlanDialog::startPreview()
{
    const QString source = m_source->text().trimmed();
    if (isBusy() || source.isEmpty())
        return;
    clearPreview();
    PlanImportOptions options;
    options.format = m_format->currentData().toString();
    options.profilePath = m_profile->text().trimmed();
    setBusy(tr("Reading %1…").arg(QFileInfo(source).fileName()));
    m_job->read(source, options);
}

void ImportPlanDialog::previewRead()
{
    const std::optional<MappedPlan> &mapped = m_job->mapped();
    if (!mapped) {
        setIdle(m_job->error());
        return;
    }
    m_structure->setPlan(&*mapped);
    m_organisations->setPlan(&*mapped);
    m_report->setPlainText(mapped->report.text(QLocale()));
    m_tree->expandAll();
    for (int c = 0; c < ImportStructureModel::ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    m_table->resizeColumnsToContents();
    if (m_target->text().trimmed().isEmpty()) {
        const QFileInfo source(m_source->text().trimmed());
        m_target->setText(source.dir().filePath(source.completeBaseName() + QStringLiteral(".horisont")));
    }
    setIdle(tr("%1 read. Nothing is written until Import.").arg(QFileInfo(m_source->text().trimmed()).fileName()));
}

void ImportPlanDialog::startImport()
{
    const QString target = m_target->text().trimmed();
    if (isBusy() || !previewed() || target.isEmpty())
        return;
    setBusy(tr("Creating %1…").arg(QFileInfo(target).fileName()));
    m_job->create(*m_job->mapped(), target);
}

void ImportPlanDialog::importDone(bool created)
{
    if (!created) {
        setIdle(m_job->error());
        return;
    }
    m_created = m_target->text().trimmed();
    setIdle(tr("%1 created.").arg(QFileInfo(m_created).fileName()));
    accept();
}

void ImportPlanDialog::cancel()
{
    if (!isBusy())
        return;
    m_message->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
    m_job->cancel();
}

void ImportPlanDialog::workCancelled()
{
    setIdle(tr("Cancelled; nothing was written."));
}

void ImportPlanDialog::reject()
{
    cancel(); // a plan being created when the dialog closes is removed once written
    QDialog::reject();
}

void ImportPlanDialog::setBusy(const QString &text)
{
    m_message->setText(text);
    m_busy->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    updateButtons();
}

void ImportPlanDialog::setIdle(const QString &text)
{
    m_message->setText(text);
    m_busy->hide();
    m_cancel->hide();
    updateButtons();
}

void ImportPlanDialog::updateButtons()
{
    const bool busy = isBusy();
    m_choices->setEnabled(!busy);
    m_target->setEnabled(!busy);
    m_preview->setEnabled(!busy);
    m_import->setEnabled(!busy && previewed() && !m_target->text().trimmed().isEmpty());
}

} // namespace horisont
