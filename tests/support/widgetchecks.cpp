#include "widgetchecks.h"

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

namespace horisont::test {

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

QString widestChildren(QWidget *root, int width)
{
    QStringList wide;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->minimumSizeHint().width() <= width)
            continue;
        const QString name = !w->objectName().isEmpty() ? w->objectName() : w->accessibleName();
        wide << QStringLiteral("%1 \"%2\" %3").arg(QString::fromLatin1(w->metaObject()->className()), name)
                    .arg(w->minimumSizeHint().width());
    }
    return wide.join(QStringLiteral(", "));
}

} // namespace horisont::test
