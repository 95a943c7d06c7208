#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTreeView;

namespace horisont {

class PlanDocument;
class StructureModel;

/// The application window: shows one open plan.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a plan; on failure shows why and keeps the current plan.
    bool openPlan(const QString &path);
    PlanDocument *document() const { return m_document.get(); }

private:
    void createMenus();
    void showPlan();
    void openWithDialog();
    void about();

    std::unique_ptr<PlanDocument> m_document;
    std::unique_ptr<StructureModel> m_structure;
    QLabel *m_heading = nullptr;
    QLabel *m_banner = nullptr;
    QTreeView *m_tree = nullptr;
};

} // namespace horisont
