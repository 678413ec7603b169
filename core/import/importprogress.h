#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace zhibiao {

// Thrown by a step of an import that was asked to stop (ImportProgress::
// cancel()). Nothing has been written when it arrives: reading and
// planning never write.
class ImportCancelled
{
};

// How far reading and planning a large file have come, and the way to stop
// them. The steps (reading the file, reading its figures, planning) call
// advance() as they go; it passes the share done on to the callback a
// hundred times per step at most, and throws ImportCancelled once cancel()
// was called. The callback and advance() run on the thread doing the work,
// cancel() may be called from any thread; the caller keeps the object
// alive until the step returns. A default-constructed one reports nothing
// and never stops.
class ImportProgress
{
public:
    enum class Step { ReadingFile, ReadingFigures, Planning };
    // step, and how much of it is done: 0 to 100.
    using Callback = std::function<void(Step step, int percent)>;

    ImportProgress() = default;
    explicit ImportProgress(Callback callback)
        : m_callback(std::move(callback))
    {
    }

    ImportProgress(const ImportProgress &) = delete;
    ImportProgress &operator=(const ImportProgress &) = delete;

    // done of total units of step: reports when the percentage changed,
    // throws ImportCancelled when cancelled.
    void advance(Step step, qint64 done, qint64 total) const;
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    // A progress that neither reports nor stops, for callers that need none.
    static const ImportProgress &none();

private:
    Callback m_callback;
    std::atomic<bool> m_cancelled = false;
    mutable Step m_lastStep = Step::ReadingFile;
    mutable int m_lastPercent = -1;
};

} // namespace zhibiao
