#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace horisont {

class ServerFields;

/// File ▸ Publish to Server…: puts the open plan file on a server as a plan
/// of the name given (checked as it is typed), in one transaction. Accepted
/// once published; publishedAddress() is then the plan's address, which the
/// window offers to open.
class PublishToServerDialog : public QDialog
{
    Q_OBJECT
public:
    /// `file` is the plan file; `suggestedName` the plan name to start from.
    PublishToServerDialog(const QString &file, const QString &suggestedName, QWidget *parent = nullptr);

    /// Publishes; false when refused (the dialog then says why, naming the server).
    bool publish();
    QString publishedAddress() const { return m_published; }

    ServerFields *fields() const { return m_fields; }
    QLineEdit *planName() const { return m_name; }
    QLabel *message() const { return m_message; }

private:
    void updateState();

    QString m_file;
    ServerFields *m_fields;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_publish;
    QString m_published;
};

} // namespace horisont
