#pragma once

#include "server/serveraddress.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace horisont {

class ServerFields;

/// File ▸ Open from Server…: where the database is, then List Plans shows
/// the plans there with who published them and your role; a plan you have
/// no role in is shown but cannot be chosen. Open accepts with the chosen
/// plan's address (planAddress()), which the window opens as it opens a
/// file. The server's refusals are shown in the dialog; one that asks for
/// a password asks for it.
class OpenFromServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenFromServerDialog(QWidget *parent = nullptr);

    /// Lists the plans of the database the fields name; false when the
    /// server refused (the dialog then says why).
    bool listPlans();
    /// The chosen plan's address, "postgresql://USER@HOST:PORT/DB?plan=NAME".
    QString planAddress() const;

    ServerFields *fields() const { return m_fields; }
    QTreeWidget *plans() const { return m_plans; }
    QLabel *message() const { return m_message; }

private:
    void updateButtons();

    ServerFields *m_fields;
    QPushButton *m_list;
    QTreeWidget *m_plans;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    ServerAddress m_listed; ///< the database the list shows
};

} // namespace horisont
