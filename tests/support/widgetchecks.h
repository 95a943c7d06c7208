#pragma once

// What a QtTest asks of real widgets: every control named for a screen
// reader, and a message box answered as a user would.
#include <QString>
#include <QStringList>

class QWidget;

namespace horisont::test {

/// Interactive widgets under `root` (and root itself) whose accessible name
/// is empty: buttons, inputs, views, combo boxes… Labels and containers are
/// not interactive. Returns a description of each for the failure message.
QStringList unnamedInteractiveWidgets(QWidget *root);

/// Answers the next message box that opens (as soon as it is modal) with
/// `button`, and keeps its text in `*text`: call before what opens it.
void answerNextMessageBox(int button, QString *text);

/// The visible widgets under `root` whose minimum size hint is wider than
/// `width` (class, object or accessible name, and the width), for a
/// failure message that says what makes a window wide.
QString widestChildren(QWidget *root, int width);

} // namespace horisont::test

/// Every interactive widget under `root` has an accessible name; the
/// failure lists those that have none.
#define QVERIFY_EVERY_CONTROL_NAMED(root)                                                              \
    do {                                                                                               \
        const QStringList unnamed_ = ::horisont::test::unnamedInteractiveWidgets(root);                \
        QVERIFY2(unnamed_.isEmpty(), qPrintable(unnamed_.join(QStringLiteral(", "))));                 \
    } while (false)
