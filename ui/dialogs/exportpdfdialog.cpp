#include "dialogs/exportpdfdialog.h"

#include "dialogs/exportnotice.h"
#include "document/plandocument.h"
#include "versions/planstates.h"
#include "figureguard.h"
#include "model/textlimits.h"
#include "plan/plan.h"
#include "today.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace horisont {

ExportPdfDialog::ExportPdfDialog(PlanDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_pack(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_timeline(new QComboBox(this))
    , m_draft(new QCheckBox(tr("Mark as &draft"), this))
    , m_compareWith(new QComboBox(this))
{
    setObjectName(QStringLiteral("exportPdfDialog"));
    setWindowTitle(tr("Export PDF"));
    setAccessibleName(tr("Export PDF"));

    m_pack->addItem(tr("Steering group"), int(PdfPackOptions::Pack::Steering));
    m_pack->addItem(tr("Controller"), int(PdfPackOptions::Pack::Controller));
    m_pack->addItem(tr("Full plan"), int(PdfPackOptions::Pack::Full));
    m_pack->setAccessibleName(tr("Pack"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(locale().language() == QLocale::English ? 1 : 0);
    m_language->setAccessibleName(tr("Language of the pack"));
    m_paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_paper->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_paper->setAccessibleName(tr("Paper size"));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->setAccessibleName(tr("Orientation"));
    const Programme &p = document.plan().programme();
    for (QDateEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
    }
    m_from->setDate(p.start.isValid() ? p.start : today());
    m_to->setDate(p.horizonEnd.isValid() ? p.horizonEnd.addDays(-1) : today().addYears(1));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to (last day)"));
    m_timeline->addItem(tr("Fitted to the page width"), int(PdfPackOptions::TimelineMode::Fit));
    m_timeline->addItem(tr("Tiled across pages, row names repeated"), int(PdfPackOptions::TimelineMode::Tile));
    m_timeline->setAccessibleName(tr("Timeline layout"));
    m_draft->setAccessibleName(tr("Mark as draft"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Pack:"), m_pack);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("P&aper:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("Period &from:"), m_from);
    form->addRow(tr("Period &to:"), m_to);
    form->addRow(tr("&Timeline:"), m_timeline);
    form->addRow(QString(), m_draft);
    // "Changes since" a version or a scenario, as `export-pdf --compare-with` adds it.
    m_compareWith->setAccessibleName(tr("Changes since"));
    m_compareWith->addItem(tr("(no changes section)"), QString());
    for (const PlanState &state : planstates::all(document.store())) {
        if (state.kind != PlanState::Kind::Current && state.readable)
            m_compareWith->addItem(state.title.left(1).toUpper() + state.title.mid(1), state.name);
    }
    m_compareWith->setEnabled(m_compareWith->count() > 1);
    form->addRow(tr("&Changes since:"), m_compareWith);

    auto *sections = new QGroupBox(tr("Sections"), this);
    sections->setAccessibleName(tr("Sections"));
    auto *sectionLayout = new QVBoxLayout(sections);
    // One box per section; those of the chosen pack are shown.
    for (const PdfPack::SectionInfo &section : PdfPack::sectionList()) {
        auto *box = new QCheckBox(section.title, sections);
        box->setObjectName(QStringLiteral("section-") + section.key);
        box->setChecked(true);
        box->setAccessibleName(section.title);
        sectionLayout->addWidget(box);
        m_sections << qMakePair(box, section.flag);
    }
    connect(m_pack, &QComboBox::currentIndexChanged, this, &ExportPdfDialog::showSectionsOfPack);
    showSectionsOfPack();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setAccessibleName(tr("Buttons"));
    QPushButton *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    previewButton->setAccessibleName(tr("Preview"));
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setAccessibleName(tr("Export"));
    exportButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    connect(previewButton, &QPushButton::clicked, this, &ExportPdfDialog::preview);
    connect(exportButton, &QPushButton::clicked, this, &ExportPdfDialog::exportPdf);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sections);
    layout->addWidget(buttons);
}

PdfPackOptions ExportPdfDialog::options() const
{
    PdfPackOptions o;
    o.pack = PdfPackOptions::Pack(m_pack->currentData().toInt());
    o.language = m_language->currentData().toString();
    o.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    o.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    o.from = m_from->date();
    o.to = std::max(m_from->date(), m_to->date());
    o.timeline = PdfPackOptions::TimelineMode(m_timeline->currentData().toInt());
    o.draft = m_draft->isChecked();
    o.compareWith = m_compareWith->currentData().toString();
    o.sections = 0;
    for (const auto &[box, flag] : m_sections)
        o.sections |= box->isChecked() ? flag : 0;
    o.sections &= PdfPack::sectionsOf(o.pack);
    return o;
}

void ExportPdfDialog::showSectionsOfPack()
{
    const int ofPack = PdfPack::sectionsOf(PdfPackOptions::Pack(m_pack->currentData().toInt()));
    for (const auto &[box, flag] : m_sections)
        box->setVisible(ofPack & flag);
}

void ExportPdfDialog::paintPreview(QPrinter *printer)
{
    PdfPack pack(m_document, options());
    if (const QString problem = figureProblem([&] { pack.render(printer); }); !problem.isEmpty())
        QMessageBox::warning(this, windowTitle(), problem);
    m_previewPages = pack.pageCount();
}

void ExportPdfDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(options().pageLayout());
    printer.setDocName(elideText(m_document.plan().programme().name, ShortTextMaxLength));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview of the PDF pack"));
    dialog.setAccessibleName(tr("Preview of the PDF pack"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ExportPdfDialog::paintPreview);
    dialog.exec();
}

void ExportPdfDialog::exportPdf()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggestedPath(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (exportTo(path))
        accept();
}

QString ExportPdfDialog::suggestedPath() const
{
    return besidePlan(m_document, packFileName(options().pack, today()));
}

bool ExportPdfDialog::exportTo(const QString &path)
{
    const Programme &p = m_document.plan().programme();
    // A label lays its text out whole, on one line: a name of an old file could be a million characters.
    QProgressDialog progress(tr("Exporting %1…").arg(elideText(p.name, 100)), tr("Cancel"), 0, 1, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setAccessibleName(tr("Export progress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    PdfPack pack(m_document, options());
    QString error;
    const bool ok = pack.exportTo(path, &error, [this, &progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done); // lets the Cancel button be pressed (the dialog is modal)
        Q_EMIT exportProgress(done, total);
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (!ok) {
        if (!cancelled)
            QMessageBox::warning(this, tr("Export PDF"), error);
        return false;
    }
    m_written = path;
    return true;
}

} // namespace horisont
