#pragma once

#include <QStandardItemModel>

namespace horisont {

struct MappedPlan;

/// What importing a plan will create, as a tree read from the mapped plan's
/// records: phases › interventions › activities and milestones, each with
/// what it becomes and its dates (the last day shown, as Properties does).
class ImportStructureModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Dates, ColumnCount };
    explicit ImportStructureModel(QObject *parent = nullptr);
    void setPlan(const MappedPlan *mapped);
};

/// The organisations importing a plan will create from its resources, each
/// with the organisation it is part of (its group) and the R it carries.
class ImportOrganisationModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { Name, PartOf, Responsible, ColumnCount };
    explicit ImportOrganisationModel(QObject *parent = nullptr);
    void setPlan(const MappedPlan *mapped);
};

} // namespace horisont
