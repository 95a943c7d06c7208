#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace horisont {

/// Hands items from one thread to another, in order. At most `capacity`
/// items wait in the queue: push() waits for room, so a producer that
/// outruns its consumer holds a bounded amount in flight rather than the
/// whole of its input. pop() waits for the next item, and returns nothing
/// once the queue is closed and empty, or as soon as it is cancelled.
template<class T>
class ChunkQueue
{
public:
    explicit ChunkQueue(std::size_t capacity) : m_capacity(capacity > 0 ? capacity : 1) {}

    /// False once the consumer has cancelled: the producer should stop.
    bool push(T item)
    {
        {
            std::unique_lock lock(m_mutex);
            m_room.wait(lock, [this] { return m_items.size() < m_capacity || m_cancelled; });
            if (m_cancelled)
                return false;
            m_items.push_back(std::move(item));
        }
        m_ready.notify_one();
        return true;
    }

    /// No more items will come.
    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_one();
    }

    /// The consumer wants no more: pushes fail (a waiting one at once), and
    /// what is queued is dropped.
    void cancel()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_cancelled = true;
            m_items.clear();
        }
        m_room.notify_all();
        m_ready.notify_all();
    }

    std::optional<T> pop()
    {
        std::optional<T> item;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return !m_items.empty() || m_closed || m_cancelled; });
            if (m_items.empty() || m_cancelled)
                return std::nullopt;
            item.emplace(std::move(m_items.front()));
            m_items.pop_front();
        }
        m_room.notify_one();
        return item;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_room;
    std::deque<T> m_items;
    const std::size_t m_capacity;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace horisont
