#pragma once

#include "model/ids.h"

#include <algorithm>
#include <vector>

namespace horisont {

/// The entities of one kind, kept sorted by id: lookups are a binary search,
/// iteration order is stable (creation order), and a removed entity that an
/// undo puts back returns to its old place.
template<class T>
class EntityTable
{
public:
    using const_iterator = typename std::vector<T>::const_iterator;

    const_iterator begin() const { return m_items.begin(); }
    const_iterator end() const { return m_items.end(); }
    std::size_t size() const { return m_items.size(); }
    bool empty() const { return m_items.empty(); }
    const std::vector<T> &items() const { return m_items; }

    const T *find(Id id) const
    {
        auto it = lowerBound(id);
        return it != m_items.end() && it->id == id ? &*it : nullptr;
    }
    T *find(Id id)
    {
        auto it = lowerBound(id);
        return it != m_items.end() && it->id == id ? &*it : nullptr;
    }

    /// Inserts or replaces the entity with this id.
    void put(T entity)
    {
        auto it = lowerBound(entity.id);
        if (it != m_items.end() && it->id == entity.id)
            *it = std::move(entity);
        else
            m_items.insert(it, std::move(entity));
    }

    bool remove(Id id)
    {
        auto it = lowerBound(id);
        if (it == m_items.end() || it->id != id)
            return false;
        m_items.erase(it);
        return true;
    }

    void clear() { m_items.clear(); }
    void reserve(std::size_t n) { m_items.reserve(n); }
    Id maxId() const { return m_items.empty() ? NoId : m_items.back().id; }

private:
    typename std::vector<T>::iterator lowerBound(Id id)
    {
        return std::lower_bound(m_items.begin(), m_items.end(), id,
                                [](const T &e, Id v) { return e.id < v; });
    }
    typename std::vector<T>::const_iterator lowerBound(Id id) const
    {
        return std::lower_bound(m_items.begin(), m_items.end(), id,
                                [](const T &e, Id v) { return e.id < v; });
    }

    std::vector<T> m_items;
};

} // namespace horisont
