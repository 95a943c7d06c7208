#pragma once

#include "document/plandocument.h"
#include "plancodes.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace horisont::uitest {

/// The Umeå demo plan in `dir`, opened for editing.
std::unique_ptr<PlanDocument> demoPlan(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.horisont"));

/// The demo's intervention with this project code, or NoId.
Id interventionWithCode(const Plan &plan, const QString &code);
/// The organisation with this short name, or NoId.
Id organisationNamed(const Plan &plan, const QString &shortName);

/// Every entity in the file, read by a fresh read-only document.
QList<Record> diskSnapshot(const QString &path);

/// Interactive widgets under `root` (and root itself) whose accessible name
/// is empty: buttons, inputs, views, combo boxes… Labels and containers are
/// not interactive. Returns a description of each for the failure message.
QStringList unnamedInteractiveWidgets(QWidget *root);

/// Answers the next message box that opens (as soon as it is modal) with
/// `button`, and keeps its text in `*text`: call before what opens it.
void answerNextMessageBox(int button, QString *text);

} // namespace horisont::uitest
