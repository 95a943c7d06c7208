#include "programmelogic/logicselection.h"

#include "programmelogic/logiclayout.h"
#include "programmelogic/logicpainter.h"

namespace horisont {

void LogicSelection::selectNode(const LogicLayout &layout, int index)
{
    clearLink();
    if (index >= 0 && index < layout.nodes().size())
        m_item = {layout.nodes()[index].kind, layout.nodes()[index].id};
    else
        m_item = {EntityKind::Programme, NoId};
}

void LogicSelection::selectLink(const LogicLayout &layout, int index)
{
    m_item = {EntityKind::Programme, NoId};
    if (index >= 0 && index < layout.links().size() && layout.links()[index].removable())
        m_link = {layout.links()[index].kind, layout.links()[index].id};
    else
        clearLink();
}

int LogicSelection::linkIndex(const LogicLayout &layout, EntityKind kind, Id id)
{
    int index = -1;
    for (int k = 0; k < layout.links().size(); ++k) {
        if (layout.links()[k].kind == kind && layout.links()[k].id == id)
            index = k;
    }
    return index;
}

void LogicSelection::highlight(const LogicLayout &layout, LogicPaintState &state) const
{
    state.selectedNode = layout.indexOf(m_item.first, m_item.second);
    state.selectedLink = m_link.second != NoId ? linkIndex(layout, m_link.first, m_link.second) : -1;
    state.highlightedNodes.clear();
    state.highlightedLinks.clear();
    if (state.selectedLink >= 0)
        layout.linkChain(state.selectedLink, &state.highlightedNodes, &state.highlightedLinks);
    else if (state.selectedNode >= 0)
        layout.chain(state.selectedNode, &state.highlightedNodes, &state.highlightedLinks);
}

} // namespace horisont
