#include "properties/propertypanel.h"

#include "access/rolegate.h"
#include "document/plandocument.h"
#include "edit/commands.h"
#include "labels/labels.h"
#include "model/columns.h"
#include "properties/accountablechoice.h"
#include "properties/areachecklist.h"
#include "properties/fieldeditor.h"
#include "selection/planselection.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace horisont {
PropertyPanel::PropertyPanel(PlanDocument &document, PlanSelection &selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection), m_title(new QLabel(this)),
      m_form(new QWidget(this)), m_layout(new QFormLayout(m_form))
{
    setObjectName(QStringLiteral("propertyPanel"));
    m_title->setObjectName(QStringLiteral("propertyTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above fields: the dock is narrow
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    scroll->setAccessibleName(tr("Properties"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);

    connect(&selection, &PlanSelection::changed, this, &PropertyPanel::rebuild);
    const Plan &plan = document.plan();
    connect(&plan, &Plan::reset, this, &PropertyPanel::rebuild);
    connect(&plan, &Plan::changed, this, [this](EntityKind kind, Id id) {
        if (kind == m_selection.kind() && id == m_selection.id())
            refresh();
        else if (m_selection.id() != NoId)
            updateTitle(); // an allocation or a forecast is named by what it funds
    });
    connect(&plan, &Plan::removed, this, [this](EntityKind kind, Id id) {
        if (kind == m_selection.kind() && id == m_selection.id())
            m_selection.clear();
    });
    connect(&plan, &Plan::inserted, this, [this](EntityKind kind, Id id) {
        // An undone deletion brings the selected item back.
        if (kind == m_selection.kind() && id == m_selection.id())
            rebuild();
    });
    rebuild();
}

FieldEditor *PropertyPanel::editorFor(const QString &field) const
{
    for (FieldEditor *e : m_editors) {
        if (e->field().name == field)
            return e;
    }
    return nullptr;
}

void PropertyPanel::rebuild()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    const EntityKind kind = m_selection.kind();
    const Id id = m_selection.id();
    if (id == NoId || !m_document.plan().contains(kind, id)) {
        m_title->setText(tr("<b>Nothing selected</b><br>Select an item to see and edit its properties."));
        return;
    }
    const KindInfo &info = kindInfo(kind);
    for (const FieldMeta &field : info.fields) {
        if (field.name == columns::position)
            continue;
        auto *editor = new FieldEditor(m_document.plan(), kind, field, m_form);
        rolegate::gate(*editor->widget(), m_document, kind);
        connect(editor, &FieldEditor::committed, this, [this, editor] { commit(editor); });
        m_layout->addRow(Labels::field(kind, field.name) + QLatin1Char(':'), editor->row());
        m_editors.push_back(editor);
    }
    if (AccountableChoice::appliesTo(kind)) {
        // The RACI role that names who answers for the intervention; the
        // matrix holds the other roles.
        auto *accountable = new AccountableChoice(m_document, id, m_form);
        connect(accountable, &AccountableChoice::statusMessage, this, &PropertyPanel::statusMessage);
        m_layout->addRow(tr("Accountable organisation:"), accountable);
    }
    if (AreaChecklist::appliesTo(kind)) {
        auto *areas = new AreaChecklist(m_document, kind, id, m_form);
        connect(areas, &AreaChecklist::statusMessage, this, &PropertyPanel::statusMessage);
        m_layout->addRow(Labels::kindPlural(EntityKind::Area) + QLatin1Char(':'), areas);
    }
    refresh();
}

void PropertyPanel::updateTitle()
{
    const EntityKind kind = m_selection.kind();
    const Id id = m_selection.id();
    if (id == NoId || !m_document.plan().contains(kind, id))
        return;
    m_title->setText(QStringLiteral("<span style='color:palette(mid)'>%1</span><br><b>%2</b>")
                         .arg(Labels::kind(kind).toHtmlEscaped(),
                              Labels::entityName(m_document.plan(), kind, id).toHtmlEscaped()));
}

void PropertyPanel::refresh()
{
    if (!m_document.plan().contains(m_selection.kind(), m_selection.id()))
        return;
    updateTitle(); // a rename shows in the title at once
    for (FieldEditor *editor : m_editors) {
        if (editor->hasFocus())
            continue; // never overwrite what the user is typing
        restore(editor);
    }
}

void PropertyPanel::restore(FieldEditor *editor)
{
    const std::optional<Record> record = m_document.plan().record(m_selection.kind(), m_selection.id());
    if (!record)
        return;
    const Activity *activity = record->kind == EntityKind::Activity ? m_document.plan().find<Activity>(record->id) : nullptr;
    const int f = kindInfo(record->kind).fieldIndex(editor->field().name);
    editor->show(record->values.at(f), FieldEditor::isExclusiveEnd(editor->field().name), activity && activity->milestone);
}

void PropertyPanel::refuse(FieldEditor *editor, const QString &message)
{
    editor->showRefusal(message);
    Q_EMIT statusMessage(message);
    restore(editor);
}

void PropertyPanel::commit(FieldEditor *editor)
{
    const EntityKind kind = m_selection.kind();
    const Id id = m_selection.id();
    QVariant value;
    QString error;
    if (!editor->value(&value, &error)) {
        refuse(editor, error);
        return;
    }
    const QString field = editor->field().name;
    // A start, end or milestone flag goes through core's one date rule
    // (dates::problem), like the same edit in the structure or the timeline.
    EditCommand *command = commands::setField(m_document, kind, id, field, value, &error);
    const commands::Outcome outcome = commands::execute(m_document, command, error);
    if (outcome.state == commands::Outcome::Refused)
        refuse(editor, outcome.refusal); // the editor shows the value the plan kept
    else
        editor->clearRefusal();
}

} // namespace horisont
