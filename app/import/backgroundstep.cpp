#include "app/import/backgroundstep.h"

#include <QEventLoop>
#include <QThread>

#include <exception>
#include <memory>

namespace zhibiao {

void runInBackground(const std::function<void()> &work)
{
    std::exception_ptr failure;
    const std::unique_ptr<QThread> thread(QThread::create([&work, &failure] {
        try {
            work();
        } catch (...) {
            failure = std::current_exception(); // rethrown on the caller's thread below
        }
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace zhibiao
