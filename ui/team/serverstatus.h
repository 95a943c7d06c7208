#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace horisont {

class PlanDocument;

/// The status bar's part for a plan on a server: where it is (server and
/// database), who you are there (database user and role), whether the
/// connection is alive, and who else has the plan open (a button whose menu
/// lists them, looked up every few seconds). Others' edits, as they arrive,
/// become a brief status message naming who changed what. Hidden for a plan file.
class ServerStatus : public QWidget
{
    Q_OBJECT
public:
    explicit ServerStatus(QWidget *parent = nullptr);

    /// Follows this document's server link, or hides (nullptr, or a plan file).
    void showFor(PlanDocument *document);

    /// How often the others with the plan open are looked up (one query).
    static constexpr int OthersIntervalMs = 10000;
    /// How often libpq's view of the connection is looked at (no round trip).
    static constexpr int LivenessIntervalMs = 1000;

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The connection was lost or is back: the document's read-only state changed.
    void connectionChanged();

private:
    void showConnection();
    void refreshOthers();
    void checkLiveness();

    PlanDocument *m_document = nullptr;
    QLabel *m_where;
    QLabel *m_state;
    QToolButton *m_others;
    QTimer m_poll;
    QTimer m_liveness;
};

} // namespace horisont
