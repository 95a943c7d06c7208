#pragma once

#include <QStackedWidget>

namespace horisont {

class PlanDocument;
class PlanSelection;
class ProblemsModel;
class StructureView;
class WelcomeView;

/// The views of the open plan, one page each, and the welcome page when no
/// plan is open. A view is made the first time it is asked for, so opening a
/// 20 000-activity plan builds only the structure. The overview and Problems
/// share one ProblemsModel, made with the first of them, so every plan check
/// runs once per edit.
class ViewStack : public QStackedWidget
{
    Q_OBJECT
public:
    enum View {
        Overview,
        Structure,
        Timeline,
        Responsibilities,
        Funding,
        BudgetFollowUp,
        Logic,
        Governance,
        Organisations,
        Areas,
        Problems,
        AuditTrail,
        ChangeLog,
        Changes, ///< between two states of the plan (versions); last, so that the others keep Ctrl+1…9
        ViewCount
    };
    Q_ENUM(View)

    ViewStack(PlanSelection &selection, QWidget *parent = nullptr);

    static QString title(View view);
    WelcomeView *welcome() const { return m_welcome; }
    /// The plan the views show; a different one (or nullptr) first deletes
    /// every view made for the last.
    void setDocument(PlanDocument *document);
    /// The view, made when first asked for; nullptr without a plan.
    QWidget *view(View view);
    /// The structure view, once made (Delete and Find act on it).
    StructureView *structure() const { return m_structure; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// A view leads to another: the overview to the problems, a problem to
    /// the list that holds its item.
    void viewRequested(horisont::ViewStack::View view);

private:
    QWidget *createView(View view);
    ProblemsModel &problemsModel();
    void clear();

    PlanSelection &m_selection;
    PlanDocument *m_document = nullptr;
    WelcomeView *m_welcome;
    QWidget *m_views[ViewCount] = {};
    StructureView *m_structure = nullptr;
    ProblemsModel *m_problems = nullptr;
};

} // namespace horisont
