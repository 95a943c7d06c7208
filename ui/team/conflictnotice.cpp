#include "team/conflictnotice.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace horisont {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::ConflictNotice)
};

} // namespace

void showConflict(QWidget *parent, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, Tr::tr("Not saved"), message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("conflictNotice"));
    box->setInformativeText(Tr::tr("The plan shows the other change. Make yours again if it still should be."));
    box->setModal(false);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

} // namespace horisont
