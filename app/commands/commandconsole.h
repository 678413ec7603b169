#pragma once

#include <QCommandLineParser>
#include <QString>

#include <cstdio>

namespace zhibiao {

// Output of the command-line actions under app/commands/: text to stdout
// or stderr in UTF-8, one line or more, always ending in a line break.
// Exit codes shared by the commands.
namespace CommandConsole {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

void print(FILE *stream, const QString &text);

// The parser's help with the command's name after the program's in the
// usage line: "Usage: zhibiao import [options] INPUT".
QString helpText(const QCommandLineParser &parser, const QString &command);

} // namespace CommandConsole

} // namespace zhibiao
