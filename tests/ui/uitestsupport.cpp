#include "uitestsupport.h"

#include "demo/umeademo.h"

#include <QApplication>
#include <QTimer>
#include <QMessageBox>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>
#include <QtTest>

namespace horisont::uitest {

std::unique_ptr<PlanDocument> demoPlan(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    auto doc = demo::createUmea(dir.filePath(name), &error);
    if (!doc)
        qWarning("cannot create the demo plan: %s", qPrintable(error));
    else
        doc->setUserName(QStringLiteral("tester"));
    return doc;
}

Id interventionWithCode(const Plan &plan, const QString &code)
{
    return test::idWithCode<Intervention>(plan, code);
}

Id organisationNamed(const Plan &plan, const QString &shortName)
{
    for (const Organisation &o : plan.all<Organisation>()) {
        if (o.shortName == shortName)
            return o.id;
    }
    return NoId;
}

QList<Record> diskSnapshot(const QString &path)
{
    QString error;
    auto doc = PlanDocument::open(path, &error, PlanDocument::Access::ReadOnly);
    return doc ? doc->plan().snapshot() : QList<Record>();
}

QStringList unnamedInteractiveWidgets(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractItemView *>(w)
                                 || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)
                                 || qobject_cast<QLineEdit *>(w) || qobject_cast<QTextEdit *>(w)
                                 || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSlider *>(w)
                                 || qobject_cast<QTabBar *>(w);
        if (!interactive || !w->isVisibleTo(root))
            continue;
        // Parts Qt builds inside composite widgets (a combo box's line edit,
        // a spin box's editor, scroll bars of views) take their parent's name.
        // A view's header is part of the view's own accessible table.
        if (qobject_cast<QHeaderView *>(w))
            continue;
        QWidget *parent = w->parentWidget();
        if (parent && (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
                       || qobject_cast<QAbstractSlider *>(w)))
            continue;
        if (w->accessibleName().isEmpty() && (!qobject_cast<QAbstractButton *>(w)
                                              || qobject_cast<QAbstractButton *>(w)->text().isEmpty()))
            unnamed << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}

void answerNextMessageBox(int button, QString *text)
{
    QTimer::singleShot(0, qApp, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button, text);
            return;
        }
        *text = box->text();
        box->button(QMessageBox::StandardButton(button))->click();
    });
}

} // namespace horisont::uitest
