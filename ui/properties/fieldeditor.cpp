#include "properties/fieldeditor.h"

#include "labels/labels.h"
#include "model/halfopen.h"
#include "plan/plan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace horisont {

bool FieldEditor::isMultiline(const FieldMeta &field)
{
    return field.maxLength > ShortTextMaxLength; // the schema's long texts
}

bool FieldEditor::isExclusiveEnd(const QString &field)
{
    return horisont::isExclusiveEnd(field);
}

FieldEditor::FieldEditor(const Plan &plan, EntityKind kind, const FieldMeta &field, QWidget *parent)
    : QObject(parent), m_plan(plan), m_kind(kind), m_field(field), m_row(new QWidget(parent))
{
    parent = m_row; // the editor sits in its row, above the refusal
    const QStringList enumValues = Labels::enumValues(kind, field.name);
    if (field.type == FieldType::Enum && !enumValues.isEmpty()) {
        auto *combo = new QComboBox(parent);
        combo->addItems(enumValues);
        connect(combo, &QComboBox::activated, this, &FieldEditor::committed);
        m_widget = combo;
    } else if (field.type == FieldType::Reference) {
        auto *combo = new QComboBox(parent);
        if (field.nullable) // a required reference (an activity's intervention) offers no "(none)"
            combo->addItem(tr("(none)"), QVariant());
        withKind(field.references, [&]<class T>() {
            for (const T &e : plan.all<T>())
                combo->addItem(Labels::entityName(plan, field.references, e.id), qlonglong(e.id));
        });
        connect(combo, &QComboBox::activated, this, &FieldEditor::committed);
        m_widget = combo;
    } else if (field.type == FieldType::Boolean) {
        auto *box = new QCheckBox(parent);
        connect(box, &QCheckBox::clicked, this, &FieldEditor::committed);
        m_widget = box;
    } else if (field.type == FieldType::Integer || field.type == FieldType::Enum) {
        auto *spin = new QSpinBox(parent);
        // The values the field can mean (core's schema), so that the spin
        // box offers exactly what an edit may write.
        const auto [low, high] = integerRange(field);
        spin->setRange(int(std::max<qint64>(low, std::numeric_limits<int>::min())),
                       int(std::min<qint64>(high, std::numeric_limits<int>::max())));
        connect(spin, &QSpinBox::editingFinished, this, &FieldEditor::committed);
        m_widget = spin;
    } else if (isMultiline(field)) {
        auto *text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        text->setMinimumHeight(60);
        text->setMaximumHeight(110);
        text->installEventFilter(this); // commit when focus leaves
        m_widget = text;
    } else {
        auto *line = new QLineEdit(parent);
        if (field.type == FieldType::Date)
            line->setPlaceholderText(tr("YYYY-MM-DD"));
        else if (field.type == FieldType::Money)
            line->setPlaceholderText(field.nullable ? tr("no ceiling") : tr("0 kr"));
        connect(line, &QLineEdit::editingFinished, this, [this, line] {
            if (line->isModified()) {
                line->setModified(false);
                Q_EMIT committed();
            }
        });
        m_widget = line;
    }
    if (auto *combo = qobject_cast<QComboBox *>(m_widget)) {
        // Long names (a goal, a decision) must not widen the narrow dock.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_widget->setAccessibleName(Labels::field(kind, field.name));
    m_refusal = new QLabel(m_row);
    m_refusal->setObjectName(QStringLiteral("fieldRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_refusal->hide();
    auto *layout = new QVBoxLayout(m_row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_widget);
    layout->addWidget(m_refusal);
    m_row->setFocusProxy(m_widget); // the form's label is the row's buddy
}

void FieldEditor::showRefusal(const QString &message)
{
    // At the field, where the user is looking, not only in the status bar:
    // the text stays under the field and a tooltip points at it.
    m_refusal->setText(message);
    m_refusal->show();
    m_widget->setAccessibleDescription(message);
    if (m_widget->isVisible())
        QToolTip::showText(m_widget->mapToGlobal(QPoint(0, m_widget->height())), message, m_widget);
}

void FieldEditor::clearRefusal()
{
    if (m_refusal->isHidden())
        return;
    m_refusal->clear();
    m_refusal->hide();
    m_widget->setAccessibleDescription(QString());
}

QString FieldEditor::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::FocusOut) {
        auto *text = static_cast<QPlainTextEdit *>(m_widget);
        if (text->document()->isModified()) {
            text->document()->setModified(false);
            Q_EMIT committed();
        }
    }
    return QObject::eventFilter(watched, event);
}

bool FieldEditor::hasFocus() const
{
    return m_widget->hasFocus();
}

void FieldEditor::show(const QVariant &value, bool exclusiveEnd, bool milestone)
{
    m_exclusiveEnd = exclusiveEnd && !milestone;
    if (auto *combo = qobject_cast<QComboBox *>(m_widget)) {
        combo->setCurrentIndex(m_field.type == FieldType::Reference ? std::max(0, combo->findData(value))
                                                                     : value.toInt());
    } else if (auto *box = qobject_cast<QCheckBox *>(m_widget)) {
        box->setChecked(value.toInt() != 0);
    } else if (auto *spin = qobject_cast<QSpinBox *>(m_widget)) {
        spin->setValue(value.toInt());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(m_widget)) {
        text->setPlainText(value.toString());
        text->document()->setModified(false);
    } else if (auto *line = qobject_cast<QLineEdit *>(m_widget)) {
        QString shown = value.toString();
        if (m_field.type == FieldType::Date && !value.isNull() && m_exclusiveEnd)
            shown = QDate::fromString(shown, Qt::ISODate).addDays(-1).toString(Qt::ISODate);
        else if (m_field.type == FieldType::Money && !value.isNull())
            shown = Money::fromOre(value.toLongLong()).format(QLocale(), Money::Style::Plain);
        else if (m_field.type == FieldType::Real && !value.isNull())
            shown = QLocale().toString(value.toDouble());
        if (line->text() != shown) {
            line->setText(shown);
            line->setCursorPosition(0); // a long name shows its beginning, not its end
        }
        line->setModified(false);
    }
}

bool FieldEditor::value(QVariant *value, QString *error) const
{
    const QString label = Labels::field(m_kind, m_field.name);
    if (auto *combo = qobject_cast<QComboBox *>(m_widget)) {
        *value = m_field.type == FieldType::Reference ? combo->currentData() : QVariant(combo->currentIndex());
    } else if (auto *box = qobject_cast<QCheckBox *>(m_widget)) {
        *value = int(box->isChecked());
    } else if (auto *spin = qobject_cast<QSpinBox *>(m_widget)) {
        *value = spin->value();
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(m_widget)) {
        *value = text->toPlainText();
    } else if (auto *line = qobject_cast<QLineEdit *>(m_widget)) {
        const QString text = line->text().trimmed();
        if (text.isEmpty() && m_field.nullable) {
            *value = QVariant();
        } else if (m_field.type == FieldType::Date) {
            QDate date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid()) {
                *error = tr("%1: \"%2\" is not a date (YYYY-MM-DD).").arg(label, text);
                return false;
            }
            *value = (m_exclusiveEnd ? date.addDays(1) : date).toString(Qt::ISODate);
        } else if (m_field.type == FieldType::Money) {
            const std::optional<Money> money = Money::parse(text);
            if (!money) {
                *error = tr("%1: \"%2\" is not an amount.").arg(label, text);
                return false;
            }
            *value = qlonglong(money->ore());
        } else if (m_field.type == FieldType::Real) {
            bool ok = false;
            const double number = QLocale().toDouble(text, &ok);
            if (!ok) {
                *error = tr("%1: \"%2\" is not a number.").arg(label, text);
                return false;
            }
            *value = number;
        } else {
            *value = text;
        }
    }
    return true;
}

} // namespace horisont
