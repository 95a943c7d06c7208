#include "programmelogic/logiclinkdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace horisont {

LogicLinkDialog::LogicLinkDialog(const QString &title, const QString &prompt,
                                 const QList<LogicLinkEditor::Choice> &choices, QWidget *parent)
    : QDialog(parent), m_choices(choices), m_filter(new QLineEdit(this)), m_list(new QListWidget(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("logicLinkDialog"));
    setWindowTitle(title);
    setAccessibleName(title);
    auto *label = new QLabel(prompt, this);
    label->setBuddy(m_filter);
    label->setWordWrap(true);
    m_filter->setAccessibleName(tr("Filter the list"));
    m_filter->setPlaceholderText(tr("Type to filter"));
    m_filter->setClearButtonEnabled(true);
    m_list->setAccessibleName(title);
    for (const LogicLinkEditor::Choice &choice : choices)
        m_list->addItem(choice.text);
    m_empty->setText(choices.isEmpty() ? tr("Nothing to choose.") : tr("Nothing matches."));
    m_empty->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setAccessibleName(tr("Buttons"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (chosen().id != NoId)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (chosen().id != NoId)
            accept();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &LogicLinkDialog::applyFilter);
    m_filter->installEventFilter(this);
    applyFilter(QString());
    m_filter->setFocus();
    resize(420, 360);
}

void LogicLinkDialog::applyFilter(const QString &text)
{
    int first = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        const bool shown = m_choices[row].text.contains(text.trimmed(), Qt::CaseInsensitive);
        m_list->item(row)->setHidden(!shown);
        if (shown && first < 0)
            first = row;
    }
    QListWidgetItem *current = m_list->currentItem();
    if (!current || current->isHidden())
        m_list->setCurrentRow(first);
    m_empty->setVisible(first < 0);
}

LogicLinkEditor::Choice LogicLinkDialog::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_choices.size() || m_list->item(row)->isHidden())
        return {};
    return m_choices[row];
}

bool LogicLinkDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the filter move in the list, so that the hands stay on the keys.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace horisont
