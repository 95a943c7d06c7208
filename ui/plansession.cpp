#include "plansession.h"

#include "check/plancheck.h"
#include "check/versioncheck.h"
#include "demo/umeademo.h"
#include "dialogs/importplandialog.h"
#include "dialogs/openfromserverdialog.h"
#include "dialogs/publishtoserverdialog.h"
#include "document/plandocument.h"
#include "document/planlock.h"
#include "recentfiles.h"
#include "server/serveraddress.h"
#include "team/passwordprompt.h"
#include "team/upgradeprompt.h"
#include "today.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace horisont {

PlanSession::PlanSession(QWidget *window) : m_window(window)
{}

PlanSession::~PlanSession() = default;

bool PlanSession::open(const QString &path)
{
    QString error;
    std::unique_ptr<PlanDocument> document;
    auto attempt = [&](QString *why) {
        document = PlanDocument::open(path, why, PlanDocument::Access::ReadWrite, PlanDocument::Verification::Background);
        return document != nullptr;
    };
    const bool onServer = serveraddress::looksLikeServer(path);
    const auto address = onServer ? serveraddress::parsePlan(path, &error) : std::nullopt;
    if (address) {
        withServerPassword(m_window, *address, &error, attempt); // a plan on a server is pulled first: it takes a while
        if (!document) { // a plan of an older format is not opened: its owner may upgrade it now
            switch (offerUpgrade(m_window, *address)) {
            case UpgradeOffer::Upgraded:
                withServerPassword(m_window, *address, &error, attempt);
                break;
            case UpgradeOffer::Declined:
                return false;
            case UpgradeOffer::NotNeeded:
                break;
            }
        }
    } else {
        attempt(&error);
    }
    if (!document) {
        QMessageBox::warning(m_window, tr("Cannot open plan"), error);
        if (!onServer) // a server that cannot be reached now may be there tomorrow
            RecentFiles::remove(path);
        return false;
    }
    RecentFiles::add(path);
    adopt(std::move(document));
    return true;
}

bool PlanSession::openVersion(const QString &path, const QString &name)
{
    QString error;
    auto document = PlanDocument::open(path, &error, PlanDocument::Access::ReadOnly);
    if (!document || !document->showVersion(name, &error)) {
        QMessageBox::warning(m_window, tr("Cannot open version"), error);
        return false;
    }
    adopt(std::move(document));
    return true;
}

void PlanSession::adopt(std::unique_ptr<PlanDocument> document)
{
    close();
    m_document = std::move(document);
    Q_EMIT opened();
}

void PlanSession::breakLock()
{
    if (!m_document)
        return;
    const QString path = m_document->path();
    const auto holder = planlock::holder(path);
    if (!holder) {
        open(path);
        return;
    }
    const auto answer = QMessageBox::warning(
        m_window, tr("Break the Lock"),
        tr("%1 is marked as open by %2.\n\nBreak the lock only if you are sure that Horisont is no longer running "
           "there (for example, that computer crashed). If it is still running, two people could change the plan "
           "at the same time.")
            .arg(QFileInfo(path).fileName(), holder->describe()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!planlock::breakStale(path, &error)) {
        QMessageBox::warning(m_window, tr("Break the Lock"), error);
        return;
    }
    open(path);
}

void PlanSession::close()
{
    if (!m_document)
        return;
    Q_EMIT aboutToClose();
    m_document.reset();
    Q_EMIT closed();
}

QString PlanSession::askForNewFile(const QString &title)
{
    QString path = QFileDialog::getSaveFileName(m_window, title, QString(), tr("Horisont plans (*.horisont)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".horisont");
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, title,
                             tr("%1 already exists. Horisont never writes over a plan; choose another name.")
                                 .arg(QFileInfo(path).fileName()));
        return {};
    }
    return path;
}

void PlanSession::newPlan()
{
    const QString path = askForNewFile(tr("New plan"));
    if (path.isEmpty())
        return;
    Programme programme;
    programme.name = tr("New programme");
    programme.start = QDate(today().year() + 1, 1, 1);
    programme.horizonEnd = programme.start.addYears(10);
    QString error;
    if (!PlanDocument::create(path, programme, &error)) {
        QMessageBox::warning(m_window, tr("New plan"), error);
        return;
    }
    open(path); // opening selects the mandate: the place to start describing it
}

void PlanSession::newDemoPlan()
{
    const QString path = askForNewFile(tr("New from demo"));
    if (path.isEmpty())
        return;
    QString error;
    if (!demo::createUmea(path, &error)) {
        QMessageBox::warning(m_window, tr("New from demo"), error);
        return;
    }
    open(path);
}

void PlanSession::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open plan"), QString(),
                                                      tr("Horisont plans (*.horisont);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void PlanSession::importPlan()
{
    ImportPlanDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.createdPlan().isEmpty())
        open(dialog.createdPlan());
}

void PlanSession::openFromServer()
{
    OpenFromServerDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.planAddress().isEmpty())
        open(dialog.planAddress());
}

void PlanSession::publishToServer()
{
    if (!m_document || m_document->serverLink())
        return;
    PublishToServerDialog dialog(m_document->path(), QFileInfo(m_document->path()).completeBaseName(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const auto address = serveraddress::parsePlan(dialog.publishedAddress(), &error);
    const QString where = address ? address->describe() : dialog.publishedAddress();
    Q_EMIT statusMessage(tr("Published as %1.").arg(where));
    const auto answer = QMessageBox::question(
        m_window, tr("Publish to Server"),
        tr("The plan is now %1. Open it there? Changes made there are shared with the team; the file stays as it was.")
            .arg(where),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer == QMessageBox::Open)
        open(dialog.publishedAddress());
}

void PlanSession::saveCopy()
{
    if (!m_document)
        return;
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save a copy"), QString(), tr("Horisont plans (*.horisont)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".horisont");
    QString error;
    if (m_document->saveCopy(path, &error))
        Q_EMIT statusMessage(tr("Saved a copy to %1.").arg(path));
    else
        QMessageBox::warning(m_window, tr("Save a copy"), error);
}

void PlanSession::checkFile()
{
    if (!m_document)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem;
    const bool sound = m_document->waitForVerification(&problem);
    const QString integrity = sound ? m_document->verifyWholeFile() : problem;
    CheckContext context;
    context.ledger = m_document->ledgerTotals();
    DecidedBaseline decided;
    const Findings findings = checkPlan(m_document->plan(), context) + checkVersions(m_document->store())
                              + checkGovernance(m_document->store(), m_document->plan(), decided);
    QApplication::restoreOverrideCursor();
    Q_EMIT stateChanged();
    if (integrity != QLatin1String("ok")) {
        QMessageBox::critical(m_window, tr("Check file"), tr("The file is damaged: %1").arg(integrity));
        return;
    }
    QMessageBox::information(
        m_window, tr("Check file"),
        tr("The file is intact (SQLite's integrity check, its references and the ledger's sums passed).")
            + QLatin1Char('\n')
            + (findings.isEmpty() ? tr("The plan checks found no problems.")
                                  : tr("The plan checks found %n problem(s).", nullptr, int(findings.size()))));
    if (!findings.isEmpty())
        Q_EMIT problemsFound();
}

} // namespace horisont
