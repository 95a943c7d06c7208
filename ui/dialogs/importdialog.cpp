#include "dialogs/importdialog.h"

#include "check/interventionspending.h"
#include "document/plandocument.h"
#include "ledger/import/ledgerimport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace horisont {
namespace {
constexpr int PreviewRows = 500;
// Columns of the preview table that are treated apart.
constexpr int DateColumn = 2;
constexpr int AmountColumn = 3;
constexpr int InterventionDatesColumn = 10;
} // namespace

ImportDialog::ImportDialog(PlanDocument &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_file(new QLineEdit(this)), m_profile(new QLineEdit(this)),
      m_skipInvalid(new QCheckBox(tr("Import the valid rows and report the others"), this)), m_summary(new QLabel(this)),
      m_table(new QTableWidget(this)), m_errors(new QListWidget(this)), m_import(new QPushButton(tr("Import"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import actual spending"));
    resize(980, 640);
    m_file->setAccessibleName(tr("Ledger export"));
    m_file->setPlaceholderText(tr("A CSV export from the finance system"));
    m_profile->setAccessibleName(tr("Mapping profile"));
    m_profile->setPlaceholderText(tr("Optional: a JSON profile naming the columns"));
    m_skipInvalid->setAccessibleName(m_skipInvalid->text());
    auto *browseFile = new QPushButton(tr("Browse…"), this);
    auto *browseProfile = new QPushButton(tr("Browse…"), this);
    browseFile->setAccessibleName(tr("Choose the ledger export"));
    browseProfile->setAccessibleName(tr("Choose a mapping profile"));
    auto *previewButton = new QPushButton(tr("Preview"), this);
    m_import->setEnabled(false);
    m_import->setDefault(true);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    const QStringList headers{tr("Line"), tr("Voucher"), tr("Date"), tr("Amount"), tr("Account"), tr("Responsibility"),
                              tr("Project"), tr("Funding"), tr("Text"), tr("Matched"), tr("Intervention's dates")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Rows to import"));
    m_errors->setAccessibleName(tr("Rows that cannot be imported"));
    m_errors->setMaximumHeight(120);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseFile);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile, 1);
    profileRow->addWidget(browseProfile);
    auto *form = new QFormLayout;
    form->addRow(tr("Ledger export:"), fileRow);
    form->addRow(tr("Profile:"), profileRow);
    form->addRow(QString(), m_skipInvalid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ApplyRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("Rows that cannot be imported:"), this));
    layout->addWidget(m_errors);
    layout->addWidget(buttons);

    connect(browseFile, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(browseProfile, &QPushButton::clicked, this, &ImportDialog::chooseProfile);
    connect(previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); });
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
}

QString ImportDialog::summary() const
{
    return m_summary->text();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Ledger export"), QString(),
                                                      tr("Ledger exports (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(path);
        preview();
    }
}

void ImportDialog::chooseProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Mapping profile"), QString(), tr("Profiles (*.json)"));
    if (!path.isEmpty())
        m_profile->setText(path);
}

bool ImportDialog::options(ImportOptions *options)
{
    options->skipInvalid = m_skipInvalid->isChecked();
    const QString profilePath = m_profile->text().trimmed();
    if (profilePath.isEmpty())
        return true;
    QString error;
    const std::optional<ImportProfile> profile = ImportProfile::fromFile(profilePath, &error);
    if (!profile) {
        m_summary->setText(tr("The profile %1 cannot be used: %2").arg(QFileInfo(profilePath).fileName(), error));
        return false;
    }
    options->profile = *profile;
    return true;
}

