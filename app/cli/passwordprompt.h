#pragma once

#include <QString>

#include <optional>

namespace zhibiao {

// Reads one line from standard input as a password: at a terminal after
// printing prompt to stderr, with echo off while it is typed; from a pipe
// as it comes. nullopt at the end of input.
std::optional<QString> readPassword(const QString &prompt);

} // namespace zhibiao
