#pragma once

#include <QString>

#include <cstdio>
#include <functional>

namespace zhibiao {

// Output of the command-line actions under app/cli/: text to stdout
// or stderr in UTF-8, one line or more, always ending in a line break.
// Exit codes shared by the commands, and how the errors a user can meet
// become a message and an exit code.
namespace CommandConsole {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

void print(FILE *stream, const QString &text);

// Runs the part of a command that works on the open database, once its
// arguments are good, and returns its exit code. The errors a user can meet
// there (UserError: StorageError, ExportError) already say what went wrong
// in the UI language and name the file, so they are printed to stderr as
// they are and end the command with Failure. (import words a StorageError its own
// way: nothing was written.)
int runReportingErrors(const std::function<int()> &work);

} // namespace CommandConsole

} // namespace zhibiao
