// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace qundesk {

// Items handed from one thread to another, at most `capacity` waiting: a producer that gets
// ahead waits, so memory stays flat. close() ends it: pushes are refused from then on, and
// pops return what is left, then nothing.
template <typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity) {}

    // Waits for room; false (the item dropped) once the queue is closed.
    bool push(T item) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    // Without waiting: false (the item dropped) when the queue is full or closed.
    bool tryPush(T item) {
        {
            const std::lock_guard lock(m_mutex);
            if (m_closed || m_items.size() >= m_capacity)
                return false;
            m_items.push_back(std::move(item));
        }
        m_changed.notify_all();
        return true;
    }

    // Waits for an item and moves it into *item; false (nothing moved) once the queue is
    // closed and empty.
    bool pop(T* item) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return false;
        *item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return true;
    }

    // Every waiting item at once, without waiting (none may be there).
    std::deque<T> takeAll() {
        std::deque<T> all;
        {
            const std::lock_guard lock(m_mutex);
            all.swap(m_items);
        }
        m_changed.notify_all();
        return all;
    }

    void close() {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_all();
    }
    bool isClosed() const { return m_closed; } // cheap enough to ask often

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    std::atomic<bool> m_closed = false;
};

} // namespace qundesk