bool ImportDialog::preview()
{
    m_table->setRowCount(0);
    m_errors->clear();
    m_import->setEnabled(false);
    ImportOptions opts;
    if (!options(&opts))
        return false;
    const QString path = m_file->text().trimmed();
    // One dry run: the rows as read and matched against the plan's codes for
    // the table, the rows that cannot be imported, and what an import would
    // add to the ledger already in the plan.
    opts.dryRun = true;
    opts.previewRows = PreviewRows;
    const ImportResult dry = runWithProgress(tr("Reading %1…").arg(QFileInfo(path).fileName()), path, opts);
    if (!dry.ok && (dry.cancelled || dry.rejected.isEmpty())) {
        m_summary->setText(dry.cancelled ? tr("The preview was cancelled.") : dry.error);
        return false;
    }
    const int shown = int(dry.preview.size());
    m_table->setRowCount(shown);
    const QLocale locale;
    int outsideShown = 0;
    for (int r = 0; r < shown; ++r) {
        const Transaction &t = dry.preview[std::size_t(r)];
        const bool matched = t.organisationId != NoId || t.interventionId != NoId || t.sourceId != NoId;
        // The same rule as the problems panel's check, so a row marked here is
        // a row that check counts once it is imported.
        const QString outside = outsideInterventionRemark(m_document.plan(), t);
        outsideShown += !outside.isEmpty();
        const QStringList cells{QString::number(dry.previewLines[std::size_t(r)]),
                                t.line.isEmpty() ? t.voucher : t.voucher + QLatin1Char('/') + t.line,
                                t.date.toString(Qt::ISODate), t.amount.format(locale, Money::Style::WithOre), t.account,
                                t.organisationCode, t.interventionCode, t.sourceCode, t.text,
                                matched ? tr("yes") : tr("no — unassigned"), outside};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == AmountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!outside.isEmpty() && (c == DateColumn || c == InterventionDatesColumn)) {
                // Red and a sign, not colour alone: the date is what is wrong.
                item->setForeground(Qt::red);
                if (c == InterventionDatesColumn)
                    item->setText(QStringLiteral("\u26A0 ") + outside);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (const ImportRowError &e : dry.rejected)
        m_errors->addItem(e.message);
    const qint64 valid = dry.rowsRead - dry.rejected.size();
    m_summary->setText(
        tr("%1: %2 rows read; %3 new, %4 already in the plan, %5 unassigned, %6 that cannot be imported. "
           "New spending: %7.%8")
            .arg(QFileInfo(path).fileName())
            .arg(dry.rowsRead)
            .arg(dry.imported)
            .arg(dry.alreadyPresent)
            .arg(dry.unassigned)
            .arg(dry.rejected.size())
            .arg(dry.total.format(locale))
            .arg(shown < valid ? tr(" The table shows the first %1 rows.").arg(shown) : QString())
        + (outsideShown > 0
               ? QStringLiteral(" ")
                     + tr("%n of the rows shown are dated outside the dates of the intervention their project code names.",
                          nullptr, outsideShown)
               : QString()));
    const bool importable = dry.imported > 0 && (dry.rejected.isEmpty() || opts.skipInvalid) && !m_document.isReadOnly();
    m_import->setEnabled(importable);
    return dry.ok;
}

ImportResult ImportDialog::runWithProgress(const QString &label, const QString &path, const ImportOptions &options)
{
    QProgressDialog progress(label, tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const ImportResult result = LedgerImport::import(m_document, path, options, [&](qint64 done, qint64 total) {
        progress.setMaximum(int(std::max<qint64>(total, 1)));
        progress.setValue(int(std::min(done, total)));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    return result;
}

bool ImportDialog::runImport()
{
    ImportOptions opts;
    if (!options(&opts))
        return false;
    const ImportResult result = runWithProgress(tr("Importing…"), m_file->text().trimmed(), opts);
    if (!result.ok) {
        m_summary->setText(result.cancelled ? tr("The import was cancelled; nothing was imported.") : result.error);
        return false;
    }
    m_summary->setText(tr("Imported %1 rows, %2 in all (%3 were already in the plan, %4 unassigned, %5 rejected).")
                           .arg(result.imported)
                           .arg(result.total.format(QLocale()))
                           .arg(result.alreadyPresent)
                           .arg(result.unassigned)
                           .arg(result.rejected.size()));
    m_import->setEnabled(false);
    return result.imported > 0;
}

} // namespace horisont
