#pragma once

#include "model/ids.h"

#include <QPair>

namespace horisont {

class LogicLayout;
struct LogicPaintState;

/// What is selected in the logic diagram — an item or a link, never both —
/// kept by identity, so that it survives the layout being rebuilt after an
/// edit, and the chain through it that the painter highlights.
class LogicSelection
{
public:
    using Item = QPair<EntityKind, Id>;

    Item item() const { return m_item; }
    Item link() const { return m_link; }
    void setItem(Item item) { m_item = item; }
    void clearLink() { m_link = {EntityKind::Programme, NoId}; }
    /// Selects node `index` of `layout`; out of range selects nothing.
    void selectNode(const LogicLayout &layout, int index);
    /// Selects link `index` of `layout`; out of range, or a link that is not
    /// an edit of its own (only those can be removed), selects nothing.
    void selectLink(const LogicLayout &layout, int index);
    /// The index of a link in `layout`, -1 when it is not drawn.
    static int linkIndex(const LogicLayout &layout, EntityKind kind, Id id);

    /// Writes the selection's indexes in `layout` and its chain into `state`.
    void highlight(const LogicLayout &layout, LogicPaintState &state) const;

private:
    Item m_item{EntityKind::Programme, NoId};
    Item m_link{EntityKind::Programme, NoId};
};

} // namespace horisont
