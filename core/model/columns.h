#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

#include <cstddef>

namespace horisont {

/// A column of the plan's tables, by name, with the label a field of that
/// name has unless its kind gives it another (schema.cpp). Code names a
/// column only through the constants in `columns`, never by a string, so a
/// misspelt column does not compile.
class Column
{
public:
    template<std::size_t N>
    constexpr Column(const char (&name)[N], const char *label, const char *noun = nullptr)
        : m_name(name, qsizetype(N - 1)), m_label(label), m_noun(noun ? noun : label)
    {
    }

    constexpr QLatin1String name() const { return m_name; }
    /// The label's source text (translated in the context "horisont::Field").
    constexpr const char *label() const { return m_label; }
    /// What a sentence calls the field ("Change parent cause of «X»") where
    /// the label does not read as a noun ("Part of cause"); else the label.
    constexpr const char *noun() const { return m_noun; }
    QString toString() const { return QString(m_name); }
    /// So that the APIs that take a field's name as text (the SQL, the
    /// change log, the property panel's generic forms) take a column too.
    operator QString() const { return toString(); }

    friend bool operator==(const QString &text, const Column &column) { return text == column.m_name; }
    friend bool operator==(const Column &a, const Column &b) { return a.m_name == b.m_name; }

private:
    QLatin1String m_name;
    const char *m_label;
    const char *m_noun;
};

/// Every column of the plan's entity tables (the ledger's and the change
/// log's own tables are SQL only, in core/store and core/ledger).
namespace columns {
inline constexpr Column accepted{"accepted", QT_TRANSLATE_NOOP("horisont::Field", "Accepted")};
inline constexpr Column activity_id{"activity_id", QT_TRANSLATE_NOOP("horisont::Field", "Activity")};
inline constexpr Column amount{"amount", QT_TRANSLATE_NOOP("horisont::Field", "Amount")};
inline constexpr Column area_id{"area_id", QT_TRANSLATE_NOOP("horisont::Field", "Area")};
inline constexpr Column baseline{"baseline", QT_TRANSLATE_NOOP("horisont::Field", "Baseline")};
inline constexpr Column baseline_year{"baseline_year", QT_TRANSLATE_NOOP("horisont::Field", "Baseline year")};
inline constexpr Column body{"body", QT_TRANSLATE_NOOP("horisont::Field", "Decided by")};
inline constexpr Column by_area{"by_area", QT_TRANSLATE_NOOP("horisont::Field", "By area")};
inline constexpr Column by_sex{"by_sex", QT_TRANSLATE_NOOP("horisont::Field", "By sex")};
inline constexpr Column cause_id{"cause_id", QT_TRANSLATE_NOOP("horisont::Field", "Cause")};
inline constexpr Column ceiling{"ceiling", QT_TRANSLATE_NOOP("horisont::Field", "Ceiling")};
inline constexpr Column classification{"classification", QT_TRANSLATE_NOOP("horisont::Field", "Classification")};
inline constexpr Column code{"code", QT_TRANSLATE_NOOP("horisont::Field", "Code")};
inline constexpr Column commissioning_body{"commissioning_body", QT_TRANSLATE_NOOP("horisont::Field", "Commissioned by")};
inline constexpr Column cost{"cost", QT_TRANSLATE_NOOP("horisont::Field", "Cost")};
inline constexpr Column currency{"currency", QT_TRANSLATE_NOOP("horisont::Field", "Currency")};
inline constexpr Column date{"date", QT_TRANSLATE_NOOP("horisont::Field", "Date")};
inline constexpr Column decision_date{"decision_date", QT_TRANSLATE_NOOP("horisont::Field", "Decision date")};
inline constexpr Column decision_id{"decision_id", QT_TRANSLATE_NOOP("horisont::Field", "Decision")};
inline constexpr Column decision_reference{"decision_reference", QT_TRANSLATE_NOOP("horisont::Field", "Decision reference")};
inline constexpr Column definition{"definition", QT_TRANSLATE_NOOP("horisont::Field", "Definition")};
inline constexpr Column description{"description", QT_TRANSLATE_NOOP("horisont::Field", "Description")};
inline constexpr Column deviations{"deviations", QT_TRANSLATE_NOOP("horisont::Field", "Deviations and why")};
inline constexpr Column direction{"direction", QT_TRANSLATE_NOOP("horisont::Field", "Desired direction")};
inline constexpr Column due_date{"due_date", QT_TRANSLATE_NOOP("horisont::Field", "Due date")};
inline constexpr Column earmark{"earmark", QT_TRANSLATE_NOOP("horisont::Field", "Earmark")};
inline constexpr Column end{"end", QT_TRANSLATE_NOOP("horisont::Field", "End")};
inline constexpr Column findings{"findings", QT_TRANSLATE_NOOP("horisont::Field", "Findings")};
inline constexpr Column fiscal_year_start_month{"fiscal_year_start_month", QT_TRANSLATE_NOOP("horisont::Field", "Fiscal year starts in month")};
inline constexpr Column from_date{"from_date", QT_TRANSLATE_NOOP("horisont::Field", "From")};
inline constexpr Column goal_id{"goal_id", QT_TRANSLATE_NOOP("horisont::Field", "Goal")};
inline constexpr Column grantor{"grantor", QT_TRANSLATE_NOOP("horisont::Field", "Grantor")};
inline constexpr Column horizon{"horizon", QT_TRANSLATE_NOOP("horisont::Field", "Horizon")};
inline constexpr Column horizon_end{"horizon_end", QT_TRANSLATE_NOOP("horisont::Field", "Horizon end")};
inline constexpr Column hours{"hours", QT_TRANSLATE_NOOP("horisont::Field", "Hours")};
inline constexpr Column impact{"impact", QT_TRANSLATE_NOOP("horisont::Field", "Impact (1–5)")};
inline constexpr Column indicator_id{"indicator_id", QT_TRANSLATE_NOOP("horisont::Field", "Indicator")};
inline constexpr Column intervention_id{"intervention_id", QT_TRANSLATE_NOOP("horisont::Field", "Intervention")};
inline constexpr Column kind{"kind", QT_TRANSLATE_NOOP("horisont::Field", "Kind")};
inline constexpr Column likelihood{"likelihood", QT_TRANSLATE_NOOP("horisont::Field", "Likelihood (1–5)")};
inline constexpr Column measurable{"measurable", QT_TRANSLATE_NOOP("horisont::Field", "Measurable")};
inline constexpr Column milestone{"milestone", QT_TRANSLATE_NOOP("horisont::Field", "Milestone")};
inline constexpr Column mitigation{"mitigation", QT_TRANSLATE_NOOP("horisont::Field", "Mitigation")};
inline constexpr Column name{"name", QT_TRANSLATE_NOOP("horisont::Field", "Name")};
inline constexpr Column note{"note", QT_TRANSLATE_NOOP("horisont::Field", "Note")};
inline constexpr Column objectives{"objectives", QT_TRANSLATE_NOOP("horisont::Field", "Objectives")};
inline constexpr Column organisation_id{"organisation_id", QT_TRANSLATE_NOOP("horisont::Field", "Organisation")};
inline constexpr Column owner_organisation_id{"owner_organisation_id", QT_TRANSLATE_NOOP("horisont::Field", "Owner")};
inline constexpr Column parent_cause_id{"parent_cause_id", QT_TRANSLATE_NOOP("horisont::Field", "Part of cause"),
                                         QT_TRANSLATE_NOOP("horisont::Field", "Parent cause")};
inline constexpr Column parent_goal_id{"parent_goal_id", QT_TRANSLATE_NOOP("horisont::Field", "Part of goal"),
                                        QT_TRANSLATE_NOOP("horisont::Field", "Parent goal")};
inline constexpr Column parent_id{"parent_id", QT_TRANSLATE_NOOP("horisont::Field", "Parent")};
inline constexpr Column period_end{"period_end", QT_TRANSLATE_NOOP("horisont::Field", "Period end")};
inline constexpr Column period_start{"period_start", QT_TRANSLATE_NOOP("horisont::Field", "Period start")};
inline constexpr Column perspective{"perspective", QT_TRANSLATE_NOOP("horisont::Field", "Perspective")};
inline constexpr Column phase_id{"phase_id", QT_TRANSLATE_NOOP("horisont::Field", "Phase")};
inline constexpr Column position{"position", QT_TRANSLATE_NOOP("horisont::Field", "Order")};
inline constexpr Column priority{"priority", QT_TRANSLATE_NOOP("horisont::Field", "Priority")};
inline constexpr Column problem_id{"problem_id", QT_TRANSLATE_NOOP("horisont::Field", "Problem")};
inline constexpr Column process_leader{"process_leader", QT_TRANSLATE_NOOP("horisont::Field", "Process leader")};
inline constexpr Column rationale{"rationale", QT_TRANSLATE_NOOP("horisont::Field", "Rationale")};
inline constexpr Column realistic{"realistic", QT_TRANSLATE_NOOP("horisont::Field", "Realistic")};
inline constexpr Column reference{"reference", QT_TRANSLATE_NOOP("horisont::Field", "Reference")};
inline constexpr Column review_date{"review_date", QT_TRANSLATE_NOOP("horisont::Field", "Review date")};
inline constexpr Column role{"role", QT_TRANSLATE_NOOP("horisont::Field", "Role")};
inline constexpr Column sex{"sex", QT_TRANSLATE_NOOP("horisont::Field", "Sex")};
inline constexpr Column short_name{"short_name", QT_TRANSLATE_NOOP("horisont::Field", "Short name")};
inline constexpr Column situation_picture{"situation_picture", QT_TRANSLATE_NOOP("horisont::Field", "Situation picture")};
inline constexpr Column source{"source", QT_TRANSLATE_NOOP("horisont::Field", "Source")};
inline constexpr Column source_id{"source_id", QT_TRANSLATE_NOOP("horisont::Field", "Funding source")};
inline constexpr Column source_key{"source_key", QT_TRANSLATE_NOOP("horisont::Field", "Key figure id")};
inline constexpr Column specific{"specific", QT_TRANSLATE_NOOP("horisont::Field", "Specific")};
inline constexpr Column start{"start", QT_TRANSLATE_NOOP("horisont::Field", "Start")};
inline constexpr Column status{"status", QT_TRANSLATE_NOOP("horisont::Field", "Status")};
inline constexpr Column target_date{"target_date", QT_TRANSLATE_NOOP("horisont::Field", "Target date")};
inline constexpr Column tertial{"tertial", QT_TRANSLATE_NOOP("horisont::Field", "Tertial")};
inline constexpr Column text{"text", QT_TRANSLATE_NOOP("horisont::Field", "Text")};
inline constexpr Column trend{"trend", QT_TRANSLATE_NOOP("horisont::Field", "Trend")};
inline constexpr Column unit{"unit", QT_TRANSLATE_NOOP("horisont::Field", "Unit")};
inline constexpr Column valid_from{"valid_from", QT_TRANSLATE_NOOP("horisont::Field", "Valid from")};
inline constexpr Column valid_until{"valid_until", QT_TRANSLATE_NOOP("horisont::Field", "Valid until")};
inline constexpr Column value{"value", QT_TRANSLATE_NOOP("horisont::Field", "Value")};
inline constexpr Column vision{"vision", QT_TRANSLATE_NOOP("horisont::Field", "Vision and goal")};
inline constexpr Column year{"year", QT_TRANSLATE_NOOP("horisont::Field", "Year")};
} // namespace columns

} // namespace horisont
