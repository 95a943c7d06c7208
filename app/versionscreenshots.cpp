// The documentation's pictures of versions: freezing one, the list of them,
// and a decided version open read-only beside the plan.
#include "screenshots.h"

#include "document/plandocument.h"
#include "mainwindow.h"
#include "versions/freezeversiondialog.h"
#include "versions/versionsdialog.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::VersionScreenshots)
};

// A decided version and a snapshot, frozen once (the English run finds them).
bool freezeExamples(PlanDocument &document)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    if (!planversions::find(document.store(), QStringLiteral("Budget 2026"))
        && !planversions::freeze(document, QStringLiteral("Budget 2026"),
                                 {QStringLiteral("Kommunfullmäktige"), QDate(2025, 11, 24), QStringLiteral("KF 2025/212")},
                                 now, &error))
        return false;
    return planversions::find(document.store(), QStringLiteral("Remiss 2026"))
           || planversions::freeze(document, QStringLiteral("Remiss 2026"), {}, now, &error);
}

} // namespace

bool saveVersionScreenshots(MainWindow &window, const QString &directory, const QString &prefix)
{
    PlanDocument *document = window.document();
    if (!document || !freezeExamples(*document))
        return false;
    const QDir dir(directory);
    {
        FreezeVersionDialog freeze(*document, &window);
        freeze.nameEdit()->setText(Tr::tr("Plan 2027–2030"));
        freeze.bodyEdit()->setText(QStringLiteral("Kommunstyrelsen"));
        freeze.dateEdit()->setDate(QDate(2026, 11, 17));
        freeze.referenceEdit()->setText(QStringLiteral("KS 2026/301"));
        freeze.show();
        if (!settleAndGrab(freeze, dir.filePath(QStringLiteral("%1-15-versions-freeze.png").arg(prefix))))
            return false;
    }
    VersionsDialog versions(*document, &window);
    versions.choose(QStringLiteral("Budget 2026"));
    versions.show();
    if (!settleAndGrab(versions, dir.filePath(QStringLiteral("%1-15-versions-dialog.png").arg(prefix))))
        return false;
    MainWindow *shown = versions.openChosen();
    if (!shown)
        return false;
    shown->resize(1366, 768);
    shown->showView(MainWindow::Structure);
    const bool saved = settleAndGrab(*shown, dir.filePath(QStringLiteral("%1-16-version-readonly.png").arg(prefix)), 400);
    shown->close();
    return saved;
}

} // namespace horisont
