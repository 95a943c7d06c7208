#include "dialogs/publishtoserverdialog.h"

#include "server/serveraddress.h"
#include "server/serverplans.h"
#include "team/passwordprompt.h"
#include "team/serverfields.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace horisont {

PublishToServerDialog::PublishToServerDialog(const QString &file, const QString &suggestedName, QWidget *parent)
    : QDialog(parent), m_file(file), m_fields(new ServerFields(this)), m_name(new QLineEdit(suggestedName, this)),
      m_nameProblem(new QLabel(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("publishToServerDialog"));
    setWindowTitle(tr("Publish to Server"));
    auto *intro = new QLabel(tr("Puts %1 on a PostgreSQL server as a plan of its own, whole, in one transaction. "
                                "You become its owner and can give others a role in it. The file stays as it is.")
                                 .arg(QFileInfo(file).fileName()),
                             this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("publishPlanName"));
    m_nameProblem->setObjectName(QStringLiteral("planNameProblem"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setStyleSheet(QStringLiteral("color: #b42318;"));
    m_message->setObjectName(QStringLiteral("serverMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_fields->form()->addRow(tr("&Plan name:"), m_name);
    m_fields->form()->addRow(QString(), m_nameProblem);
    m_publish = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publish"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_name, &QLineEdit::textChanged, this, &PublishToServerDialog::updateState);
    connect(m_fields, &ServerFields::changed, this, &PublishToServerDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (publish())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void PublishToServerDialog::updateState()
{
    const auto problem = serveraddress::planNameProblem(m_name->text().trimmed());
    // An empty name is not yet a mistake: the disabled button says enough.
    m_nameProblem->setText(problem && !m_name->text().isEmpty() ? *problem : QString());
    m_nameProblem->setVisible(!m_nameProblem->text().isEmpty());
    m_publish->setEnabled(!problem && !m_fields->databaseEdit()->text().trimmed().isEmpty());
}

bool PublishToServerDialog::publish()
{
    m_message->hide();
    ServerAddress to = m_fields->address();
    to.plan = m_name->text().trimmed();
    QString error;
    const bool published = withServerPassword(this, to, &error, [&](QString *why) {
        return serverplans::publish(m_file, to, why);
    });
    if (!published) {
        m_message->setText(error);
        m_message->show();
        return false;
    }
    m_fields->remember();
    m_published = to.toString();
    return true;
}

} // namespace horisont
