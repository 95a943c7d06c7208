#pragma once

#include <QObject>

#include <memory>

class QWidget;

namespace horisont {

class PlanDocument;

/// The plan open in a window and the file commands around it: open (again,
/// for editing), new, new from the demo, save a copy, break a stale lock and
/// check the file. It owns the document; the window builds and drops its
/// views on opened() and aboutToClose(). Closing never asks to save: every
/// edit is on disk the moment it is made.
class PlanSession : public QObject
{
    Q_OBJECT
public:
    /// Dialogs are shown over `window`. Not its child: the window drops its
    /// views before the document goes.
    explicit PlanSession(QWidget *window);
    ~PlanSession() override;

    PlanDocument *document() const { return m_document.get(); }

    /// Opens a plan in place of the open one; on failure shows why and keeps the open plan.
    bool open(const QString &path);
    /// Opens the plan read-only showing its version `name` (see
    /// PlanDocument::showVersion); on failure shows why and keeps the open plan.
    bool openVersion(const QString &path, const QString &name);
    void close();
    void newPlan();
    void newDemoPlan();
    void openWithDialog();
    /// File ▸ Import Plan…: a new plan made from another tool's plan, then opened.
    void importPlan();
    /// File ▸ Open from Server…: a plan chosen on a server, opened as a file is.
    void openFromServer();
    /// File ▸ Publish to Server…: the open plan file put on a server, then offered to be opened there.
    void publishToServer();
    void saveCopy();
    /// Breaks the lock of the plan open read-only after the user confirms, and opens it for editing.
    void breakLock();
    /// Verifies the whole file and runs the plan checks; problemsFound() when there are findings.
    void checkFile();

Q_SIGNALS:
    void opened();
    /// The document still exists: views let go of it now.
    void aboutToClose();
    void closed();
    /// The document may have become read-only (a check found damage).
    void stateChanged();
    void problemsFound();
    void statusMessage(const QString &message);

private:
    void adopt(std::unique_ptr<PlanDocument> document);
    QString askForNewFile(const QString &title);

    QWidget *m_window;
    std::unique_ptr<PlanDocument> m_document;
};

} // namespace horisont
