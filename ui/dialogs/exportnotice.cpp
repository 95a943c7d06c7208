#include "dialogs/exportnotice.h"

#include "document/plandocument.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ExportNotice)
};
} // namespace

QString packFileName(PdfPackOptions::Pack pack, QDate day)
{
    const QString date = day.toString(Qt::ISODate);
    switch (pack) {
    case PdfPackOptions::Pack::Steering:
        return Tr::tr("Steering group pack %1.pdf").arg(date);
    case PdfPackOptions::Pack::Controller:
        return Tr::tr("Controller pack %1.pdf").arg(date);
    case PdfPackOptions::Pack::Full:
        break;
    }
    return Tr::tr("Full plan %1.pdf").arg(date);
}

QString workbookFileName(QDate day)
{
    return Tr::tr("Budget tables %1.xlsx").arg(day.toString(Qt::ISODate));
}

QString besidePlan(const PlanDocument &document, const QString &fileName)
{
    return QFileInfo(document.path()).absoluteDir().filePath(fileName);
}

QString exportedMessage(const QString &path)
{
    return Tr::tr("Exported to %1.").arg(QDir::toNativeSeparators(path));
}

QMessageBox *offerToOpen(QWidget *parent, const QString &path)
{
    const QFileInfo file(path);
    auto *box =
        new QMessageBox(QMessageBox::Information, Tr::tr("Export finished"),
                        Tr::tr("Wrote %1 to %2.").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())),
                        QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("exportNotice"));
    box->setAccessibleName(Tr::tr("Export finished"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    QPushButton *open = box->addButton(Tr::tr("&Open"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openFile"));
    open->setAccessibleName(Tr::tr("Open the file"));
    QPushButton *folder = box->addButton(Tr::tr("Open &Folder"), QMessageBox::ActionRole);
    folder->setObjectName(QStringLiteral("openFolder"));
    folder->setAccessibleName(Tr::tr("Open the folder"));
    box->button(QMessageBox::Close)->setAccessibleName(Tr::tr("Close"));
    box->setDefaultButton(open);
    // The box closes on any button; Open and Open Folder open first.
    QObject::connect(open, &QPushButton::clicked, box,
                     [file] { QDesktopServices::openUrl(QUrl::fromLocalFile(file.absoluteFilePath())); });
    QObject::connect(folder, &QPushButton::clicked, box,
                     [file] { QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath())); });
    box->show();
    return box;
}

} // namespace horisont
