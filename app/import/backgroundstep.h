#pragma once

#include <functional>

namespace zhibiao {

// Runs work on a thread of its own and returns when it is done, while the
// calling (GUI) thread goes on handling events in a local event loop: the
// window repaints and a progress dialog's Cancel button works, yet the
// caller reads like a plain function call. Rethrows whatever work threw.
//
// work must not touch widgets or the database connection: both belong to
// the GUI thread. Whoever calls this must keep the user from starting
// another step meanwhile (disable the inputs), as events are delivered.
void runInBackground(const std::function<void()> &work);

} // namespace zhibiao
