#pragma once

#include "model/ids.h"

#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;

namespace horisont {

class FieldEditor;
class PlanDocument;
class PlanSelection;

/// The properties of the selected item — any kind — as a form. Each field
/// commits on its own as one undoable command; invalid input is refused
/// with a message at the field (and in the status bar) and the stored
/// value comes back. The title follows the item's name.
class PropertyPanel : public QWidget
{
    Q_OBJECT
public:
    PropertyPanel(PlanDocument &document, PlanSelection &selection, QWidget *parent = nullptr);

    FieldEditor *editorFor(const QString &field) const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void rebuild();
    void refresh();
    void updateTitle();
    /// Shows the stored value in one editor, also while it has the focus.
    void restore(FieldEditor *editor);
    void commit(FieldEditor *editor);
    /// A refused edit: said at the field and in the status bar, and the
    /// stored value back in the field (so nothing refused lingers there).
    void refuse(FieldEditor *editor, const QString &message);

    PlanDocument &m_document;
    PlanSelection &m_selection;
    QLabel *m_title;
    QWidget *m_form;
    QFormLayout *m_layout;
    std::vector<FieldEditor *> m_editors;
};

} // namespace horisont
