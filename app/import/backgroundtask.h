#pragma once

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <memory>
#include <utility>

namespace zhibiao {

// What a task run on Qt's thread pool gives back: its value, or what it
// threw, for the GUI thread to rethrow when the QFutureWatcher says it is
// done (QtConcurrent itself passes on only QException). The value is
// shared, so that the result can be copied (QFuture's results are) and
// the value still moved out once.
template<typename T>
struct TaskResult
{
    std::shared_ptr<T> value;
    std::exception_ptr failure;

    // The value; rethrows what the task threw.
    std::shared_ptr<T> take() const
    {
        if (failure)
            std::rethrow_exception(failure);
        return value;
    }
};

// Runs work() on the thread pool. work must not touch widgets or a
// database connection of another thread.
template<typename T, typename Work>
QFuture<TaskResult<T>> runTask(Work work)
{
    return QtConcurrent::run([work = std::move(work)]() -> TaskResult<T> {
        try {
            return {std::make_shared<T>(work()), {}};
        } catch (...) {
            return {{}, std::current_exception()};
        }
    });
}

} // namespace zhibiao
