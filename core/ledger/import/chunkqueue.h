#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace horisont {

/// Hands items from one thread to another, in order. push() never blocks
/// (the reader of a ledger export must never wait for the writer); pop()
/// waits for the next item, and returns nothing once the queue is closed
/// and empty, or as soon as it is cancelled.
template<class T>
class ChunkQueue
{
public:
    /// False once the consumer has cancelled: the producer should stop.
    bool push(T item)
    {
        {
            const std::lock_guard lock(m_mutex);
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

    /// The consumer wants no more: pushes fail, and what is queued is dropped.
    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_items.clear();
    }

    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_items.empty() || m_closed || m_cancelled; });
        if (m_items.empty() || m_cancelled)
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        return item;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<T> m_items;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace horisont
