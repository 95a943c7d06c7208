// The documentation's picture of File ▸ Import Plan…: the dialog with a
// real plan of another tool previewed — the tree to be created, the
// organisations and the report — as DIR/import-plan-LANG.png.
#include "screenshots.h"

#include "dialogs/importplandialog.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPushButton>
#include <QThread>

namespace horisont {

int saveImportPlanScreenshot(const QString &source, const QString &directory, const QString &language)
{
    QDir().mkpath(directory);
    ImportPlanDialog dialog;
    dialog.resize(1180, 720);
    dialog.show();
    dialog.setSource(source);
    dialog.startPreview();
    for (QDeadlineTimer deadline(20000); dialog.isBusy() && !deadline.hasExpired();) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    if (dialog.isBusy() || !dialog.importButton()->isEnabled())
        return 2; // the picture shows a preview or nothing
    const QString lang = language.isEmpty() ? QStringLiteral("sv") : language;
    return settleAndGrab(dialog, QDir(directory).filePath(QStringLiteral("import-plan-%1.png").arg(lang)), 400) ? 0 : 2;
}

} // namespace horisont
